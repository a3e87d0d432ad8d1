import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createAttemptKeeper, isQuotaError } from '../../../src/storage/attempt-keeper';
import type { Attempt } from '../../../src/registry/attempt';
import { sampleAttempt } from '../sample-attempt';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const attempt = (n: number): Attempt => ({ ...sampleAttempt(), id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` });

/** A store that refuses while `full` is set, like a device out of space. */
function fakeStore() {
  const stored: string[] = [];
  const state = { full: false, broken: false };
  const save = vi.fn(async (a: Attempt) => {
    if (state.full) throw quotaError();
    if (state.broken) throw new Error('InvalidStateError');
    stored.push(a.id);
  });
  return { stored, state, save };
}

describe('keeping attempts when storage refuses them', () => {
  it('stores each attempt at once while there is space', async () => {
    const store = fakeStore();
    const keeper = createAttemptKeeper(store.save);
    expect(await keeper.keep(attempt(1))).toMatchObject({ kind: 'saved', stored: [{ id: attempt(1).id }] });
    expect(store.stored).toEqual([attempt(1).id]);
    expect(keeper.held).toBe(0);
  });

  it('holds attempts while the device is full and stores them, in order, once space is freed', async () => {
    const store = fakeStore();
    const keeper = createAttemptKeeper(store.save);
    await keeper.keep(attempt(1));
    store.state.full = true;
    expect(await keeper.keep(attempt(2))).toMatchObject({ kind: 'full', stored: [], held: 1 });
    expect(await keeper.keep(attempt(3))).toMatchObject({ kind: 'full', stored: [], held: 2 });
    store.state.full = false;
    const outcome = await keeper.keep(attempt(4));
    expect(outcome.kind).toBe('saved');
    expect(outcome.stored.map((a) => a.id)).toEqual([2, 3, 4].map((n) => attempt(n).id));
    expect(store.stored).toEqual([1, 2, 3, 4].map((n) => attempt(n).id));
    expect(keeper.held).toBe(0);
  });

  it('names other storage failures apart from a full device, and holds those attempts too', async () => {
    const store = fakeStore();
    const keeper = createAttemptKeeper(store.save);
    store.state.broken = true;
    expect(await keeper.keep(attempt(1))).toMatchObject({ kind: 'failed', held: 1 });
    store.state.broken = false;
    expect((await keeper.keep(attempt(2))).stored).toHaveLength(2);
  });

  it('drops only a record the schema refuses (a bug), so it never blocks the attempts after it', async () => {
    const stored: string[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const keeper = createAttemptKeeper(async (a) => {
      if (a.id === attempt(1).id) throw new z.ZodError([]);
      stored.push(a.id);
    });
    expect((await keeper.keep(attempt(1))).kind).toBe('saved');
    await keeper.keep(attempt(2));
    expect(stored).toEqual([attempt(2).id]);
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });

  it('recognises a quota error however the browser names it', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
