import { storedAttemptSchema, type Attempt } from '../registry/attempt';
import { saveAttempt } from './attempts';

const PREFIX = 'deft-unload-copy:';

/**
 * An attempt cut short by the page going away (reload, tab closed, app
 * swiped off) must survive even when IndexedDB cannot finish: storing it
 * takes a round trip (its month's summaries are read, then written), and the
 * page may be gone before the answer comes. localStorage writes at once, so a
 * copy goes there first and is removed when the real save lands; a copy still
 * there at the next start is stored then. Returns the copy's remover.
 */
export function keepUnloadCopy(attempt: Attempt): () => void {
  const key = PREFIX + attempt.id;
  try {
    localStorage.setItem(key, JSON.stringify(attempt));
  } catch {
    // No room or no localStorage: the IndexedDB save is still under way.
  }
  return () => { try { localStorage.removeItem(key); } catch { /* nothing to remove */ } };
}

/** At start: stores the attempts a page left behind as copies. Putting by id, an attempt that was saved after all is not doubled. */
export async function storeUnloadCopies(): Promise<{ stored: number; unreadable: number }> {
  let stored = 0;
  let unreadable = 0;
  const keys = Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));
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
