import { MEASURES, measureName } from '../registry/measures';
import type { Goal, PlanStep } from '../registry/plan';
import { stepWhat } from '../registry/steps';
import { strings } from '../text/strings';

/** A step as a parent would say it: "Trace over the path: circle (2 times)". */
export function stepForParent(step: PlanStep): string {
  return strings.plans.parentStep(stepWhat(step), step.trials);
}

/** "Coverage ≥ 80 % in 4 of 5 trials". */
export function goalText(goal: Goal): string {
  return strings.plans.goalText(measureName(goal.measure), goal.comparison, goal.value, MEASURES[goal.measure].unit, goal.inTrials, goal.ofTrials);
}
