import type { Attempt } from '../registry/attempt';

export const UNLOAD_COPY_PREFIX = 'deft-unload-copy:';

/**
 * An attempt cut short by the page going away (reload, tab closed, app
 * swiped off) must survive even when IndexedDB cannot finish: storing it
 * takes a round trip (its month's summaries are read, then written), and the
 * page may be gone before the answer comes. localStorage writes at once, so a
 * copy goes there first and is removed when the real save lands; a copy still
 * there at the next start is stored then. Returns the copy's remover.
 */
export function keepUnloadCopy(attempt: Attempt): () => void {
  const key = UNLOAD_COPY_PREFIX + attempt.id;
  try {
    localStorage.setItem(key, JSON.stringify(attempt));
  } catch {
    // No room or no localStorage: the IndexedDB save is still under way.
  }
  return () => { try { localStorage.removeItem(key); } catch { /* nothing to remove */ } };
}

