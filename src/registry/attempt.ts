import { z } from '../schema/zod';
import { ACTIVITIES, activities, type RegisteredActivity } from './activities';

/** Every attempt record, whatever the activity: one union keyed on `activity`, each member its activity's current version. */
export type Attempt = z.infer<RegisteredActivity['record']['schema']>;

/** Each activity's record schema, as a tuple in registry order (what z.discriminatedUnion asks for). */
type RecordSchemas<T extends readonly unknown[]> = { [K in keyof T]: T[K] extends { record: { schema: infer S } } ? S : never };
export const attemptSchema = z.discriminatedUnion('activity', ACTIVITIES.map((a) => a.record.schema) as unknown as RecordSchemas<typeof ACTIVITIES>);

/**
 * A record as stored or exported by any version of Deft, brought up to its
 * activity's current version, one migration at a time. A record of a version
 * newer than this app knows, or of an unknown activity, is left as it is, so
 * it fails the schema and stays stored, untouched, for a later version.
 */
export function migrateAttempt(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const record = raw as Record<string, unknown>;
  const format = activities.get(String(record.activity))?.record;
  if (!format || typeof record.schemaVersion !== 'number') return raw;
  let version: number = record.schemaVersion;
  let migrated = record;
  while (version < format.version) {
    const step = format.migrations[version];
    if (!step) return raw;
    migrated = step(migrated);
    version = migrated.schemaVersion as number;
  }
  return migrated;
}

/** How storage and imports read an attempt: migrated, then checked. */
export const storedAttemptSchema = z.preprocess(migrateAttempt, attemptSchema);
