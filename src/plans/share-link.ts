import { planContentSchema, type PlanContent } from '../registry/plan';
import { z } from '../schema/zod';
import { textFromBase64Url, toBase64Url } from '../schema/base64-url';
import { issuePaths } from '../schema/parse-text';

/** Where a shared plan opens: behind the grown-ups' gate, on the plans page. */
export const SHARED_PLAN_ROUTE = '#/grown-ups/plans/shared';

export type SharedPlan = { ok: true; plan: PlanContent; planId: string | null; childId: string | null } | { ok: false; reason: 'missing' | 'damaged' | 'changed' | 'invalid'; problems: string[] };

/**
 * A plan as a link a parent can open on their own tablet. The plan travels
 * in the link itself (nothing is uploaded), as base64url JSON, with a short
 * checksum so a link cut short or edited by hand is caught and named. The
 * checksum catches accidents, not forgery: anyone can write a plan.
 * `ids` carry the plan's own id (so sessions at home name the therapist's
 * plan) and the child's (so results sent home come back to the right child,
 * never matched by nickname).
 */
export function planLink(plan: PlanContent, origin: string, ids: { planId?: string; childId?: string } = {}): string {
  const payload = toBase64Url(JSON.stringify({ name: plan.name, steps: plan.steps, ...(ids.planId ? { id: ids.planId } : {}), ...(ids.childId ? { child: ids.childId } : {}) }));
  return `${origin}${SHARED_PLAN_ROUTE}?plan=${payload}&check=${checksum(payload)}`;
}

/** Reads a shared link's query: the same zod schema as every stored plan decides what is valid. */
export function readPlanLink(query: URLSearchParams): SharedPlan {
  const payload = query.get('plan');
  const check = query.get('check');
  if (!payload || !check) return { ok: false, reason: 'missing', problems: [] };
  // A link cut short rarely still decodes: "damaged". One that decodes but fails its check was edited: "changed".
  let json: unknown;
  try {
    json = JSON.parse(textFromBase64Url(payload));
  } catch {
    return { ok: false, reason: 'damaged', problems: [] };
  }
  if (checksum(payload) !== check) return { ok: false, reason: 'changed', problems: [] };
  const parsed = linkSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'invalid', problems: issuePaths(parsed.error.issues) };
  const { id, child, ...plan } = parsed.data;
  return { ok: true, plan, planId: id ?? null, childId: child ?? null };
}

/** What a link carries: the plan, and the stable ids links made since home results came back carry too. */
const linkSchema = planContentSchema.extend({ id: z.uuid().optional(), child: z.uuid().optional() });

/** FNV-1a, 32 bits, as 8 hex digits: one changed character changes it. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
