import { ringConditions } from '../activities/targets';
import type { PlanStep } from '../schema/plan';

/**
 * Rough seconds one trial takes a young child, the reward and the pause
 * after it included: what a parent needs to plan a moment for it, not a
 * measurement. A traced form (20 s), a sorted object (4 s, plus 6 s to look
 * at the table), a bubble (1.5 s), a ring target (1 s), a pinched object (6 s).
 */
const SECONDS = {
  traceTrial: 20,
  sortObject: 4,
  sortLook: 6,
  bubble: 1.5,
  ringTarget: 1,
  pinchObject: 6,
} as const;
/** A ring sequence is 14 selections. */
const RING_SELECTIONS = 14;

export function stepSeconds(step: PlanStep): number {
  switch (step.activity) {
    case 'trace': return step.trials * SECONDS.traceTrial;
    case 'sort': return step.trials * (SECONDS.sortLook + (step.params.itemCount + step.params.distractors) * SECONDS.sortObject);
    case 'targets': {
      const p = step.params;
      const perTrial = p.mode === 'pop' ? p.trials * SECONDS.bubble
        : p.mode === 'ring' ? ringConditions(p).length * RING_SELECTIONS * SECONDS.ringTarget
          : p.items * SECONDS.pinchObject;
      return step.trials * perTrial;
    }
  }
}

/** The whole plan in minutes, rounded up to a whole one: "about 5 minutes". */
export function planMinutes(steps: readonly PlanStep[]): number {
  return Math.max(1, Math.ceil(steps.reduce((sum, step) => sum + stepSeconds(step), 0) / 60));
}
