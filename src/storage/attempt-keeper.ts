import { z } from '../schema/zod';
import type { Attempt } from '../registry/attempt';
import { saveAttempt } from './attempts';

export type KeepOutcome =
  /** Stored, with any attempts held back before it. */
  | { readonly kind: 'saved'; readonly stored: readonly Attempt[] }
  /** The device is out of space: held in memory and tried again with the next attempt. */
  | { readonly kind: 'full'; readonly stored: readonly Attempt[]; readonly held: number }
  /** Storage failed otherwise (private mode, a broken database): held the same way. */
  | { readonly kind: 'failed'; readonly stored: readonly Attempt[]; readonly held: number; readonly error: unknown };

/** What browsers call "no space left" (Firefox had its own name). */
const QUOTA_ERRORS = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

export function isQuotaError(error: unknown): boolean {
  return QUOTA_ERRORS.has(String((error as { name?: unknown } | null)?.name));
}

/**
 * Saves each attempt the moment it ends. When storage refuses (full, or
 * unavailable), the attempt is not dropped: it waits in memory, in order,
 * and is saved before the next one, so freeing space loses nothing made
 * while the app stayed open.
 */
export function createAttemptKeeper(save: (attempt: Attempt) => Promise<void> = saveAttempt) {
  const held: Attempt[] = [];
  return {
    get held(): number { return held.length; },
    /** Everything waiting, taken out: a page giving its database up to a newer version keeps them elsewhere. */
    drain(): Attempt[] { return held.splice(0, held.length); },
    async keep(attempt: Attempt): Promise<KeepOutcome> {
      const queue = held.splice(0, held.length);
      queue.push(attempt);
      const stored: Attempt[] = [];
      for (const [index, next] of queue.entries()) {
        try {
          await save(next);
          stored.push(next);
        } catch (error) {
          // A record the schema refuses is a bug in the game, not a storage problem: holding it would block every later save.
          if (error instanceof z.ZodError) { console.error('Deft made an attempt record it cannot store', error); continue; }
          held.push(...queue.slice(index));
          return isQuotaError(error) ? { kind: 'full', stored, held: held.length } : { kind: 'failed', stored, held: held.length, error };
        }
      }
      return { kind: 'saved', stored };
    },
  };
}
