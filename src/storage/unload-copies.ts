import { storedAttemptSchema } from '../registry/attempt';
import { saveAttempt } from './attempts';
import { UNLOAD_COPY_PREFIX } from './unload-copy';

/** At start: stores the attempts a page left behind as copies. Putting by id, an attempt that was saved after all is not doubled. */
export async function storeUnloadCopies(): Promise<{ stored: number; unreadable: number }> {
  let stored = 0;
  let unreadable = 0;
  const keys = Object.keys(localStorage).filter((key) => key.startsWith(UNLOAD_COPY_PREFIX));
  for (const key of keys) {
    let parsed;
    try {
      parsed = storedAttemptSchema.safeParse(JSON.parse(localStorage.getItem(key) ?? ''));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      unreadable++;
      localStorage.removeItem(key);
      continue;
    }
    await saveAttempt(parsed.data);
    localStorage.removeItem(key);
    stored++;
  }
  return { stored, unreadable };
}
