import { z } from '../schema/zod';
import { parseJsonText, type ParsedText } from '../schema/parse-text';
import { planContentSchema, type PlanContent } from '../registry/plan';

const PLAN_FORMAT = 'deft-plan';

/** A plan as a small file, for sharing where a link will not do (email, a USB stick). */
export const planFileSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(1),
  plan: planContentSchema,
});

export function planFileText(plan: PlanContent): string {
  return JSON.stringify({ format: PLAN_FORMAT, version: 1, plan: { name: plan.name, steps: plan.steps } }, null, 2);
}

export function parsePlanFile(text: string): ParsedText<PlanContent> {
  const read = parseJsonText(planFileSchema, text);
  return read.ok ? { ok: true, value: read.value.plan } : read;
}
