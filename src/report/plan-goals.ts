import { evaluateGoal, type GoalResult } from '../plans/evaluate-goal';
import type { AttemptSummary } from '../registry/attempt-summary';
import type { Plan, PlanStep } from '../registry/plan';

export interface StepGoal {
  readonly step: number;
  readonly plan: Plan;
  readonly planStep: PlanStep;
  readonly result: GoalResult;
}

/** Every goal in the child's plans, judged on the attempts made in that plan's step, across its sessions. */
export function planGoals(plans: readonly Plan[], attempts: readonly AttemptSummary[]): StepGoal[] {
  return plans.flatMap((plan) => plan.steps.flatMap((planStep, step) => {
    if (!planStep.goal) return [];
    const mine = attempts.filter((a) => a.session?.planId === plan.id && a.session.step === step);
    return [{ step, plan, planStep, result: evaluateGoal(planStep.goal, mine) }];
  }));
}
