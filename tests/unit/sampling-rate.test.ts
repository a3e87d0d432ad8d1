import { describe, expect, it } from 'vitest';
import { formTemplate, placeTemplate, type FormId } from '../../src/forms/forms';
import { traceParamsSchema } from '../../src/activities/trace/params';
import { scoreTraceAttempt } from '../../src/activities/trace/score-attempt';
import { medianSampleInterval } from '../../src/geometry/median-sample-interval';
import { mmPoint, type TimedMmPoint } from '../../src/geometry/units';
import type { Stroke } from '../../src/schema/parts';
import { fitToBox, humanStrokes } from './helpers';

const CENTRE = mmPoint(120, 90);
const FORMS = { circle: 'circle', rectangle: 'square', triangle: 'triangle' } as const;
/** One sample a frame at 60 Hz: what an engine without coalesced samples sees of a stylus. */
const FRAME_MS = 1000 / 60;

/** Keeps a sample only once a frame has passed since the last kept one, as a 60 Hz browser would deliver it; the last sample always. */
function decimate(points: readonly TimedMmPoint[], everyMs: number): TimedMmPoint[] {
  const kept = [points[0]!];
  for (const p of points.slice(1, -1)) if (p.t - kept.at(-1)!.t >= everyMs) kept.push(p);
  return [...kept, points.at(-1)!];
}

const asStroke = (points: readonly TimedMmPoint[]): Stroke => ({ pointerType: 'touch', points: points.map((p) => ({ x: p.x, y: p.y, t: p.t, pressure: 0.5, tiltX: 0, tiltY: 0 })) });

type Metric = 'coveragePct' | 'inBandPct' | 'meanDeviationMm' | 'maxDeviationMm' | 'inkLengthMm' | 'speedMmPerS' | 'speedPeaksPerStroke' | 'normalizedJerk';

/**
 * The promise of docs/metrics.md ("Sampling rate"): the largest change, at the
 * 95th percentile over the strokes, from a person's own rate (a sample every
 * 8–25 ms) to 60 Hz; normalized jerk's change is relative (a ratio). Measured
 * (full set / shipped sample): coverage 2.5 / 3.6 points, in band 2.3 / 3.3,
 * mean deviation 0.14 / 0.24 mm, largest deviation 0.39 / 0.41 mm, ink length
 * 3.7 / 3.8 mm, speed 6.3 / 8.8 mm/s, speed peaks 2 / 1, normalized jerk 11% /
 * 11%; the verdict (pass or miss) changed for 7 of 630 / 3 of 210.
 */
const ALLOWED: [Metric, number][] = [
  ['coveragePct', 4], ['inBandPct', 4], ['meanDeviationMm', 0.25], ['maxDeviationMm', 0.5], ['inkLengthMm', 4], ['speedMmPerS', 10], ['speedPeaksPerStroke', 2], ['normalizedJerk', 0.15],
];
const ALLOWED_VERDICTS_CHANGED = 0.03;

describe('sampling rate', () => {
  it('reads the median interval between samples within strokes, not across the gaps between them', () => {
    const at = (...ts: number[]) => ts.map((t) => ({ t }));
    expect(medianSampleInterval([at(0, 4, 8, 12, 100)])).toBe(4);
    expect(medianSampleInterval([at(0, 16), at(500, 516, 532)])).toBe(16);
    expect(medianSampleInterval([at(0, 4, 12)])).toBe(6);
    expect(medianSampleInterval([at(0), []])).toBeNull();
  });

  const { source, strokes } = humanStrokes();
  it(`scores the same human strokes alike at their own rate and decimated to 60 Hz (${source} data)`, () => {
    const at60 = changesAt(strokes, FRAME_MS);
    for (const [metric, allowed] of ALLOWED) expect(at60.p95[metric], metric).toBeLessThanOrEqual(allowed);
    expect(at60.verdictsChanged).toBeLessThanOrEqual(ALLOWED_VERDICTS_CHANGED);
    expect(at60.scored).toBeGreaterThanOrEqual(60);
  }, 60_000);

  it(`finds the promise broken at 30 Hz: the check can fail (${source} data)`, () => {
    const at30 = changesAt(strokes, 2 * FRAME_MS);
    expect(ALLOWED.some(([metric, allowed]) => at30.p95[metric] > allowed)).toBe(true);
  }, 60_000);
});

/** How much each metric changes, at the 95th percentile over the strokes, when they are seen one sample every `everyMs`. */
function changesAt(strokes: ReturnType<typeof humanStrokes>['strokes'], everyMs: number) {
  const changes = new Map<Metric, number[]>();
  const note = (name: Metric, value: number) => changes.set(name, [...(changes.get(name) ?? []), value]);
  let verdictsChanged = 0;
  let scored = 0;
  for (const [gesture, form] of Object.entries(FORMS) as [string, FormId][]) {
    const params = traceParamsSchema.parse({ form });
    const template = placeTemplate(formTemplate(form, params.sizeMm), CENTRE);
    for (const drawn of strokes.filter((s) => s.gesture === gesture)) {
      const ink = fitToBox(drawn.points, template);
      const slow = decimate(ink, everyMs);
      expect(medianSampleInterval([slow])).toBeGreaterThanOrEqual(everyMs);
      const full = scoreTraceAttempt(params, template, CENTRE, [asStroke(ink)]).metrics;
      const seen = scoreTraceAttempt(params, template, CENTRE, [asStroke(slow)]).metrics;
      for (const [metric] of ALLOWED) if (metric !== 'normalizedJerk') note(metric, Math.abs((seen[metric] as number) - (full[metric] as number)));
      note('normalizedJerk', Math.abs(seen.normalizedJerk - full.normalizedJerk) / full.normalizedJerk);
      if (seen.passed !== full.passed) verdictsChanged++;
      scored++;
    }
  }
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
  return { p95: Object.fromEntries([...changes].map(([metric, values]) => [metric, p95(values)])) as Record<Metric, number>, verdictsChanged: verdictsChanged / scored, scored };
}
