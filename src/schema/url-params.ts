import type { z } from 'zod';
import { baseType } from './field-info';

export type ParamProblem =
  | { readonly kind: 'invalid'; readonly name: string; readonly value: string; readonly fallback: string }
  | { readonly kind: 'unknown'; readonly name: string };

export interface ParsedUrlParams<T> {
  readonly params: T;
  readonly problems: readonly ParamProblem[];
}

/** Longer than any real value; stops a pasted essay from reaching a parser or a message. */
const MAX_SHOWN_VALUE = 40;

/**
 * Reads an activity's parameters from a link, one at a time, so that one bad
 * value falls back to its default and the rest still count. The zod schema is
 * the only definition of names, types, defaults and limits.
 */
export function parseUrlParams<Schema extends z.ZodObject>(
  schema: Schema,
  urlNames: Readonly<Record<string, string>>,
  query: URLSearchParams,
): ParsedUrlParams<z.infer<Schema>> {
  const defaults = schema.parse({}) as Record<string, unknown>;
  const chosen: Record<string, unknown> = {};
  const problems: ParamProblem[] = [];
  const known = new Set<string>();
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const name = urlNames[key] ?? key;
    known.add(name);
    const raw = query.get(name);
    if (raw === null) continue;
    const parsed = field.safeParse(fromText(raw, baseType(field).def.type));
    if (parsed.success) chosen[key] = parsed.data;
    // An optional setting without a default (such as the hand) falls back to the profile's: no value to show.
    else problems.push({ kind: 'invalid', name, value: raw.slice(0, MAX_SHOWN_VALUE), fallback: defaults[key] === undefined ? '' : String(defaults[key]) });
  }
  for (const name of query.keys()) if (!known.has(name)) problems.push({ kind: 'unknown', name: name.slice(0, MAX_SHOWN_VALUE) });
  return { params: schema.parse(chosen), problems };
}

function fromText(raw: string, type: string): unknown {
  if (type === 'number') return raw.trim() === '' ? Number.NaN : Number(raw);
  if (type === 'boolean') return ({ '1': true, true: true, yes: true, on: true, '0': false, false: false, no: false, off: false } as Record<string, boolean>)[raw.toLowerCase()] ?? raw;
  return raw;
}
