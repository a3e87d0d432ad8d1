import type { AttemptBase } from '../schema/parts';

/** The head every summary keeps (a zod pick mask): who, when, how it ended, in which session. */
export const SUMMARY_HEAD = { id: true, schemaVersion: true, activity: true, status: true, endReason: true, profileId: true, startedAt: true, endedAt: true, durationMs: true, session: true } as const;

/** The head's fields of a record, for its summary; an activity adds its own. */
export function summaryHead<R extends AttemptBase>(record: R): Pick<R, keyof typeof SUMMARY_HEAD> {
  const { id, schemaVersion, activity, status, endReason, profileId, startedAt, endedAt, durationMs, session } = record;
  // A missing session stays missing (not `session: undefined`), as the schema's pick would leave it.
  return { id, schemaVersion, activity, status, endReason, profileId, startedAt, endedAt, durationMs, ...(session ? { session } : {}) } as Pick<R, keyof typeof SUMMARY_HEAD>;
}
