import { describe, expect, it } from 'vitest';
import { traceCheckUp } from '../../src/activities/trace/check-up';
import { summarizeTrace } from '../../src/activities/trace/summary';
import { CHECK_UP_PLANS } from '../../src/registry/check-ups';
import type { Goal } from '../../src/registry/plan';
import { attemptResult } from '../../src/registry/attempt-result';
import { compareCheckUps } from '../../src/report/check-up-comparison';
import { daySpread } from '../../src/report/day-spread';
import { goalSentence, trendSentence } from '../../src/report/goal-sentence';
import { goalWeeks } from '../../src/report/goal-weeks';
import { bandMonths, normRows } from '../../src/report/norm-rows';
import { traceStep } from '../../src/activities/trace/describe';
import { traced } from './sample-attempt';

const PLAN = '3f1e2d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';
const MIA = '9d3c5e1a-2b4f-4c6d-8e7f-0a1b2c3d4e5f';
const goal: Goal = { measure: 'coveragePct', comparison: 'atLeast', value: 80, inTrials: 4, ofTrials: 5 };
/** Noon UTC: the same calendar day in every time zone from UTC−11 to UTC+11. */
const onDay = (day: string, coverage: number, session: string, minute = 0, over = {}) =>
  traced(coverage, 0, { profileId: MIA, startedAt: `${day}T12:${String(minute).padStart(2, '0')}:00.000Z`, session: { id: session, planId: PLAN, step: 0 }, ...over });
const sessionId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('goal sentences, as a therapist writes them', () => {
  const circle = traceStep.did({ ...traced(0, 0).params, corridorMm: 6 });
  it('counts this week and the week before from the report’s last day', () => {
    const attempts = [
      // The week before (14–20 Nov): 2 of 5 reach 80.
      ...[85, 60, 90, 70, 50].map((c, i) => onDay('2026-11-18', c, sessionId(1), i)),
      // This week (21–27 Nov): 4 of 5, one left early not counted.
      ...[80, 95, 70, 88, 100].map((c, i) => onDay('2026-11-25', c, sessionId(2), i)),
      onDay('2026-11-25', 100, sessionId(2), 9, { status: 'abandoned' }),
      // Before both weeks: not counted.
      onDay('2026-11-10', 100, sessionId(3)),
    ];
    const weeks = goalWeeks(goal, attempts, '2026-11-27');
    expect(weeks.thisWeek).toEqual({ passing: 4, counted: 5 });
    expect(weeks.weekBefore).toEqual({ passing: 2, counted: 5 });
    expect(goalSentence(circle, goal, weeks, 'this week')).toBe('Traced the circle over the path within a 6 mm corridor, coverage at least 80 %: on 4 of 5 trials (80%) this week; 2 of 5 the week before.');
  });

  it('says when a week had no trials, and when there is too little data for a trend', () => {
    const weeks = goalWeeks(goal, [onDay('2026-11-25', 90, sessionId(1))], '2026-11-27');
    expect(goalSentence('Copied the cross from a model', goal, weeks, 'in the week to 27 Nov')).toBe('Copied the cross from a model, coverage at least 80 %: on 1 of 1 trials (100%) in the week to 27 Nov; none the week before.');
    expect(goalSentence('X', goal, goalWeeks(goal, [], '2026-11-27'), 'this week')).toBe('X, coverage at least 80 %: no trials this week; none the week before.');
    expect(trendSentence('coveragePct', weeks.trend)).toBe('Too little data for a trend: 1 session over 0 days (a trend needs 4 sessions over at least 14 days).');
    // Four sessions but within nine days: still too little.
    const short = [1, 3, 6, 9].map((d, i) => onDay(`2026-11-${String(10 + d).padStart(2, '0')}`, 70 + i, sessionId(i)));
    expect(trendSentence('coveragePct', goalWeeks(goal, short, '2026-11-27').trend)).toBe('Too little data for a trend: 4 sessions over 8 days (a trend needs 4 sessions over at least 14 days).');
  });

  it('gives the trend with its interval once four sessions span two weeks', () => {
    // Session means 60, 64, 70, 74 a week apart: slope 4.8 %/week by least squares (hand-worked: Σ(t−t̄)(y−ȳ) = 24, Σ(t−t̄)² = 5).
    const days = ['2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27'];
    const attempts = days.flatMap((day, i) => [[60, 64, 70, 74][i]! - 2, [60, 64, 70, 74][i]! + 2].map((c, k) => onDay(day, c, sessionId(i), k)));
    const trend = goalWeeks(goal, attempts, '2026-11-27').trend;
    expect(trend.kind).toBe('trend');
    if (trend.kind !== 'trend') return;
    expect(trend.perWeek).toBeCloseTo(4.8, 6);
    // Fitted 59.8, 64.6, 69.4, 74.2 (mean 67, slope 4.8 about t̄ = 1.5): residuals 0.2, −0.6, 0.6, −0.2, s² = 0.8 / 2, SE = √(0.4 / 5) = 0.283.
    expect(trend.standardError).toBeCloseTo(Math.sqrt(0.08), 9);
    expect(trendSentence('coveragePct', trend)).toBe(`Coverage: +4.8 % a week (95% interval +${(4.8 - 4.303 * Math.sqrt(0.08)).toFixed(2)} % to +${(4.8 + 4.303 * Math.sqrt(0.08)).toFixed(2)} %), from 4 sessions.`);
  });
});

describe('results, norms and charts', () => {
  it('names each attempt passed, missed or left early by its activity’s own pass rule', () => {
    const pass = summarizeTrace({ ...traced(95, 0), metrics: { ...traced(95, 0).metrics, passed: true } });
    const miss = summarizeTrace({ ...traced(39, 0), metrics: { ...traced(39, 0).metrics, passed: false } });
    const left = summarizeTrace({ ...traced(100, 0), status: 'abandoned' });
    expect([pass, miss, left].map(attemptResult)).toEqual(['passed', 'missed', 'left-early']);
  });

  it('sets the Beery ages beside the child’s age band, counting only copies', () => {
    expect(bandMonths('4–5')).toEqual([48, 60]);
    expect(bandMonths('8+')).toEqual([96, Infinity]);
    const copy = (form: 'circle' | 'cross', passed: boolean) => summarizeTrace({ ...traced(90, 0), params: { ...traced(0, 0).params, form, guide: 'copy' }, metrics: { ...traced(0, 0).metrics, passed } });
    const rows = normRows('trace', '4–5', [copy('cross', true), copy('cross', false), copy('circle', true), summarizeTrace(traced(100, 0))])!;
    expect(rows.map((r) => [r.label, r.typicalAgeMonths, r.relation, r.passed, r.tried])).toEqual([
      ['Vertical line', 34, 'before-band', 0, 0], ['Horizontal line', 36, 'before-band', 0, 0], ['Circle', 36, 'before-band', 1, 1],
      ['Cross', 49, 'within-band', 1, 2], ['Diagonal line ＼', 52, 'within-band', 0, 0], ['Diagonal line ／', 53, 'within-band', 0, 0],
      ['Square', 54, 'within-band', 0, 0], ['X (oblique cross)', 59, 'within-band', 0, 0], ['Triangle', 63, 'after-band', 0, 0],
    ]);
    expect(normRows('sort', '4–5', [])).toBeNull();
  });

  it('spreads a day’s attempts across its column, in order, keeping days apart', () => {
    const day = (t: number) => (t < 100 ? '2026-11-01' : '2026-11-03');
    const { positions, days } = daySpread([5, 1, 3, 150], day);
    expect(days).toEqual(['2026-11-01', '2026-11-03']);
    expect(positions.map((p) => +p.toFixed(4))).toEqual([0.7667, 0.2333, 0.5, 2.5]);
  });
});

describe('check-ups compared, with the usual variation', () => {
  const protocol = CHECK_UP_PLANS.find((p) => p.id === traceCheckUp.id)!;
  const checkUp = (day: string, n: number, coverages: number[]) => coverages.map((c, i) => summarizeTrace(onDay(day, c, sessionId(n), i, { session: { id: sessionId(n), planId: protocol.id, step: 0, checkUp: true } })));
  it('pools the spread of repeated trials and calls a smaller change within the usual variation', () => {
    const attempts = [...checkUp('2026-09-01', 1, [60, 64, 62]), ...checkUp('2026-10-01', 2, [63, 65, 64]), ...checkUp('2026-11-01', 3, [80, 84, 82]),
      // Practice on the same protocol's plan id without the mark does not count.
      summarizeTrace(onDay('2026-11-02', 10, sessionId(4), 0, { session: { id: sessionId(4), planId: protocol.id, step: 0 } }))];
    const coverage = compareCheckUps(protocol, attempts).find((m) => m.measure === 'coveragePct' && m.step === 0)!;
    // Deviations: (−2, 2, 0), (−1, 1, 0), (−2, 2, 0): Σ² = 8 + 2 + 8 = 18 on 6 degrees of freedom.
    expect(coverage.withinSd).toBeCloseTo(Math.sqrt(3), 9);
    const usual = 1.96 * Math.sqrt(3) * Math.sqrt(2 / 3);
    expect(coverage.results.map((r) => [r.mean, r.change && +r.change.value.toFixed(6), r.change?.usual && +r.change.usual.toFixed(6), r.change?.beyondUsual ?? null])).toEqual([
      [62, null, undefined, null], [64, 2, +usual.toFixed(6), false], [82, 20, +usual.toFixed(6), true],
    ]);
  });
});
