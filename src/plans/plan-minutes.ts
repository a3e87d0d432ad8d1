import type { PlanStep } from '../registry/plan';
import { stepSeconds } from '../registry/steps';

/** The whole plan in minutes, rounded up to a whole one: "about 5 minutes" (each activity estimates its own trials). */
export function planMinutes(steps: readonly PlanStep[]): number {
  return Math.max(1, Math.ceil(steps.reduce((sum, step) => sum + stepSeconds(step), 0) / 60));
}
