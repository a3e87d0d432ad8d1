import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { staircaseThreshold, startStaircase, stepStaircase, type StaircaseRule } from '../../src/adaptive/staircase';
import { AdaptiveCorridor } from '../../src/activities/trace/adaptive-corridor';
import { seededRandom } from './helpers';

const TWO_DOWN: StaircaseRule = { min: 2, max: 30, downAfter: 2, upAfter: 1, ratio: 0.8 };
const run = (rule: StaircaseRule, start: number, outcomes: boolean[]) => outcomes.reduce((s, ok) => stepStaircase(s, ok, rule), startStaircase(start, rule));

describe('staircase', () => {
  it('narrows after two passes in a row and widens after one fail', () => {
    expect(run(TWO_DOWN, 10, [true]).value).toBe(10);
    expect(run(TWO_DOWN, 10, [true, true]).value).toBeCloseTo(8, 12);
    expect(run(TWO_DOWN, 10, [true, false, true]).value).toBeCloseTo(12.5, 12); // the fail broke the run
    expect(run(TWO_DOWN, 10, [false]).value).toBeCloseTo(12.5, 12);
  });

  it('records the value at each reversal and averages the last six', () => {
    // Down, up, down, up…: every step after the first reverses.
    const s = run(TWO_DOWN, 10, [true, true, false, true, true, false, true, true, false, true, true, false, true, true]);
    expect(s.reversals.map((v) => +v.toFixed(6))).toEqual([8, 10, 8, 10, 8, 10, 8, 10]);
    expect(staircaseThreshold(s)).toBeCloseTo(9, 9);
    expect(staircaseThreshold(run(TWO_DOWN, 10, [true, true, false]))).toBeNull();
  });

  it('stays within its limits whatever happens', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { maxLength: 200 }), fc.double({ min: 0, max: 100, noNaN: true }), (outcomes, start) => {
      const s = run(TWO_DOWN, start, outcomes);
      expect(s.value).toBeGreaterThanOrEqual(TWO_DOWN.min);
      expect(s.value).toBeLessThanOrEqual(TWO_DOWN.max);
    }));
  });

  it('converges where a simulated child passes about 71% of the time (2-down/1-up)', () => {
    // A child whose chance of passing rises with the corridor: 50% at 8 mm.
    const random = seededRandom(3);
    const pass = (corridor: number) => random() < 1 / (1 + Math.exp(-(corridor - 8) / 1.2));
    let s = startStaircase(20, TWO_DOWN);
    for (let i = 0; i < 400; i++) s = stepStaircase(s, pass(s.value), TWO_DOWN);
    const threshold = staircaseThreshold(s, 20)!;
    const expected = 8 + 1.2 * Math.log(0.707 / 0.293); // where the chance is 70.7%
    expect(Math.abs(threshold - expected)).toBeLessThan(1.5);
  });
});

describe('the adaptive corridor', () => {
  it('records each attempt at its own corridor, moves on completed attempts only, and reports the threshold after six reversals', () => {
    const corridor = new AdaptiveCorridor({ corridorMm: 10, adaptiveMinMm: 4, adaptiveMaxMm: 30 });
    expect(corridor.recordFor('abandoned', false)).toEqual({ corridorMm: 10, nextCorridorMm: 10, reversals: 0, thresholdMm: null });
    const records = [true, true, false, true, true, false, true, true, false, true, true, false, true, true].map((passed) => {
      const record = corridor.recordFor('completed', passed);
      corridor.advance(passed);
      return record;
    });
    expect(records.map((r) => +r.corridorMm.toFixed(6)).slice(0, 4)).toEqual([10, 10, 8, 10]);
    expect(records.every((r, i) => i === 0 || r.corridorMm === records[i - 1]!.nextCorridorMm)).toBe(true);
    expect(records.at(-1)!.reversals).toBe(8);
    expect(records.at(-1)!.thresholdMm).toBeCloseTo(9, 9);
    expect(corridor.corridorMm).toBeCloseTo(8, 9);
  });

  it('keeps to its limits, whichever way round they are given', () => {
    const corridor = new AdaptiveCorridor({ corridorMm: 10, adaptiveMinMm: 9, adaptiveMaxMm: 6 });
    expect(corridor.corridorMm).toBe(9);
    for (let i = 0; i < 10; i++) corridor.advance(true);
    expect(corridor.corridorMm).toBe(6);
  });
});
