import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORM_IDS } from '../../src/forms/forms';
import { defaultStep } from '../../src/plans/default-step';
import { evaluateGoal } from '../../src/plans/evaluate-goal';
import { parsePlanFile, planFileText } from '../../src/plans/plan-file';
import { FORM_AGE_MONTHS } from '../../src/activities/trace/norms';
import { DEVELOPMENTAL_SEQUENCE, presetPlan } from '../../src/activities/trace/presets';
import { afterTrial, isFinished, repeatStep, sessionStart, skipStep } from '../../src/plans/session-progress';
import { checksum, planLink, readPlanLink } from '../../src/plans/share-link';
import { planContentSchema, planSchema, type Goal, type PlanContent } from '../../src/registry/plan';
import { traced } from './sample-attempt';

const coverageGoal: Goal = { measure: 'coveragePct', comparison: 'atLeast', value: 80, inTrials: 4, ofTrials: 5 };
const twoSteps = (): PlanContent => ({ name: 'Circle then pop', steps: [defaultStep('trace'), { ...defaultStep('targets'), trials: 2 }] });

describe('plan validation', () => {
  it('every preset in the developmental sequence is a valid plan, in order of typical age', () => {
    const ages = DEVELOPMENTAL_SEQUENCE.map((form) => FORM_AGE_MONTHS[form]!);
    expect(ages).toEqual([...ages].sort((a, b) => a - b));
    expect(DEVELOPMENTAL_SEQUENCE).toEqual(['vertical', 'horizontal', 'circle', 'cross', 'square', 'triangle']);
    // The Beery VMI's own order, the obliques and the X included.
    const all = Object.values(FORM_AGE_MONTHS);
    expect(all).toEqual([...all].sort((a, b) => a - b));
    for (const form of DEVELOPMENTAL_SEQUENCE) {
      const plan = planContentSchema.parse(presetPlan(form, form));
      expect(plan.steps.map((s) => s.activity === 'trace' && s.params.guide)).toEqual(['trace', 'dotted', 'copy']);
      expect(plan.steps[0]!.goal).toEqual({ measure: 'coveragePct', comparison: 'atLeast', value: 80, inTrials: 4, ofTrials: 5 });
    }
  });

  it("checks each step's parameters with its own activity's schema, naming the field", () => {
    const plan = twoSteps();
    const tooNarrow = { ...plan, steps: [{ ...plan.steps[0]!, params: { ...plan.steps[0]!.params, corridorMm: 0.5 } }] };
    const result = planContentSchema.safeParse(tooNarrow);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['steps', 0, 'params', 'corridorMm']);
    // A tracing parameter on a sorting step is not a parameter at all: it is dropped, the step's own defaults stand.
    expect(planContentSchema.parse({ ...plan, steps: [{ ...defaultStep('sort'), params: { corridorMm: 3 } }] }).steps[0]!.params).not.toHaveProperty('corridorMm');
    expect(planContentSchema.safeParse({ ...plan, steps: [{ ...plan.steps[0]!, activity: 'juggle' }] }).success).toBe(false);
    expect(planContentSchema.safeParse({ ...plan, steps: [] }).success).toBe(false);
  });

  it("refuses a goal on another activity's measure, or asking for more trials than it counts", () => {
    const step = defaultStep('targets');
    expect(planContentSchema.safeParse({ name: 'x', steps: [{ ...step, goal: coverageGoal }] }).error?.issues[0]!.path).toEqual(['steps', 0, 'goal', 'measure']);
    expect(planContentSchema.safeParse({ name: 'x', steps: [{ ...defaultStep('trace'), goal: { ...coverageGoal, inTrials: 6 } }] }).success).toBe(false);
    expect(planContentSchema.safeParse({ name: 'x', steps: [{ ...defaultStep('trace'), goal: coverageGoal }] }).success).toBe(true);
  });

  it('a new step takes the grown-up\'s default pass rules where its activity has them', () => {
    const step = defaultStep('trace', { passCoveragePct: 70, passInBandPct: 65, rule: 'shape' });
    expect(step.activity === 'trace' && [step.params.passCoveragePct, step.params.passInBandPct]).toEqual([70, 65]);
    expect(defaultStep('sort', { passCoveragePct: 70 }).params).not.toHaveProperty('passCoveragePct');
  });
});

describe('goals: "coverage ≥ 80 in 4 of 5 trials"', () => {
  it('known answers', () => {
    expect(evaluateGoal(coverageGoal, [90, 85, 70, 95, 81].map((c, i) => traced(c, i)))).toEqual({ met: true, passing: 4, counted: 5 });
    expect(evaluateGoal(coverageGoal, [90, 60, 70, 95, 81].map((c, i) => traced(c, i)))).toEqual({ met: false, passing: 3, counted: 5 });
    // Exactly on the value counts.
    expect(evaluateGoal({ ...coverageGoal, inTrials: 1, ofTrials: 1 }, [traced(80, 0)]).met).toBe(true);
    // Never met on fewer trials than it asks for.
    expect(evaluateGoal(coverageGoal, [99, 99, 99].map((c, i) => traced(c, i)))).toEqual({ met: false, passing: 3, counted: 3 });
  });

  it('looks only at the newest trials, by when they started, whatever order they come in', () => {
    const old = [10, 10, 10].map((c, i) => traced(c, i));
    const recent = [90, 90, 90, 90, 10].map((c, i) => traced(c, 10 + i));
    expect(evaluateGoal(coverageGoal, [...recent, ...old].reverse())).toEqual({ met: true, passing: 4, counted: 5 });
  });

  it('abandoned attempts are not trials; an attempt without the measure does not reach it; "at most" points the other way', () => {
    const left = traced(100, 9, { status: 'abandoned' });
    expect(evaluateGoal({ ...coverageGoal, inTrials: 1, ofTrials: 1 }, [traced(50, 0), left])).toEqual({ met: false, passing: 0, counted: 1 });
    const threshold: Goal = { measure: 'corridorThresholdMm', comparison: 'atMost', value: 6, inTrials: 1, ofTrials: 1 };
    expect(evaluateGoal(threshold, [traced(90, 0)]).met).toBe(false); // no adaptive threshold in this attempt
    const deviation: Goal = { measure: 'meanDeviationMm', comparison: 'atMost', value: 1, inTrials: 2, ofTrials: 2 };
    expect(evaluateGoal(deviation, [traced(90, 0), traced(90, 1)]).met).toBe(traced(90, 0).metrics.meanDeviationMm <= 1);
  });

  it('property: the count of passing trials never exceeds the window, and met means at least k', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 12 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 6 }), (coverages, n, extra) => {
      const goal = { ...coverageGoal, ofTrials: n + extra, inTrials: n };
      const result = evaluateGoal(goal, coverages.map((c, i) => traced(c, i)));
      expect(result.counted).toBe(Math.min(coverages.length, goal.ofTrials));
      expect(result.passing).toBeLessThanOrEqual(result.counted);
      expect(result.met).toBe(result.passing >= n);
    }));
  });
});

describe('session progress', () => {
  const steps = twoSteps().steps; // 3 trials, then 2
  it('moves on after each step\'s trials; skip and repeat', () => {
    let p = sessionStart;
    for (let i = 0; i < 3; i++) p = afterTrial(p, steps);
    expect(p).toEqual({ step: 1, trialsDone: 0, skipped: [] });
    p = afterTrial(p, steps);
    expect(repeatStep(p)).toEqual({ step: 1, trialsDone: 0, skipped: [] });
    expect(isFinished(afterTrial(p, steps), steps)).toBe(true);
    const skipped = skipStep(sessionStart, steps);
    expect(skipped).toEqual({ step: 1, trialsDone: 0, skipped: [0] });
    expect(isFinished(skipStep(skipped, steps), steps)).toBe(true);
    expect(afterTrial({ step: 2, trialsDone: 0, skipped: [] }, steps)).toEqual({ step: 2, trialsDone: 0, skipped: [] });
  });
});

describe('sharing a plan', () => {
  const query = (link: string) => new URLSearchParams(link.slice(link.indexOf('?') + 1));
  const plan = { ...twoSteps(), name: 'Kreis ✏️ für Zoë' };

  it('a link opens the same plan, whatever characters its name has', () => {
    const read = readPlanLink(query(planLink(plan, 'https://deft.example/')));
    expect(read).toEqual({ ok: true, plan: planContentSchema.parse(plan), planId: null, childId: null });
  });

  it('names what is wrong: no plan, cut short, edited, or not a plan Deft can run', () => {
    const link = planLink(plan, '');
    expect(readPlanLink(new URLSearchParams('')).ok).toBe(false);
    expect(readPlanLink(new URLSearchParams(''))).toMatchObject({ reason: 'missing' });
    const q = query(link);
    const payload = q.get('plan')!;
    expect(readPlanLink(new URLSearchParams({ plan: payload.slice(0, -9), check: q.get('check')! }))).toMatchObject({ reason: 'damaged' });
    // One character edited in a way that still decodes: the check catches it.
    const edited = btoa(atob(payload.replaceAll('-', '+').replaceAll('_', '/')).replace('"trials":3', '"trials":9')).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    expect(edited).not.toBe(payload);
    expect(readPlanLink(new URLSearchParams({ plan: edited, check: q.get('check')! }))).toMatchObject({ reason: 'changed' });
    // A well-formed link to a plan with an impossible value: the schema names the place.
    const impossible = btoa(JSON.stringify({ name: 'x', steps: [{ ...defaultStep('trace'), trials: 500 }] })).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    expect(readPlanLink(new URLSearchParams({ plan: impossible, check: checksum(impossible) }))).toMatchObject({ reason: 'invalid', problems: [expect.stringMatching(/^steps\[0\]\.trials: /)] });
  });

  it('property: any change to a link\'s payload is caught', () => {
    const payload = query(planLink(plan, '')).get('plan')!;
    fc.assert(fc.property(fc.integer({ min: 0, max: payload.length - 1 }), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), (at, char) => {
      fc.pre(payload[at] !== char);
      const changed = payload.slice(0, at) + char + payload.slice(at + 1);
      expect(readPlanLink(new URLSearchParams({ plan: changed, check: checksum(payload) })).ok).toBe(false);
    }));
  });

  it('a plan file reads back the same plan; another file says what it is not', () => {
    const read = parsePlanFile(planFileText(planContentSchema.parse(plan)));
    expect(read).toEqual({ ok: true, value: planContentSchema.parse(plan) });
    expect(parsePlanFile('{"format":"deft-export"}')).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.stringMatching(/^format: /)]) });
  });

  it('stored plans carry an id, their children and a date', () => {
    expect(planSchema.safeParse({ ...twoSteps(), id: 'nope', createdAt: '2026-11-22T10:00:00.000Z' }).success).toBe(false);
    expect(planSchema.parse({ ...twoSteps(), id: crypto.randomUUID(), createdAt: '2026-11-22T10:00:00.000Z' }).assignedTo).toEqual([]);
    expect(FORM_IDS).toContain('circle');
  });
});
