import { strings } from '../text/strings';
import { ACTIVITIES } from './activities';
import { planSchema, type Plan } from './plan';

/** When the check-up protocols were first written: a fixed stamp, as the plans are fixed. */
const WRITTEN_AT = '2026-11-29T00:00:00.000Z';

/**
 * Every activity's check-up as a plan the session screen runs like any other,
 * built from the activity's fixed protocol and never stored or edited: the
 * same every time. Its id is the protocol's, so every session of it is
 * recognized as that check-up for as long as records are kept.
 */
export const CHECK_UP_PLANS: readonly Plan[] = ACTIVITIES.map((a) => planSchema.parse({
  id: a.checkUp.id,
  name: strings.checkUps.planName(a.strings.name),
  steps: a.checkUp.steps.map((step) => ({ activity: a.id, params: step.params, trials: step.trials })),
  assignedTo: [],
  createdAt: WRITTEN_AT,
}));

/** The check-up a plan id names, if it names one. */
export function checkUpPlan(planId: string): Plan | undefined {
  return CHECK_UP_PLANS.find((p) => p.id === planId);
}
