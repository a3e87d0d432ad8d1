import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { rebuildSummariesIfStale } from './summary-rebuild';

export interface DeftDatabase extends DBSchema {
  attempts: { key: string; value: unknown; indexes: { startedAt: string } };
  settings: { key: string; value: unknown };
  profiles: { key: string; value: unknown };
  plans: { key: string; value: unknown };
  sessions: { key: string; value: unknown };
  summaries: { key: string; value: unknown; indexes: { profileId: string } };
  meta: { key: string; value: unknown };
}

const DATABASE_NAME = 'deft';
/** 1: attempts and settings. 2: profiles. 3: plans and sessions. 4: attempt summaries, for reports. 5: meta (the summaries' format). */
export const DATABASE_VERSION = 5;

let opening: Promise<IDBPDatabase<DeftDatabase>> | null = null;
/** The summaries' rebuild after their format changed: in the background, so a year of attempts never holds up the first screen. */
let rebuilding: Promise<unknown> = Promise.resolve();
const versionChangeListeners = new Set<() => void>();

/**
 * Called when a newer version of Deft, in another tab or the installed app,
 * needs this database upgraded: this page has closed its connection, so
 * whatever it stores from now on waits (the unload copies) until it reloads.
 */
export function onVersionChange(listener: () => void): () => void {
  versionChangeListeners.add(listener);
  return () => versionChangeListeners.delete(listener);
}

let closedForUpgrade = false;

/** Whether this page gave its connection up to a newer version: what it makes now waits as unload copies, and it reloads at the next screen between games. */
export function awaitingReload(): boolean {
  return closedForUpgrade;
}

/**
 * The one connection to IndexedDB. Only src/storage opens it. Stored
 * summaries are rebuilt in the background when their format changed,
 * whatever the version (summariesReady waits for it).
 * An upgrade never hangs: this page closes its connection the moment a newer
 * one asks (versionchange), and a newer page waiting on an older one (blocked)
 * opens as soon as that one lets go.
 */
export function database(): Promise<IDBPDatabase<DeftDatabase>> {
  if (closedForUpgrade) return Promise.reject(new DOMException('A newer version of Deft is upgrading the database: reload to go on.', 'VersionError'));
  opening ??= openAt(DATABASE_VERSION).catch((error: unknown) => {
    // A newer Deft (another tab, or the installed app updated first) already upgraded it: use it as it is, rather than not start.
    if ((error as { name?: unknown }).name !== 'VersionError') throw error;
    console.warn('Deft opens a database a newer version upgraded', error);
    return openAt(undefined);
  }).then((db) => {
    rebuilding = rebuildSummariesIfStale(db).catch((error: unknown) => console.error('Deft could not rebuild the attempt summaries', error));
    return db;
  });
  opening.catch(() => { opening = null; }); // a failed open is tried again next time
  return opening;
}

/** Resolves once the stored summaries are in today's format: what reads them waits for this, nothing else does. */
export async function summariesReady(): Promise<void> {
  await database();
  await rebuilding;
}

function openAt(version: number | undefined): Promise<IDBPDatabase<DeftDatabase>> {
  return openDB<DeftDatabase>(DATABASE_NAME, version, {
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
      if (oldVersion < 4) db.createObjectStore('summaries', { keyPath: 'key' }).createIndex('profileId', 'profileId');
      // The summaries are (re)built from the attempts once the database is open: see rebuildSummariesIfStale.
      if (oldVersion < 5) db.createObjectStore('meta');
    },
    blocked(currentVersion) {
      console.warn(`Deft waits for another tab, still on database version ${currentVersion}, to let go`);
    },
    blocking() {
      // A newer Deft wants to upgrade: give the database up now, not at the end of the game.
      closedForUpgrade = true;
      void opening?.then((db) => db.close());
      opening = null;
      for (const listener of versionChangeListeners) listener();
    },
  });
}
