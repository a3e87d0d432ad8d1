import type { z } from '../schema/zod';
import { ACTIVITIES, activityOf, type RegisteredActivity } from './activities';
import type { Attempt } from './attempt';

/**
 * An attempt without its raw input: what a list, a chart or a goal reads,
 * about a quarter of a kilobyte instead of the tens of kilobytes a stroke's
 * samples take. Stored beside each attempt, so a report of 5,000 attempts
 * never reads a sample; a replay reads the full attempt by id. Each activity
 * says what its summary keeps.
 */
export type AttemptSummary = z.infer<RegisteredActivity['record']['summarySchema']>;

/** The summary of a record its schema has checked. */
export function summarize(attempt: Attempt): AttemptSummary {
  return activityOf(attempt.activity).record.summarize(attempt) as AttemptSummary;
}

/** Bumped when the way summaries are stored changes (their buckets), whatever the activities. */
const SUMMARY_STORE_VERSION = 1;

/**
 * What the summaries store holds, as text: the store's own version, and each
 * activity's record version and summary fields. When it changes (a new
 * activity, a new field in a summary, a migration), the stored summaries are
 * rebuilt from the attempts, whatever the database version.
 */
export function summaryFormat(): string {
  return [SUMMARY_STORE_VERSION, ...ACTIVITIES.map((a) => `${a.id}@${a.record.version}{${fieldsOf(a.record.summarySchema)}}`)].join(';');
}

/** The fields of an object schema, nested ones in braces: "id,params{form,guide}". */
function fieldsOf(schema: unknown): string {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  if (shape) return Object.entries(shape).map(([key, field]) => { const inner = fieldsOf(unwrapped(field)); return inner ? `${key}{${inner}}` : key; }).join(',');
  const element = (schema as { element?: unknown }).element;
  return element ? fieldsOf(unwrapped(element)) : '';
}

/** An optional, nullable or array schema's inside. */
function unwrapped(schema: unknown): unknown {
  let inner = schema as { unwrap?: () => unknown };
  for (let i = 0; i < 4 && typeof inner.unwrap === 'function'; i++) inner = inner.unwrap() as typeof inner;
  return inner;
}
