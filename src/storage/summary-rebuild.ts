import type { IDBPDatabase } from 'idb';
import { storedAttemptSchema } from '../registry/attempt';
import { summarize, summaryFormat, type AttemptSummary } from '../registry/attempt-summary';
import type { DeftDatabase } from './database';
import { byBucket, withSummaries } from './summary-buckets';
import { summariesChanged } from './summary-cache';

const FORMAT_KEY = 'summariesFormat';

/**
 * The summaries store says which format it holds (src/registry/attempt-summary.ts).
 * When that is not today's (the first start after summaries changed, or after
 * the database was created), every summary is made again from the attempts,
 * each read as today's version of its record, in one transaction: a failure
 * leaves the old ones. Attempts that do not read are left alone, as everywhere.
 */
export async function rebuildSummariesIfStale(db: IDBPDatabase<DeftDatabase>): Promise<boolean> {
  const format = summaryFormat();
  if ((await db.get('meta', FORMAT_KEY)) === format) return false;
  const tx = db.transaction(['attempts', 'summaries', 'meta'], 'readwrite');
  const found: AttemptSummary[] = []; // summaries only: a year of samples would not fit in memory
  for (let cursor = await tx.objectStore('attempts').openCursor(); cursor; cursor = await cursor.continue()) {
    const read = storedAttemptSchema.safeParse(cursor.value);
    if (read.success) found.push(summarize(read.data));
  }
  const summaries = tx.objectStore('summaries');
  await summaries.clear();
  await Promise.all([...byBucket(found)].map(([key, group]) => summaries.put(withSummaries(undefined, key, group))));
  await tx.objectStore('meta').put(format, FORMAT_KEY);
  try {
    await tx.done;
  } finally {
    summariesChanged();
  }
  return true;
}
