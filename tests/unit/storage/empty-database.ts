import { database } from '../../../src/storage/database';
import { summariesChanged } from '../../../src/storage/summary-cache';

/** Every store the app writes, emptied: each storage test starts from a device with nothing on it (as another tab would empty it, so summaries read before are read again). */
export async function emptyDatabase(): Promise<void> {
  const db = await database();
  const stores = ['attempts', 'summaries', 'profiles', 'plans', 'sessions'] as const;
  const tx = db.transaction([...stores], 'readwrite');
  await Promise.all([...stores.map((s) => tx.objectStore(s).clear()), tx.done]);
  summariesChanged();
}
