import { activityOf } from '../registry/activities';
import type { AttemptSummary } from '../registry/attempt-summary';
import type { Session } from '../registry/plan';

/** One sticker in a child's book: what earned it, and when. */
export interface EarnedSticker {
  /** The attempt or session that earned it: the same sticker every time the book opens. */
  readonly id: string;
  /** Which picture, 0 .. count - 1. */
  readonly sticker: number;
  readonly earnedAt: string;
  readonly by: 'round' | 'session';
}

/**
 * A child's sticker book, read from what is stored, oldest first: a sticker
 * for every round won in free play (each activity says which attempts win
 * one) and one for every finished session (the sticker it chose). Nothing is
 * stored twice, so the book can never disagree with the records, and a
 * record imported from another tablet brings its sticker with it.
 */
export function stickersEarned(summaries: readonly AttemptSummary[], sessions: readonly Session[], profileId: string | null, stickerCount: number): EarnedSticker[] {
  const rounds = summaries
    .filter((s) => s.profileId === profileId && !s.session)
    .flatMap((s): EarnedSticker[] => { const sticker = roundSticker(s, stickerCount); return sticker === null ? [] : [{ id: s.id, sticker, earnedAt: s.endedAt, by: 'round' }]; });
  const finished = sessions
    .filter((s) => s.profileId === profileId && s.sticker !== null && s.endedAt !== null)
    .map((s): EarnedSticker => ({ id: s.id, sticker: s.sticker! % stickerCount, earnedAt: s.endedAt!, by: 'session' }));
  return [...rounds, ...finished].sort((a, b) => a.earnedAt.localeCompare(b.earnedAt) || a.id.localeCompare(b.id));
}

/** The sticker an attempt wins as the end of a round (its activity says whether it does), or null. */
export function roundSticker(summary: AttemptSummary, stickerCount: number): number | null {
  const earns = activityOf(summary.activity).earnsSticker as (s: AttemptSummary) => boolean;
  return earns(summary) ? stickerOf(summary.id, stickerCount) : null;
}

/** A sticker chosen by the id (FNV-1a): varied, and the same on every tablet. */
export function stickerOf(id: string, stickerCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % stickerCount;
}
