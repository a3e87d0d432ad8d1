import type { AttemptLine } from '../activity/definition';
import { activityOf } from './activities';
import type { AttemptSummary } from './attempt-summary';
import type { PlanStep } from './plan';

/** A step in a few words: "Circle · Follow the dotted line". */
export function stepTitle(step: PlanStep): string {
  return activityOf(step.activity).step.title(step.params);
}

/** A step as a parent would say it, before its count: "Trace over the path: circle". */
export function stepWhat(step: PlanStep): string {
  return activityOf(step.activity).step.forParent(step.params);
}

/** The picture of a plan step a child recognizes: the form to trace, the sorting rule, the targets game. */
export function stepPicture(step: PlanStep): SVGElement {
  return activityOf(step.activity).step.picture(step.params);
}

/** Rough seconds the whole step takes a young child. */
export function stepSeconds(step: PlanStep): number {
  return step.trials * activityOf(step.activity).step.trialSeconds(step.params);
}

/** One line about any attempt, for the Data page and reports. */
export function describeAttempt(summary: AttemptSummary): AttemptLine {
  return activityOf(summary.activity).describe(summary);
}

/** The activity's name for grown-ups: "Tracing". */
export function activityName(id: string): string {
  return activityOf(id).strings.name;
}
