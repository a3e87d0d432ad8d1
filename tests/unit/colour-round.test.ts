import { describe, expect, it } from 'vitest';
import { buildColourRecord, setupOf } from '../../src/activities/colour/build-record';
import { ColourRound } from '../../src/activities/colour/colour-round';
import { layoutColour } from '../../src/activities/colour/layout';
import { measureColour } from '../../src/activities/colour/measure-colour';
import { colourParamsSchema } from '../../src/activities/colour/params';
import { colourAttemptSchema } from '../../src/activities/colour/record';
import { summarizeColour } from '../../src/activities/colour/summary';
import type { InputSample } from '../../src/input/input-sample';
import { evaluateGoal } from '../../src/plans/evaluate-goal';
import type { AttemptSummary } from '../../src/registry/attempt-summary';
import { MEASURES } from '../../src/registry/measures';
import type { Goal } from '../../src/registry/plan';

const SCREEN = { width: 270, height: 203 }; // an iPad in landscape, mm
const head = { id: crypto.randomUUID(), profileId: null, status: 'completed' as const, endReason: 'finished' as const, startedAt: new Date('2026-11-29T10:00:00.000Z'), endedAt: new Date('2026-11-29T10:00:20.000Z'), device: { viewport: { width: 1024, height: 768 }, devicePixelRatio: 2, pxPerMm: 96 / 25.4, frame: { left: 0, top: 0 }, userAgent: 'test' } };
const sample = (x: number, y: number, t: number, pointerId = 1, pointerType: 'touch' | 'pen' = 'touch', pressure = 0.5): InputSample =>
  ({ x, y, t, pressure, tiltX: 0, tiltY: 0, pointerType, pointerId, contact: null }) as InputSample;

/** Back-and-forth rows `gap` mm apart across a circle, the crayon's edge kept `inset` mm inside it, as a careful child fills it. */
function fillCircle(round: ColourRound, centre: { x: number; y: number }, radius: number, gap: number, inset: number, t0 = 0): void {
  let t = t0;
  const ys = Array.from({ length: Math.floor((2 * (radius - inset)) / gap) + 1 }, (_, k) => centre.y - radius + inset + k * gap);
  const half = (y: number) => Math.sqrt(Math.max(0, (radius - inset) ** 2 - (y - centre.y) ** 2));
  round.down(sample(centre.x - half(ys[0]!), ys[0]!, t));
  ys.forEach((y, k) => {
    for (let i = 0; i <= 20; i++) {
      const f = k % 2 ? 1 - i / 20 : i / 20;
      round.move(sample(centre.x + (2 * f - 1) * half(y), y, (t += 8)));
    }
  });
  round.up(sample(centre.x, ys.at(-1)!, (t += 8)));
}

describe('a colouring round', () => {
  const params = colourParamsSchema.parse({ picture: 'circle', crayonMm: 8 });
  const layout = layoutColour(params, 'right', SCREEN);
  const { origin, picture } = layout;

  it('fills the circle by back-and-forth strokes; coverage grows to the threshold, nothing outside; the record recomputes to what it stores', () => {
    const round = new ColourRound({ layout, crayonMm: 8, originMs: 1000 });
    expect(round.coveragePct).toBe(0);
    // An 8 mm crayon, its middle kept 5 mm inside the outline: its edge stays 1 mm short of the line.
    fillCircle(round, { x: origin.x + picture.width / 2, y: origin.y + picture.height / 2 }, picture.width / 2, 5, 5, 1000);
    expect(round.coveragePct).toBeGreaterThan(85);
    const record = colourAttemptSchema.parse(buildColourRecord({ head, params: { ...params, sizeMm: layout.widthMm }, layout, round, finishedBy: 'threshold' }));
    expect(record.metrics).toMatchObject({ outsidePct: 0, maxExcursionMm: 0, outwardCrossings: 0, strokes: 1 });
    expect(record.metrics.edgeCoveragePct).toBeGreaterThan(0);
    expect(record.metrics.edgeCoveragePct).toBeLessThan(50); // the 1 mm strip next to the line is never reached: over half the 2 mm band
    expect(record.metrics.passed).toBe(true);
    expect(record.grid).toMatchObject({ cellMm: 0.5, columns: 540, rows: 406 });
    expect(record.strokes[0]!.colour).toBe('#1e88e5');
    // The grid is not stored: rebuilt from the record's own samples, it gives the same figures.
    const { finishedBy, passed, ...stored } = record.metrics;
    expect(measureColour(setupOf(record), record.strokes)).toEqual(stored);
    expect([finishedBy, passed]).toEqual(['threshold', true]);
  });

  it('a pot tap changes the crayon and is no stroke; it is recorded with how far from the pot’s middle it landed', () => {
    const round = new ColourRound({ layout, crayonMm: 8, originMs: 0 });
    const pot = layout.pots[2]!;
    expect(round.down(sample(pot.x + 3, pot.y, 50))).toBe('pot');
    round.up(sample(pot.x + 3, pot.y, 90));
    expect(round.colour).toBe(pot.colour);
    expect(round.strokes).toHaveLength(0);
    expect(round.potTaps).toEqual([{ t: 50, pot: 2, distanceMm: 3 }]);
    expect(round.down(sample(origin.x + 30, origin.y + 30, 100))).toBe('colour');
    expect(round.strokes[0]!.colour).toBe(pot.colour);
  });

  it('two fingers colour at once, each its own stroke; a resting palm’s colour is taken away when it is found out', () => {
    const round = new ColourRound({ layout, crayonMm: 8, originMs: 0 });
    round.down(sample(origin.x + 20, origin.y + 30, 0, 1));
    round.down(sample(origin.x + 40, origin.y + 30, 0, 2));
    for (let i = 1; i <= 10; i++) { round.move(sample(origin.x + 20, origin.y + 30 + i, i * 10, 1)); round.move(sample(origin.x + 40, origin.y + 30 + i, i * 10, 2)); }
    expect(round.strokes.map((s) => s.points.length)).toEqual([11, 11]);
    const both = round.coveragePct;
    expect(round.dropPalm(2)).toBe(true);
    expect(round.strokes).toHaveLength(1);
    expect(round.coveragePct).toBeCloseTo(both / 2, 0);
  });

  it('a part the picture lacks means its last; the pots start with the part’s own colour, on the drawing hand’s side', () => {
    const apple = layoutColour({ picture: 'apple', part: 2 }, 'right', SCREEN);
    expect(apple.target).toBe(1);
    expect(apple.pots[0]!.colour).toBe(apple.picture.regions[1]!.colour);
    const left = layoutColour({ picture: 'apple', part: 0 }, 'left', SCREEN);
    expect(left.pots[0]!.x).toBeLessThan(left.pots.at(-1)!.x);
    expect(layoutColour({ picture: 'apple', part: 0 }, 'right', SCREEN).pots[0]!.x).toBeGreaterThan(left.pots[0]!.x);
  });
});

describe('a colouring goal, as therapists write it: “at most 10% outside in 4 of 5 pictures”', () => {
  const layout = layoutColour({ picture: 'square', part: 0, sizeMm: 60 }, 'right', SCREEN);
  const { origin } = layout;
  const goal: Goal = { measure: 'colourOutsidePct', comparison: 'atMost', value: 10, inTrials: 4, ofTrials: 5 };
  /** A picture coloured in rows right across the square, the rows `over` mm past each side: the further over, the more outside. */
  const picture = (over: number, i: number) => {
    const round = new ColourRound({ layout, crayonMm: 8, originMs: 0 });
    for (let y = 4; y <= 56; y += 6) {
      round.down(sample(origin.x - over, origin.y + y, i));
      round.move(sample(origin.x + 60 + over, origin.y + y, i + 100));
      round.up(sample(origin.x + 60 + over, origin.y + y, i + 100));
    }
    const record = buildColourRecord({ head: { ...head, startedAt: new Date(Date.UTC(2026, 10, 1, 9, i)) }, params: { ...colourParamsSchema.parse({ picture: 'square' }), sizeMm: 60 }, layout, round, finishedBy: 'done' });
    return summarizeColour(colourAttemptSchema.parse(record)) as AttemptSummary;
  };

  it('met when four of the last five keep the colour in, not when two spill', () => {
    const inside = picture(-4, 0), spilled = picture(12, 1);
    expect(MEASURES.colourOutsidePct.read(inside)).toBe(0);
    expect(MEASURES.colourOutsidePct.read(spilled)!).toBeGreaterThan(10);
    expect(evaluateGoal(goal, [-4, -4, 12, -4, -4].map(picture))).toEqual({ met: true, passing: 4, counted: 5 });
    expect(evaluateGoal(goal, [-4, 12, 12, -4, -4].map(picture))).toEqual({ met: false, passing: 3, counted: 5 });
  });
});
