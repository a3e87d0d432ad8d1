import { planContentSchema, type PlanContent } from '../registry/plan';
import { issuePaths } from '../schema/parse-text';

/** Where a shared plan opens: behind the grown-ups' gate, on the plans page. */
export const SHARED_PLAN_ROUTE = '#/grown-ups/plans/shared';

export type SharedPlan = { ok: true; plan: PlanContent } | { ok: false; reason: 'missing' | 'damaged' | 'changed' | 'invalid'; problems: string[] };

/**
 * A plan as a link a parent can open on their own tablet. The plan travels
 * in the link itself (nothing is uploaded), as base64url JSON, with a short
 * checksum so a link cut short or edited by hand is caught and named. The
 * checksum catches accidents, not forgery: anyone can write a plan.
 */
export function planLink(plan: PlanContent, origin: string): string {
  const payload = toBase64Url(JSON.stringify({ name: plan.name, steps: plan.steps }));
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
    json = JSON.parse(fromBase64Url(payload));
  } catch {
    return { ok: false, reason: 'damaged', problems: [] };
  }
  if (checksum(payload) !== check) return { ok: false, reason: 'changed', problems: [] };
  const parsed = planContentSchema.safeParse(json);
  return parsed.success ? { ok: true, plan: parsed.data } : { ok: false, reason: 'invalid', problems: issuePaths(parsed.error.issues) };
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** FNV-1a, 32 bits, as 8 hex digits: one changed character changes it. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
