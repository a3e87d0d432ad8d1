import { MEASURES } from '../schema/measures';
import type { Goal, PlanStep } from '../schema/plan';
import { activityName, formName, guideName, measureName, modeName, ruleName, strings } from '../text/strings';

/** A step in a few words: "Circle · Follow the dotted line". */
export function stepTitle(step: PlanStep): string {
  switch (step.activity) {
    case 'trace': return `${formName(step.params.form)} · ${guideName(step.params.guide)}`;
    case 'sort': return `${activityName('sort')} · ${ruleName(step.params.rule)}`;
    case 'targets': return `${activityName('targets')} · ${modeName(step.params.mode)}`;
  }
}

/** A step as a parent would say it: "Trace over the path: Circle (2 times)". */
export function stepForParent(step: PlanStep): string {
  const what = step.activity === 'trace' ? `${guideName(step.params.guide)}: ${formName(step.params.form).toLowerCase()}`
    : step.activity === 'sort' ? ruleName(step.params.rule) : modeName(step.params.mode);
  return strings.plans.parentStep(what, step.trials);
}

/** "Coverage ≥ 80 % in 4 of 5 trials". */
export function goalText(goal: Goal): string {
  return strings.plans.goalText(measureName(goal.measure), goal.comparison, goal.value, MEASURES[goal.measure].unit, goal.inTrials, goal.ofTrials);
}
