import { planMerge } from '../export/merge-plan';
import type { ExportFile } from '../schema/export-file';
import { database } from './database';
import { listAttempts } from './attempts';
import { listProfiles } from './profiles';

export interface ImportReport {
  readonly added: { attempts: number; profiles: number };
  readonly unchanged: number;
  /** Ids here already with other content: left as they were. */
  readonly conflicts: string[];
}

/** Adds an export's new records in one transaction: all of them, or (on any failure) none. */
export async function importExport(file: ExportFile): Promise<ImportReport> {
  const attempts = planMerge((await listAttempts()).attempts, file.attempts);
  const profiles = planMerge(await listProfiles(), file.profiles);
  const db = await database();
  const tx = db.transaction(['attempts', 'profiles'], 'readwrite');
  await Promise.all([
    ...attempts.add.map((a) => tx.objectStore('attempts').add(a)),
    ...profiles.add.map((p) => tx.objectStore('profiles').add(p)),
    tx.done,
  ]);
  return {
    added: { attempts: attempts.add.length, profiles: profiles.add.length },
    unchanged: attempts.unchanged + profiles.unchanged,
    conflicts: [...profiles.conflicts, ...attempts.conflicts],
  };
}

/** One child gone from this device: their profile and every attempt that carries their id, in one transaction. */
export async function deleteChildData(profileId: string): Promise<number> {
  const db = await database();
  const tx = db.transaction(['attempts', 'profiles'], 'readwrite');
  let removed = 0;
  for (let cursor = await tx.objectStore('attempts').openCursor(); cursor; cursor = await cursor.continue()) {
    if ((cursor.value as { profileId?: unknown }).profileId === profileId) { await cursor.delete(); removed++; }
  }
  await tx.objectStore('profiles').delete(profileId);
  await tx.done;
  return removed;
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
