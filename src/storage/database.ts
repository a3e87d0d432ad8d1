import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { attemptSummarySchema, type AttemptSummary } from '../schema/attempt-summary';
import { byBucket, withSummaries } from './summary-buckets';

export interface DeftDatabase extends DBSchema {
  attempts: { key: string; value: unknown; indexes: { startedAt: string } };
  settings: { key: string; value: unknown };
  profiles: { key: string; value: unknown };
  plans: { key: string; value: unknown };
  sessions: { key: string; value: unknown };
  summaries: { key: string; value: unknown; indexes: { profileId: string } };
}

const DATABASE_NAME = 'deft';
/** 1: attempts and settings. 2: profiles. 3: plans and sessions. 4: attempt summaries, for reports. */
const DATABASE_VERSION = 4;

let opening: Promise<IDBPDatabase<DeftDatabase>> | null = null;

/** The one connection to IndexedDB. Only src/storage opens it. */
export function database(): Promise<IDBPDatabase<DeftDatabase>> {
  opening ??= openDB<DeftDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
        attempts.createIndex('startedAt', 'startedAt');
        db.createObjectStore('settings');
      }
      if (oldVersion < 2) db.createObjectStore('profiles', { keyPath: 'id' });
      if (oldVersion < 3) {
        db.createObjectStore('plans', { keyPath: 'id' });
        db.createObjectStore('sessions', { keyPath: 'id' });
      }
      if (oldVersion < 4) {
        const summaries = db.createObjectStore('summaries', { keyPath: 'key' });
        summaries.createIndex('profileId', 'profileId');
        // Attempts stored before summaries existed get theirs now; ones that no longer read are left alone.
        const found: AttemptSummary[] = [];
        for (let cursor = await transaction.objectStore('attempts').openCursor(); cursor; cursor = await cursor.continue()) {
          const summary = attemptSummarySchema.safeParse(cursor.value);
          if (summary.success) found.push(summary.data);
        }
        for (const [key, group] of byBucket(found)) await summaries.put(withSummaries(undefined, key, group));
      }
    },
  });
  return opening;
}
