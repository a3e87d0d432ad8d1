import type { ExportContent } from '../export/attempts-json';
import { planMerge } from '../export/merge-plan';
import { parseExportFile, type ExportFile } from '../schema/export-file';
import type { Attempt } from '../schema/attempt';
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

/**
 * Imports an export file's text: nothing is written unless the whole file
 * reads, record by record, against the schema. A file that does not read
 * comes back with its problems, and the stored data stays as it was.
 */
export async function importText(text: string): Promise<{ ok: true; report: ImportReport } | { ok: false; problems: string[] }> {
  const read = parseExportFile(text);
  return read.ok ? { ok: true, report: await importExport(read.file) } : read;
}

/** Adds an export's new records in one transaction: all of them, or (on any failure) none. */
export async function importExport(file: ExportFile): Promise<ImportReport> {
  const here = await readAll();
  const merges = STORES.map((store) => [store, planMerge<{ id: string }>(here[store], file[store])] as const);
  const db = await database();
  const tx = db.transaction([...STORES, 'summaries'], 'readwrite');
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
