import { storedAttemptSchema } from '../registry/attempt';
import { planSchema, sessionSchema } from '../registry/plan';
import { profileSchema } from '../schema/profile';
import { writeAttempts } from './attempts';
import { database } from './database';
import { announceRecordArrived, type RecordKind } from './record-changes';

const SCHEMAS = { profile: profileSchema, plan: planSchema, session: sessionSchema } as const;
const STORES = { attempt: 'attempts', profile: 'profiles', plan: 'plans', session: 'sessions' } as const;

export type SyncedWrite = 'stored' | 'unchanged' | 'unreadable';

/**
 * Writes a record that clinic sync brought from another device, parsed here
 * at the boundary (an older version is migrated, as on import), and never
 * announced back (it came from sync). An attempt is immutable, so one already
 * here is left as it is; a profile, plan or session replaces what is stored,
 * as sync has already settled which version wins.
 */
export async function storeSyncedRecord(kind: RecordKind, raw: unknown): Promise<SyncedWrite> {
  if (kind === 'attempt') {
    const parsed = storedAttemptSchema.safeParse(raw);
    if (!parsed.success) return 'unreadable';
    const tx = (await database()).transaction(['attempts', 'summaries'], 'readwrite');
    if ((await tx.objectStore('attempts').getKey(parsed.data.id)) !== undefined) {
      await tx.done;
      return 'unchanged';
    }
    await Promise.all([writeAttempts(tx, [parsed.data], 'add'), tx.done]);
    announceRecordArrived(kind);
    return 'stored';
  }
  const parsed = SCHEMAS[kind].safeParse(raw);
  if (!parsed.success) return 'unreadable';
  await (await database()).put(STORES[kind], parsed.data);
  announceRecordArrived(kind);
  return 'stored';
}

/** A record as stored here, unparsed (for comparing with what sync holds), or undefined. */
export async function storedRecord(kind: RecordKind, id: string): Promise<unknown> {
  return (await database()).get(STORES[kind], id);
}

/** The ids of every attempt stored here: what sync checks it has sent, without reading a stroke. */
export async function storedAttemptIds(): Promise<string[]> {
  return (await (await database()).getAllKeys('attempts')).map(String);
}

/** Whether an attempt is stored here already: sync then skips fetching and unpacking its file. */
export async function hasAttempt(id: string): Promise<boolean> {
  return (await (await database()).getKey('attempts', id)) !== undefined;
}

/**
 * Attempts as stored (each was parsed once, when it was saved), by id, in one
 * read: what sync sends of a tablet's past. The tablet that receives them
 * parses each at its own boundary, older versions migrated there.
 */
export async function storedAttempts(ids: readonly string[]): Promise<unknown[]> {
  const tx = (await database()).transaction('attempts');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return found.filter((value) => value !== undefined);
}
