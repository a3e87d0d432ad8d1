import { activities } from '../registry/activities';
import { storedAttemptSchema, type Attempt } from '../registry/attempt';
import { summarize, type AttemptSummary } from '../registry/attempt-summary';
import type { IDBPTransaction } from 'idb';
import { database, summariesReady, type DeftDatabase } from './database';
import { byBucket, withSummaries, type SummaryBucket } from './summary-buckets';
import { readValid } from './read-valid';
import { keptSummaries, summariesChanged } from './summary-cache';
import { announceRecordChange } from './record-changes';

/**
 * Stores one attempt, with its summary, in one transaction. Called the moment
 * an attempt ends, with a record its activity has just built and checked
 * against its schema (parsed once, there).
 */
export async function saveAttempt(record: Attempt): Promise<void> {
  const tx = (await database()).transaction(['attempts', 'summaries'], 'readwrite');
  try {
    await Promise.all([writeAttempts(tx, [record], 'put'), tx.done]);
  } catch (error) {
    // A full disk aborts the transaction: its requests fail as "AbortError", the transaction carries the cause.
    throw tx.error ?? error;
  }
  announceRecordChange({ kind: 'attempt', record });
}

type AttemptsTransaction = IDBPTransaction<DeftDatabase, ('attempts' | 'summaries' | 'profiles' | 'plans' | 'sessions')[], 'readwrite'>;

/**
 * Every write of attempts goes through here, in the caller's transaction, so
 * an attempt never lacks its summary. `add` fails on an id already stored.
 */
export async function writeAttempts(tx: AttemptsTransaction, attempts: readonly Attempt[], how: 'put' | 'add'): Promise<void> {
  const attemptStore = tx.objectStore('attempts');
  const summaries = tx.objectStore('summaries');
  // Whether it commits or not, what was read before is read again.
  void tx.done.then(summariesChanged, summariesChanged);
  await Promise.all([
    ...attempts.map((attempt) => attemptStore[how](attempt)),
    ...[...byBucket(attempts.map(summarize))].map(async ([key, group]) => {
      await summaries.put(withSummaries((await summaries.get(key)) as SummaryBucket | undefined, key, group));
    }),
  ]);
}

export interface StoredAttempts {
  /** Valid attempts, newest first. */
  readonly attempts: Attempt[];
  /** Records that no longer match the schema; kept in the database, left out here. */
  readonly unreadable: number;
}

export async function listAttempts(): Promise<StoredAttempts> {
  const raw = await (await database()).getAll('attempts');
  const attempts = newestFirst(readValid(storedAttemptSchema, raw));
  return { attempts, unreadable: raw.length - attempts.length };
}

/** Attempts read a batch at a time for an export: a batch of 600-sample attempts is a few MB. */
const EXPORT_BATCH = 100;

/**
 * Every attempt that reads (and `keep` keeps), newest first as everywhere
 * else, a batch at a time, each batch its own read: an export of a year never
 * holds all of them at once. Walks the startedAt index backwards; attempts
 * that started at the same moment come in descending id, so a batch goes on
 * exactly after the last one given.
 */
export async function* attemptBatches(keep: (attempt: Attempt) => boolean = () => true, size = EXPORT_BATCH): AsyncGenerator<Attempt[]> {
  const db = await database();
  let last: { startedAt: string; id: string } | null = null;
  for (;;) {
    const index = db.transaction('attempts').store.index('startedAt');
    const raw: unknown[] = [];
    for (let cursor = await index.openCursor(last ? IDBKeyRange.upperBound(last.startedAt) : null, 'prev'); cursor && raw.length < size; cursor = await cursor.continue()) {
      if (last && cursor.key === last.startedAt && String(cursor.primaryKey) >= last.id) continue; // given in the batch before
      raw.push(cursor.value);
    }
    if (raw.length === 0) return;
    const end = raw.at(-1) as { startedAt: string; id: string };
    last = { startedAt: end.startedAt, id: end.id };
    yield readValid(storedAttemptSchema, raw).filter(keep);
  }
}

/**
 * Summaries, newest first: one child's (by the profileId index), or
 * everybody's. Never reads a stroke. A summary is written only by
 * writeAttempts, from an attempt its schema has checked, and the store is
 * rebuilt whenever the summaries' format changes (rebuildSummariesIfStale);
 * so reading checks its activity and record version rather than parsing each
 * again (5,000 of them fill a report). What was read is kept until summaries
 * are written again (summary-cache.ts).
 */
export async function listSummaries(profileId?: string): Promise<AttemptSummary[]> {
  await summariesReady();
  return keptSummaries(profileId ?? '', () => readSummaries(profileId));
}

async function readSummaries(profileId: string | undefined): Promise<AttemptSummary[]> {
  const db = await database();
  const buckets = (profileId === undefined ? await db.getAll('summaries') : await db.getAllFromIndex('summaries', 'profileId', profileId)) as SummaryBucket[];
  const raw = buckets.flatMap(readBucket);
  return newestFirst(raw.filter((s): s is AttemptSummary => s.schemaVersion === activities.get(String(s.activity))?.record.version));
}

/** A damaged bucket (not JSON, not a list) is skipped, not fatal: the attempts themselves are still stored whole. */
function readBucket(bucket: SummaryBucket): Partial<AttemptSummary>[] {
  try {
    const list: unknown = JSON.parse(bucket.json);
    return Array.isArray(list) ? list.filter((s): s is Partial<AttemptSummary> => typeof s === 'object' && s !== null) : [];
  } catch {
    return [];
  }
}

/** Every summary, and how many stored attempts have none because they no longer read. */
export async function listStoredSummaries(): Promise<{ attempts: AttemptSummary[]; unreadable: number }> {
  const [attempts, stored] = await Promise.all([listSummaries(), (await database()).count('attempts')]);
  return { attempts, unreadable: Math.max(0, stored - attempts.length) };
}

/** One whole attempt, raw strokes included: for a replay. */
export async function getAttempt(id: string): Promise<Attempt | null> {
  const parsed = storedAttemptSchema.safeParse(await (await database()).get('attempts', id));
  return parsed.success ? parsed.data : null;
}

function newestFirst<T extends { startedAt: string }>(records: T[]): T[] {
  return records.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
}
