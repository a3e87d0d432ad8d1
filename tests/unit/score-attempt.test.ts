import { describe, expect, it } from 'vitest';
import { formTemplate, placeTemplate } from '../../src/forms/forms';
import { traceParamsSchema, type TraceParams } from '../../src/activities/trace/params';
import { describeTrace } from '../../src/activities/trace/describe';
import { traceMeasures } from '../../src/activities/trace/measures';
import { scoreTraceAttempt } from '../../src/activities/trace/score-attempt';
import { traceStrings } from '../../src/activities/trace/strings';
import type { TraceSummary } from '../../src/activities/trace/summary';
import { mmPoint, type MmPolyline, type TimedMmPoint } from '../../src/geometry/units';
import type { Stroke } from '../../src/schema/parts';
import { inkAlong } from './helpers';

const centre = mmPoint(150, 100);
const params = (p: Partial<TraceParams>) => traceParamsSchema.parse(p);
const asStrokes = (lines: readonly TimedMmPoint[][], pointerType: Stroke['pointerType'] = 'touch', pressure = 0.5): Stroke[] =>
  lines.map((points) => ({ pointerType, points: points.map((p) => ({ x: p.x, y: p.y, t: p.t, pressure, tiltX: 0, tiltY: 0 })) }));
const drawn = (lines: readonly MmPolyline[], offset = { x: 0, y: 0 }) => {
  let startMs = 0;
  return lines.map((line) => { const ink = inkAlong(line, { startMs, offset }); startMs = ink.at(-1)!.t + 300; return ink; });
};

describe('scoreTraceAttempt: path stages', () => {
  const circle = placeTemplate(formTemplate('circle', 70), centre);
  const offBy7 = asStrokes(drawn(circle, { x: 7, y: 0 })); // about half the ink and half the circle outside the ±5 mm band

  it('passes by the therapist’s coverage and in-band thresholds', () => {
    expect(scoreTraceAttempt(params({ form: 'circle' }), circle, centre, offBy7).metrics.passed).toBe(false);
    expect(scoreTraceAttempt(params({ form: 'circle', passCoveragePct: 45, passInBandPct: 45 }), circle, centre, offBy7).metrics.passed).toBe(true);
    expect(scoreTraceAttempt(params({ form: 'circle', passCoveragePct: 45, passInBandPct: 55 }), circle, centre, offBy7).metrics.passed).toBe(false);
  });

  it('with strict stroke order, a circle traced the wrong way round fails; lenient lets it pass', () => {
    const clockwise = asStrokes(drawn([[...circle[0]!].reverse()]));
    expect(scoreTraceAttempt(params({ form: 'circle' }), circle, centre, clockwise).metrics.passed).toBe(true);
    const strict = scoreTraceAttempt(params({ form: 'circle', strokeOrder: 'strict' }), circle, centre, clockwise);
    expect(strict.metrics.directionCorrect).toBe(false);
    expect(strict.metrics.passed).toBe(false);
  });

  it('reads recognition and criteria in every stage, but fits only when copying', () => {
    const result = scoreTraceAttempt(params({ form: 'circle' }), circle, centre, asStrokes(drawn(circle)));
    expect(result.recognizedForm).toBe('circle');
    expect(result.criteria.every((c) => c.met)).toBe(true);
    expect(result.fit).toBeNull();
  });

  it('reports pen pressure only for a pen, and fluency for each stroke', () => {
    const cross = placeTemplate(formTemplate('cross', 70), centre);
    const byPen = scoreTraceAttempt(params({ form: 'cross' }), cross, centre, asStrokes(drawn(cross), 'pen', 0.3));
    expect(byPen.metrics.penPressureMean).toBeCloseTo(0.3, 12);
    expect(byPen.metrics.penPressureCv).toBeCloseTo(0, 12);
    expect(byPen.metrics.strokeMotion).toHaveLength(2);
    const byFinger = scoreTraceAttempt(params({ form: 'cross' }), cross, centre, asStrokes(drawn(cross)));
    expect(byFinger.metrics.penPressureMean).toBeNull();
    expect(byFinger.metrics.spiral).toBeNull();
  });

  it('analyses a spiral per turn', () => {
    const spiral = placeTemplate(formTemplate('spiral', 70), centre);
    const m = scoreTraceAttempt(params({ form: 'spiral' }), spiral, centre, asStrokes(drawn(spiral))).metrics;
    expect(m.spiral!.radialDeviationPerTurnMm).toHaveLength(3);
    for (const d of m.spiral!.radialDeviationPerTurnMm) expect(d).toBeLessThan(0.05);
  });
});

describe('scoreTraceAttempt: copy and memory', () => {
  const square = placeTemplate(formTemplate('square', 70), centre);

  it('scores a square copied as four strokes, smaller and off-centre, against the fitted template', () => {
    const small = placeTemplate(formTemplate('square', 42), mmPoint(centre.x - 12, centre.y + 9))[0]!;
    const sides = [0, 1, 2, 3].map((i) => [small[i]!, small[i + 1]!]);
    const result = scoreTraceAttempt(params({ form: 'square', guide: 'copy' }), square, centre, asStrokes(drawn(sides)));
    expect(result.recognizedForm).toBe('square');
    expect(result.criteria.map((c) => c.met)).toEqual([true, true, true]);
    expect(result.fit!.scale).toBeCloseTo(0.6, 2);
    expect(result.fit!.dx).toBeCloseTo(-12, 1);
    expect(result.fit!.dy).toBeCloseTo(9, 1);
    expect(result.metrics.meanDeviationMm).toBeLessThan(0.1);
    expect(result.metrics.coveragePct).toBeGreaterThan(99);
    expect(result.metrics.passed).toBe(true);
  });

  it('fails a copy that is another form, or misses a criterion', () => {
    const circle = placeTemplate(formTemplate('circle', 60), centre);
    const asCircle = scoreTraceAttempt(params({ form: 'square', guide: 'memory' }), square, centre, asStrokes(drawn(circle)));
    expect(asCircle.recognizedForm).toBe('circle');
    expect(asCircle.metrics.passed).toBe(false);
    const open = [[square[0]![0]!, square[0]![1]!, square[0]![2]!, square[0]![3]!]]; // three sides
    expect(scoreTraceAttempt(params({ form: 'square', guide: 'copy' }), square, centre, asStrokes(drawn(open))).metrics.passed).toBe(false);
  });

  it('says a copy far smaller than the model is too small to score: a 3-point scribble, a drawing a tenth of the box', () => {
    const scribble = [[mmPoint(150, 100), mmPoint(151.5, 101), mmPoint(152, 99.5)]];
    const tenth = placeTemplate(formTemplate('square', 7), centre);
    for (const ink of [scribble, tenth]) {
      const result = scoreTraceAttempt(params({ form: 'square', guide: 'copy' }), square, centre, asStrokes(drawn(ink)));
      expect(result.fit).toBeNull();
      expect(result.metrics.tooSmallToScore).toBe(true);
      expect(result.metrics.passed).toBe(false);
      const summary = { metrics: result.metrics, criteria: result.criteria, params: params({ form: 'square', guide: 'copy' }) } as unknown as TraceSummary;
      expect(describeTrace(summary).details).toBe(traceStrings.tooSmallToScore);
      expect(describeTrace(summary).details).not.toMatch(/coverage/);
      expect(traceMeasures.coveragePct.read(summary)).toBeNull();
      expect(traceMeasures.meanDeviationMm.read(summary)).toBeNull();
    }
    // A copy at 60% of the model is scored as before.
    const fine = scoreTraceAttempt(params({ form: 'square', guide: 'copy' }), square, centre, asStrokes(drawn(placeTemplate(formTemplate('square', 42), centre))));
    expect(fine.metrics.tooSmallToScore).toBe(false);
    expect(traceMeasures.coveragePct.read({ metrics: fine.metrics } as unknown as TraceSummary)).toBeGreaterThan(99);
  });
});
