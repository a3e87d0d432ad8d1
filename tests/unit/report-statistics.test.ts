import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_TREND_SESSIONS, weeklyTrend } from '../../src/report/weekly-trend';
import { usualVariation, withinSd } from '../../src/report/usual-variation';

const DAY = 24 * 3600 * 1000;
const at = (day: number, value: number) => ({ time: Date.UTC(2026, 10, 2) + day * DAY, value });

describe('weeklyTrend', () => {
  it('matches a hand-worked least-squares line, its standard error and 95% interval', () => {
    // Weeks 0–3, values 50, 54, 55, 61: t̄ 1.5, ȳ 55, Σ(t − t̄)² = 5, Σ(t − t̄)(y − ȳ) = 17, slope 3.4 a week.
    // Fitted 49.9, 53.3, 56.7, 60.1; residuals 0.1, 0.7, −1.7, 0.9; Σ = 4.2; s² = 4.2 / 2 = 2.1; SE = √(2.1 / 5) = 0.648074.
    // t(0.975, 2) = 4.303: 3.4 ± 2.788663.
    const trend = weeklyTrend([at(0, 50), at(7, 54), at(14, 55), at(21, 61)]);
    if (trend.kind !== 'trend') throw new Error('expected a trend');
    expect(trend.perWeek).toBeCloseTo(3.4, 10);
    expect(trend.standardError).toBeCloseTo(0.648074, 6);
    expect(trend.low).toBeCloseTo(3.4 - 2.788663, 5);
    expect(trend.high).toBeCloseTo(3.4 + 2.788663, 5);
    expect(trend.sessions).toBe(4);
  });

  it('says there is too little data: under four sessions, or all within two weeks', () => {
    expect(weeklyTrend([at(0, 50), at(10, 54), at(20, 58)])).toEqual({ kind: 'too-little-data', sessions: 3, spanDays: 20 });
    expect(weeklyTrend([at(0, 50), at(3, 54), at(6, 58), at(13, 60)])).toMatchObject({ kind: 'too-little-data', sessions: 4 });
    expect(weeklyTrend([])).toEqual({ kind: 'too-little-data', sessions: 0, spanDays: 0 });
    expect(weeklyTrend([at(0, 50), at(7, 54), at(14, 58), at(21, 62)]).kind).toBe('trend');
  });

  it('property: a perfect line is found exactly, with no uncertainty, in any order', () => {
    fc.assert(fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: MIN_TREND_SESSIONS, max: 12 }), (slope, start, n) => {
      const values = Array.from({ length: n }, (_, i) => at(i * 5, start + (slope * i * 5) / 7)).reverse();
      const trend = weeklyTrend(values);
      if (trend.kind !== 'trend') throw new Error('expected a trend');
      expect(trend.perWeek).toBeCloseTo(slope, 6);
      expect(trend.standardError).toBeLessThan(1e-6);
    }));
  });
});

describe('within-check-up spread and the usual variation', () => {
  it('pools the spread of repeated trials, hand-worked', () => {
    // Each check-up's squares about its mean: 4 + 0 + 4 = 8; pooled 16 / (2 + 2) = 4; SD 2.
    expect(withinSd([[10, 12, 14], [20, 22, 24]])).toBeCloseTo(2, 12);
    // Unequal sizes weigh by degrees of freedom: (8 + 2) / (2 + 1).
    expect(withinSd([[10, 12, 14], [5, 7]])).toBeCloseTo(Math.sqrt(10 / 3), 12);
  });

  it('has no spread from single trials', () => {
    expect(withinSd([[10], [12]])).toBeNull();
    expect(withinSd([])).toBeNull();
  });

  it('calls a change smaller than 1.96 · SD · √(2 / trials) usual variation', () => {
    // SD 2, means of 3 trials: 1.96 × 2 × √(2/3) = 3.200667.
    expect(usualVariation(2, 3)).toBeCloseTo(3.200667, 6);
    expect(14.5 - 12).toBeLessThan(usualVariation(2, 3)); // within the usual variation
    expect(16 - 12).toBeGreaterThan(usualVariation(2, 3)); // a real change
    expect(usualVariation(2, 12)).toBeLessThan(usualVariation(2, 3)); // more trials, a finer check-up
  });
});
