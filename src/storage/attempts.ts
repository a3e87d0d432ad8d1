import { attemptSchema, type Attempt } from '../schema/attempt';
import { database } from './database';

/** Validates and stores one attempt. Called the moment an attempt ends. */
export async function saveAttempt(record: Attempt): Promise<void> {
  const valid = attemptSchema.parse(record);
  await (await database()).put('attempts', valid);
}

export interface StoredAttempts {
  /** Valid attempts, newest first. */
  readonly attempts: Attempt[];
  /** Records that no longer match the schema; kept in the database, left out here. */
  readonly unreadable: number;
}

export async function listAttempts(): Promise<StoredAttempts> {
  const raw = await (await database()).getAll('attempts');
  const attempts: Attempt[] = [];
  let unreadable = 0;
  for (const value of raw) {
    const parsed = attemptSchema.safeParse(value);
    if (parsed.success) attempts.push(parsed.data);
    else unreadable++;
  }
  attempts.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
  return { attempts, unreadable };
}
