import { describe, expect, it } from 'vitest';
import { childExport } from '../../src/export/child-export';
import { defaultStep } from '../../src/plans/default-step';
import { planGoals } from '../../src/report/plan-goals';
import { progressSeries } from '../../src/report/progress-series';
import { reportAttempts } from '../../src/report/report-attempts';
import { reportSessions } from '../../src/report/report-sessions';
import { sessionSchema, type Plan } from '../../src/registry/plan';
import { traced } from './sample-attempt';

const MIA = '9d3c5e1a-2b4f-4c6d-8e7f-0a1b2c3d4e5f';
const SAM = 'b7e2f0c4-1d3a-4e5b-9c6d-7f8e9a0b1c2d';
const PLAN = '3f1e2d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';
const S1 = '11111111-2222-4333-8444-555555555555';
const S2 = '66666666-7777-4888-9999-aaaaaaaaaaaa';
const inSession = (id: string, step: number) => ({ session: { id, planId: PLAN, step }, profileId: MIA });

describe('item 7 (issue 14): sessions in the report', () => {
  it('lists the child’s sessions in the dates, newest first: an unfinished one as ended early, with its attempts', () => {
    const plan = { id: PLAN, name: 'Circles', steps: [defaultStep('trace'), defaultStep('targets')], assignedTo: [MIA], createdAt: '2026-11-01T09:00:00.000Z' } as Plan;
    const session = (id: string, minute: number, over: object) => sessionSchema.parse({ id, planId: PLAN, profileId: MIA, startedAt: new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString(), endedAt: null, stepsDone: 0, skippedSteps: [], sticker: null, ...over });
    const finished = session(S1, 0, { endedAt: '2026-11-20T09:09:00.000Z', stepsDone: 2, sticker: 0 });
    const left = session(S2, 30, { stepsDone: 1, trialsDone: 1 });
    const sams = { ...session('77777777-7777-4888-9999-aaaaaaaaaaaa', 40, {}), profileId: SAM };
    const attempts = [traced(80, 1, inSession(S1, 0)), traced(90, 2, inSession(S1, 0)), traced(70, 31, inSession(S2, 0)), traced(20, 33, { ...inSession(S2, 1), status: 'abandoned' })];
    const day = new Date(finished.startedAt);
    const local = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const rows = reportSessions([finished, left, sams], attempts, [plan], { profileId: MIA, from: local, to: local });
    expect(rows.map((r) => [r.session.id, r.planName, r.stepsDone, r.steps, r.outcome, r.attempts, r.completedAttempts])).toEqual([
      [S2, 'Circles', 1, 2, 'ended-early', 2, 1],
      [S1, 'Circles', 2, 2, 'finished', 2, 2],
    ]);
    expect(reportSessions([finished], attempts, [], { profileId: MIA, from: '2026-11-21', to: '2026-11-30' })).toEqual([]);
    expect(reportSessions([finished], attempts, [], { profileId: MIA, from: local, to: local })[0]).toMatchObject({ planName: null, steps: null });
  });
});

describe('report aggregation', () => {
  it('one point per completed attempt, oldest first, and each session’s mean at its middle', () => {
    const attempts = [
      traced(80, 30, inSession(S2, 0)), traced(60, 0, inSession(S1, 0)), traced(70, 10, inSession(S1, 0)),
      traced(100, 32, inSession(S2, 0)), traced(40, 20, { status: 'abandoned' }), traced(50, 40),
    ];
    const series = progressSeries(attempts, 'coveragePct');
    expect(series.points.map((p) => p.value)).toEqual([60, 70, 80, 100, 50]);
    expect(series.sessionMeans).toEqual([
      { sessionId: S1, time: Date.UTC(2026, 10, 20, 9, 5), mean: 65, count: 2 },
      { sessionId: S2, time: Date.UTC(2026, 10, 20, 9, 31), mean: 90, count: 2 },
    ]);
    // Newest first, as storage lists them, reads the same.
    expect(progressSeries(attempts.toSorted((a, b) => b.startedAt.localeCompare(a.startedAt)), 'coveragePct')).toEqual(series);
    // A measure the attempts do not have gives no points rather than zeros.
    expect(progressSeries(attempts, 'corridorThresholdMm').points).toEqual([]);
    expect(progressSeries(attempts, 'hitRatePct').points).toEqual([]);
  });

  it('filters one child, one activity and a range of days (inclusive)', () => {
    const attempts = [traced(80, 0, { profileId: MIA }), traced(80, 0, { profileId: SAM }), traced(80, 0, { profileId: MIA, startedAt: '2026-11-25T10:00:00.000Z' })];
    const day = new Date(attempts[0]!.startedAt);
    const local = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    expect(reportAttempts(attempts, { profileId: MIA, activity: 'trace', from: local, to: local })).toEqual([attempts[0]]);
    expect(reportAttempts(attempts, { profileId: MIA, activity: 'trace', from: null, to: null })).toHaveLength(2);
    expect(reportAttempts(attempts, { profileId: MIA, activity: 'sort', from: null, to: null })).toEqual([]);
  });

  it('judges each goal on the attempts made in its plan and step, across sessions', () => {
    const plan: Plan = {
      id: PLAN, name: 'p', assignedTo: [MIA], createdAt: '2026-11-01T00:00:00.000Z',
      steps: [
        { ...defaultStep('trace'), goal: { measure: 'coveragePct', comparison: 'atLeast', value: 80, inTrials: 2, ofTrials: 3 } },
        { ...defaultStep('trace'), goal: { measure: 'coveragePct', comparison: 'atLeast', value: 80, inTrials: 1, ofTrials: 1 } },
        defaultStep('sort'),
      ],
    };
    const attempts = [traced(90, 0, inSession(S1, 0)), traced(50, 1, inSession(S1, 0)), traced(85, 40, inSession(S2, 0)), traced(70, 41, inSession(S2, 1)), traced(99, 42, { profileId: MIA })];
    const goals = planGoals([plan], attempts);
    expect(goals.map((g) => [g.step, g.result])).toEqual([[0, { met: true, passing: 2, counted: 3 }], [1, { met: false, passing: 0, counted: 1 }]]);
  });

  it("one child's export: their profile, attempts, sessions and plans, nobody else's", () => {
    const plan = { id: PLAN, assignedTo: [MIA] } as Plan;
    const other = { id: 'x', assignedTo: [SAM] } as Plan;
    const all = {
      attempts: [traced(1, 0, { profileId: MIA }), traced(1, 0, { profileId: SAM }), traced(1, 0, { profileId: null })],
      profiles: [{ id: MIA }, { id: SAM }] as never, plans: [plan, other],
      sessions: [{ id: S1, profileId: MIA }, { id: S2, profileId: SAM }] as never,
    };
    const mine = childExport(all, MIA);
    expect([mine.attempts.length, mine.profiles, mine.plans, mine.sessions]).toEqual([1, [{ id: MIA }], [plan], [{ id: S1, profileId: MIA }]]);
    expect(childExport(all, null)).toMatchObject({ attempts: [{ profileId: null }], profiles: [], plans: [], sessions: [] });
  });
});
