import type { ExportContent } from '../export/attempts-json';
import { planMerge } from '../export/merge-plan';
import type { z } from 'zod';
import { readExport, RECORDS, type ExportRecord } from '../export/read-export';
import type { Attempt } from '../registry/attempt';
import { listAttempts, writeAttempts } from './attempts';
import { database } from './database';
import { listPlans, listSessions } from './plans';
import { listProfiles } from './profiles';
import { damagedSettings } from './settings';

/** The stores an export carries, in the order an import reports them. */
const STORES = ['profiles', 'plans', 'sessions', 'attempts'] as const;
type Store = (typeof STORES)[number];

export interface ImportReport {
  readonly added: Record<Store, number>;
  readonly unchanged: number;
  /** Ids here already with other content: left as they were. */
  readonly conflicts: string[];
}

/** Everything this device keeps about children, as an export carries it, and how many stored attempts no longer read. */
export async function readAll(): Promise<ExportContent & { unreadable: number }> {
  const [{ attempts, unreadable }, profiles, plans, sessions] = await Promise.all([listAttempts(), listProfiles(), listPlans(), listSessions()]);
  return { attempts, profiles, plans, sessions, unreadable };
}

/** Records merged a transaction at a time: small enough that a batch of 600-sample attempts is a few MB. */
const IMPORT_BATCH = 100;

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; problems: string[] };

/**
 * Imports an export file read a chunk at a time, twice: first every record
 * is checked against its schema and nothing is written, so a file that does
 * not read changes nothing and says what is wrong; then its records are
 * merged by id, a batch to a transaction. Memory holds a batch, never the
 * file nor everything stored. `open` gives the file's chunks afresh, once
 * for each pass (so its caller can show how far each has read).
 */
export async function importChunks(open: () => AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): Promise<ImportResult> {
  const checked = await readExport(open());
  if (!checked.ok) return checked;
  const added = { profiles: 0, plans: 0, sessions: 0, attempts: 0 };
  let unchanged = 0;
  const conflicts: string[] = [];
  const batch: ExportRecord[] = [];
  const flush = async () => {
    const merged = await mergeBatch(batch.splice(0));
    for (const store of STORES) added[store] += merged.added[store];
    unchanged += merged.unchanged;
    conflicts.push(...merged.conflicts);
  };
  const read = await readExport(open(), async (records) => {
    batch.push(...records);
    if (batch.length >= IMPORT_BATCH) await flush();
  });
  if (!read.ok) return read; // the file changed between the passes
  await flush();
  return { ok: true, report: { added, unchanged, conflicts } };
}

/** Imports an export file's text (small files and tests); the Data page streams the file. */
export function importText(text: string): Promise<ImportResult> {
  return importChunks(() => [text]);
}

/** Adds a batch's new records in one transaction, comparing each with the record stored under its id, if any. */
async function mergeBatch(records: readonly ExportRecord[]): Promise<ImportReport> {
  const db = await database();
  const byStore = new Map(STORES.map((store) => [store, records.filter((r) => r.store === store).map((r) => r.value as { id: string })]));
  const tx = db.transaction([...STORES, 'summaries'], 'readwrite');
  const merges = await Promise.all(STORES.map(async (store) => {
    const incoming = byStore.get(store)!;
    const stored = (await Promise.all(incoming.map((r) => tx.objectStore(store).get(r.id)))).flatMap((raw, i) => (raw === undefined ? [] : [{ id: incoming[i]!.id, raw }]));
    // Compared as read today (migrated); a stored record that no longer reads is left as it is, as a clash.
    const here = stored.map(({ id, raw }) => { const read = (RECORDS[store] as z.ZodType).safeParse(raw); return (read.success ? read.data : { id, unreadable: true }) as { id: string }; });
    return [store, planMerge<{ id: string }>(here, incoming)] as const;
  }));
  await Promise.all([
    ...merges.flatMap<Promise<unknown>>(([store, merge]) => (store === 'attempts' ? [writeAttempts(tx, merge.add as Attempt[], 'add')] : merge.add.map((record) => tx.objectStore(store).add(record)))),
    tx.done,
  ]);
  return {
    added: Object.fromEntries(merges.map(([store, merge]) => [store, merge.add.length])) as Record<Store, number>,
    unchanged: merges.reduce((sum, [, merge]) => sum + merge.unchanged, 0),
    conflicts: merges.flatMap(([, merge]) => merge.conflicts),
  };
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
  await tx.done;
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
