import { describe, expect, it } from 'vitest';
import { AttemptLifecycle } from '../../src/activity/attempt-lifecycle';
import { z } from '../../src/schema/zod';
import type { AttemptHead } from '../../src/schema/record-head';

const DEVICE = { viewport: { width: 1024, height: 768 }, devicePixelRatio: 2, pxPerMm: 3.78, frame: { left: 0, top: 0 }, userAgent: 'test' };
const SESSION = { id: '11111111-2222-4333-8444-555555555555', planId: '3f1e2d4c-5b6a-4987-8a6b-5c4d3e2f1a0b', step: 1 };
const recordSchema = z.object({ id: z.uuid(), status: z.string(), endReason: z.string(), profileId: z.string().nullable(), startedAt: z.iso.datetime(), device: z.object({ pxPerMm: z.number() }), session: z.object({ id: z.uuid(), step: z.int() }).optional(), touches: z.int() });

function harness(options: { session?: typeof SESSION } = {}) {
  let now = 1000;
  let touches = 0;
  let parses = 0;
  const saved: Record<string, unknown>[] = [];
  const counting = { parse: (value: unknown) => { parses++; return recordSchema.parse(value); } } as unknown as z.ZodType;
  const lifecycle = new AttemptLifecycle(
    { profileId: 'mia', saveAttempt: async (r) => { saved.push(r as unknown as Record<string, unknown>); }, ...options },
    counting,
    { touched: () => touches > 0, build: (head: AttemptHead) => ({ ...head, startedAt: head.startedAt.toISOString(), endedAt: head.endedAt.toISOString(), touches }) },
    () => now,
  );
  return { lifecycle, saved, touch: () => { touches++; }, tick: (ms: number) => { now += ms; }, parses: () => parses };
}

describe('the attempt lifecycle every activity shares', () => {
  it('begins an attempt at the clock, finishes it with a record checked once and saved, then waits out the pause', () => {
    const h = harness();
    expect(h.lifecycle.begin(DEVICE)).toBe(1000);
    h.touch();
    const record = h.lifecycle.finish<{ id: string; status: string; touches: number }>('finished', 2000);
    expect(record).toMatchObject({ status: 'completed', endReason: 'finished', profileId: 'mia', touches: 1, device: { pxPerMm: 3.78 } });
    expect(h.saved).toEqual([record]);
    expect(h.parses()).toBe(1);
    expect(h.lifecycle.ready).toBe(false);
    h.tick(1999);
    expect(h.lifecycle.due()).toBe(false);
    h.tick(1);
    expect(h.lifecycle.due()).toBe(true);
    h.lifecycle.begin(DEVICE);
    expect(h.lifecycle.ready).toBe(true);
    expect(h.lifecycle.due()).toBe(false);
  });

  it('the pause may depend on the result', () => {
    const h = harness();
    h.lifecycle.begin(DEVICE);
    h.lifecycle.finish<{ touches: number }>('finished', (r) => (r.touches > 0 ? 5000 : 100));
    h.tick(100);
    expect(h.lifecycle.due()).toBe(true);
  });

  it('leaving keeps a touched attempt as abandoned, once; an untouched one is not stored', async () => {
    const h = harness();
    h.lifecycle.begin(DEVICE);
    await h.lifecycle.abandon('home');
    expect(h.saved).toEqual([]);
    h.touch();
    await h.lifecycle.abandon('resize');
    await h.lifecycle.abandon('hidden'); // already ended: nothing more
    expect(h.saved).toHaveLength(1);
    expect(h.saved[0]).toMatchObject({ status: 'abandoned', endReason: 'resize' });
  });

  it('in a session every record carries its session, checked with the record', () => {
    const h = harness({ session: SESSION });
    h.lifecycle.begin(DEVICE);
    h.touch();
    expect(h.lifecycle.finish('finished', 0)).toMatchObject({ session: { id: SESSION.id, step: 1 } });
  });

  it('each attempt has its own id', () => {
    const h = harness();
    h.lifecycle.begin(DEVICE);
    h.touch();
    const first = h.lifecycle.finish<{ id: string }>('finished', 0);
    h.lifecycle.begin(DEVICE);
    expect(h.lifecycle.finish<{ id: string }>('finished', 0).id).not.toBe(first.id);
  });

  it('a record its own schema refuses says which fields: the activity has a bug to find', () => {
    const refusing = new AttemptLifecycle({ profileId: null, saveAttempt: async () => undefined }, recordSchema,
      { touched: () => true, build: (head: AttemptHead) => ({ ...head, startedAt: head.startedAt.toISOString(), touches: -0.5 }) }, () => 0);
    refusing.begin(DEVICE);
    expect(() => refusing.finish('finished', 0)).toThrow(/does not match its schema: touches: /);
  });
});
