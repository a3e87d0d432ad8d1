import type { AttemptSummary } from '../registry/attempt-summary';
import { MEASURES } from '../registry/measures';
import type { Goal } from '../registry/plan';

export interface GoalResult {
  readonly met: boolean;
  /** Trials in the window that reached the value. */
  readonly passing: number;
  /** Trials in the window (at most the goal's `ofTrials`). */
  readonly counted: number;
}

/**
 * "Met in 4 of 5": looks at the last `ofTrials` completed attempts (newest
 * last or first, any order: they are sorted here) and counts those whose
 * measure reaches the value. A goal is never met on fewer trials than it
 * asks for, and an attempt without the measure (an adaptive threshold not
 * yet found) counts as not reaching it.
 */
export function evaluateGoal(goal: Goal, attempts: readonly AttemptSummary[]): GoalResult {
  const window = attempts
    .filter((a) => a.status === 'completed')
    .toSorted((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0))
    .slice(-goal.ofTrials);
  const passing = window.filter((attempt) => reachesGoal(goal, attempt)).length;
  return { met: passing >= goal.inTrials, passing, counted: window.length };
}

/** Whether one attempt reaches the goal's value; one without the measure does not. */
export function reachesGoal(goal: Goal, attempt: AttemptSummary): boolean {
  const value = MEASURES[goal.measure].read(attempt);
  return value !== null && (goal.comparison === 'atLeast' ? value >= goal.value : value <= goal.value);
}
