import { storedAttemptSchema, type Attempt } from '../registry/attempt';
import { planSchema, sessionSchema } from '../registry/plan';
import { profileSchema } from '../schema/profile';
import { writeAttempts } from './attempts';
import { database } from './database';
import { announceRecordArrived, type RecordKind } from './record-changes';

const SCHEMAS = { profile: profileSchema, plan: planSchema, session: sessionSchema } as const;
const STORES = { attempt: 'attempts', profile: 'profiles', plan: 'plans', session: 'sessions' } as const;

/**
 * Writes a record that clinic sync brought from another device, parsed here
 * at the boundary (an older version is migrated, as on import), and never
 * announced back (it came from sync). A profile, plan or session replaces
 * what is stored, as sync has already settled which version wins; attempts
 * go through storeSyncedAttempts.
 */
export async function storeSyncedRecord(kind: Exclude<RecordKind, 'attempt'>, raw: unknown): Promise<'stored' | 'unreadable'> {
  const parsed = SCHEMAS[kind].safeParse(raw);
  if (!parsed.success) return 'unreadable';
  await (await database()).put(STORES[kind], parsed.data);
  announceRecordArrived(kind);
  return 'stored';
}

/**
 * Attempts that clinic sync brought, parsed at the boundary and written
 * together: one transaction, and each month's summaries updated once for the
 * lot, as an import does. An attempt is immutable, so one already here (or
 * twice in the batch) is stored once; one that does not parse is counted and
 * left out.
 */
export async function storeSyncedAttempts(raws: readonly unknown[]): Promise<{ stored: number; unreadable: number }> {
  const parsed = new Map<string, Attempt>();
  let unreadable = 0;
  for (const raw of raws) {
    const result = storedAttemptSchema.safeParse(raw);
    if (result.success) parsed.set(result.data.id, result.data);
    else unreadable++;
  }
  const tx = (await database()).transaction(['attempts', 'summaries'], 'readwrite');
  const keys = await Promise.all([...parsed.keys()].map((id) => tx.objectStore('attempts').getKey(id)));
  const fresh = [...parsed.values()].filter((_, i) => keys[i] === undefined);
  await Promise.all([writeAttempts(tx, fresh, 'add'), tx.done]);
  if (fresh.length) announceRecordArrived('attempt');
  return { stored: fresh.length, unreadable };
}

/** A record as stored here, unparsed (for comparing with what sync holds), or undefined. */
export async function storedRecord(kind: RecordKind, id: string): Promise<unknown> {
  return (await database()).get(STORES[kind], id);
}

/** The ids of every attempt stored here: what sync checks it has sent, without reading a stroke. */
export async function storedAttemptIds(): Promise<string[]> {
  return (await (await database()).getAllKeys('attempts')).map(String);
}

/** Of these attempt ids, the ones stored here already: sync then skips fetching and unpacking their files. */
export async function storedAttemptIdsAmong(ids: readonly string[]): Promise<Set<string>> {
  const tx = (await database()).transaction('attempts');
  const keys = await Promise.all(ids.map((id) => tx.store.getKey(id)));
  await tx.done;
  return new Set(ids.filter((_, i) => keys[i] !== undefined));
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
