import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

interface DeftDatabase extends DBSchema {
  attempts: { key: string; value: unknown; indexes: { startedAt: string } };
  settings: { key: string; value: unknown };
  profiles: { key: string; value: unknown };
  plans: { key: string; value: unknown };
  sessions: { key: string; value: unknown };
}

const DATABASE_NAME = 'deft';
/** 1: attempts and settings. 2: profiles. 3: plans and sessions. */
const DATABASE_VERSION = 3;

let opening: Promise<IDBPDatabase<DeftDatabase>> | null = null;

/** The one connection to IndexedDB. Only src/storage opens it. */
export function database(): Promise<IDBPDatabase<DeftDatabase>> {
  opening ??= openDB<DeftDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
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
    },
  });
  return opening;
}
