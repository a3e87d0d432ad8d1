import { STEP_PARAMS, planStepSchema, type PlanActivity, type PlanStep } from '../registry/plan';

/** Trials a new step starts with: a short block a young child finishes before tiring. */
const DEFAULT_TRIALS = 3;

/** A new step of an activity with its schema's defaults, and any the grown-up chose in settings (the pass rules). */
export function defaultStep(activity: PlanActivity, preferred: Record<string, unknown> = {}): PlanStep {
  const schema = STEP_PARAMS[activity];
  const shape = schema.shape as Record<string, unknown>;
  const params = Object.fromEntries(Object.entries(preferred).filter(([key]) => key in shape));
  return planStepSchema.parse({ activity, params: schema.parse(params), trials: DEFAULT_TRIALS });
}
