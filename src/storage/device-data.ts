import type { Attempt } from '../registry/attempt';
import type { Plan, Session } from '../registry/plan';
import type { Profile } from '../schema/profile';
import { listAttempts, writeAttempts } from './attempts';
import { database } from './database';
import { listPlans, listSessions } from './plans';
import { listProfiles } from './profiles';
import { damagedSettings } from './settings';
import { summariesChanged } from './summary-cache';
import { announceRecordChange, type RecordChange } from './record-changes';

/** Everything this device keeps about children, as an export carries it, and how many stored attempts no longer read. */
export async function readAll(): Promise<{ attempts: Attempt[]; profiles: Profile[]; plans: Plan[]; sessions: Session[]; unreadable: number }> {
  const [{ attempts, unreadable }, profiles, plans, sessions] = await Promise.all([listAttempts(), listProfiles(), listPlans(), listSessions()]);
  return { attempts, profiles, plans, sessions, unreadable };
}

/** The stores an import merges into, in the order its report lists them. */
export const MERGE_STORES = ['profiles', 'plans', 'sessions', 'attempts'] as const;
export type MergeStore = (typeof MERGE_STORES)[number];
const KIND_OF_STORE = { profiles: 'profile', plans: 'plan', sessions: 'session', attempts: 'attempt' } as const satisfies Record<MergeStore, RecordChange['kind']>;

/** What importing records would do: new ones to add, ones already here unchanged, and ids that clash (same id, other content: reported, never overwritten). */
export interface MergeDecision<T> {
  readonly add: readonly T[];
  readonly unchanged: number;
  readonly conflicts: readonly string[];
}

/**
 * One batch of an import, in one transaction: for each store, the records
 * stored under the incoming ids (as stored, unread) go to `decide`, and what
 * it adds is written (`add`: an id already stored fails the batch). Attempts
 * get their summaries with them.
 */
export async function mergeBatch<T extends { id: string }>(
  incoming: Readonly<Record<MergeStore, readonly T[]>>,
  decide: (store: MergeStore, stored: readonly { id: string; raw: unknown }[], incoming: readonly T[]) => MergeDecision<T>,
): Promise<Record<MergeStore, MergeDecision<T>>> {
  const db = await database();
  const tx = db.transaction([...MERGE_STORES, 'summaries'], 'readwrite');
  const decisions = await Promise.all(MERGE_STORES.map(async (store) => {
    const records = incoming[store];
    const raw = await Promise.all(records.map((r) => tx.objectStore(store).get(r.id)));
    const stored = raw.flatMap((value, i) => (value === undefined ? [] : [{ id: records[i]!.id, raw: value }]));
    return [store, decide(store, stored, records)] as const;
  }));
  await Promise.all([
    ...decisions.flatMap<Promise<unknown>>(([store, decision]) => (store === 'attempts'
      ? [writeAttempts(tx, decision.add as unknown as Attempt[], 'add')]
      : decision.add.map((record) => tx.objectStore(store).add(record)))),
    tx.done,
  ]);
  for (const [store, decision] of decisions) {
    for (const record of decision.add) announceRecordChange({ kind: KIND_OF_STORE[store], record } as unknown as RecordChange);
  }
  return Object.fromEntries(decisions) as Record<MergeStore, MergeDecision<T>>;
}

/**
 * One child gone from this device, in one transaction: their profile, every
 * attempt (and its summary) and session that carries their id, and their name on any plan.
 */
export async function deleteChildData(profileId: string): Promise<number> {
  const db = await database();
  const tx = db.transaction(['attempts', 'summaries', 'profiles', 'sessions', 'plans'], 'readwrite');
  let removed = 0;
  for (const store of ['attempts', 'summaries', 'sessions'] as const) {
    for (let cursor = await tx.objectStore(store).openCursor(); cursor; cursor = await cursor.continue()) {
      if ((cursor.value as { profileId?: unknown }).profileId !== profileId) continue;
      await cursor.delete();
      if (store === 'attempts') removed++;
    }
  }
  for (let cursor = await tx.objectStore('plans').openCursor(); cursor; cursor = await cursor.continue()) {
    const plan = cursor.value as { assignedTo?: unknown };
    if (Array.isArray(plan.assignedTo) && plan.assignedTo.includes(profileId)) await cursor.update({ ...plan, assignedTo: plan.assignedTo.filter((id) => id !== profileId) });
  }
  await tx.objectStore('profiles').delete(profileId);
  try {
    await tx.done;
  } finally {
    summariesChanged();
  }
  return removed;
}

/** Stored records that no longer read, store by store (attempts are counted by readAll): left in place, skipped everywhere. */
export async function damagedRecords(): Promise<{ profiles: number; plans: number; sessions: number; settings: string[] }> {
  const db = await database();
  const [profiles, plans, sessions, settings] = await Promise.all([listProfiles(), listPlans(), listSessions(), damagedSettings()]);
  return {
    profiles: (await db.count('profiles')) - profiles.length,
    plans: (await db.count('plans')) - plans.length,
    sessions: (await db.count('sessions')) - sessions.length,
    settings,
  };
}

/** How much this site stores, and whether the browser keeps it even when space runs low. */
export async function storageStatus(): Promise<{ usedBytes: number | null; quotaBytes: number | null; persisted: boolean }> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  const persisted = (await navigator.storage?.persisted?.().catch(() => false)) ?? false;
  return { usedBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null, persisted };
}

/** Asks the browser not to clear this site's data under storage pressure. */
export async function askPersistentStorage(): Promise<boolean> {
  return (await navigator.storage?.persist?.().catch(() => false)) ?? false;
}
