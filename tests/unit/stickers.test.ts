import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/registry/attempt-summary';
import type { Session } from '../../src/registry/plan';
import { stickerOf, stickersEarned } from '../../src/rewards/stickers-earned';
import { traced } from './sample-attempt';

const CHILD = '11111111-1111-4111-8111-111111111111';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString();
const pass = (minute: number, over = {}) => summarize({ ...traced(95, minute), profileId: CHILD, endedAt: at(minute), metrics: { ...traced(95, minute).metrics, passed: true }, ...over });
const miss = (minute: number) => summarize({ ...traced(30, minute), profileId: CHILD, endedAt: at(minute), metrics: { ...traced(30, minute).metrics, passed: false } });
const session = (minute: number, sticker: number | null): Session => ({
  id: crypto.randomUUID(), planId: crypto.randomUUID(), profileId: CHILD, startedAt: at(minute - 5), endedAt: sticker === null ? null : at(minute),
  stepsDone: 2, trialsDone: 0, skippedSteps: [], sticker, note: '',
});

describe('the sticker book, read from the records', () => {
  it('a sticker for each round won in free play and each finished session, oldest first', () => {
    const won = [pass(1), pass(7)];
    const book = stickersEarned([miss(0), ...won, miss(3), pass(4, { status: 'abandoned' })], [session(5, 3), session(9, null)], CHILD, 8);
    expect(book.map((s) => [s.by, s.earnedAt])).toEqual([['round', at(1)], ['session', at(5)], ['round', at(7)]]);
    expect(book[1]!.sticker).toBe(3);
    expect(book[0]!.sticker).toBe(stickerOf(won[0]!.id, 8));
  });

  it('rounds played in a session earn the session’s sticker, not one each; another child’s stickers stay theirs', () => {
    const inSession = pass(2, { session: { id: crypto.randomUUID(), planId: crypto.randomUUID(), step: 0 } });
    const someoneElse = pass(3, { profileId: '22222222-2222-4222-8222-222222222222' });
    expect(stickersEarned([inSession, someoneElse], [], CHILD, 8)).toEqual([]);
  });

  it('the same record always gives the same sticker, and every sticker turns up', () => {
    const ids = Array.from({ length: 400 }, () => crypto.randomUUID());
    expect(ids.map((id) => stickerOf(id, 8))).toEqual(ids.map((id) => stickerOf(id, 8)));
    expect(new Set(ids.map((id) => stickerOf(id, 8))).size).toBe(8);
  });
});
