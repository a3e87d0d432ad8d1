import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportToJson } from '../../../src/export/attempts-json';
import { defaultStep } from '../../../src/plans/default-step';
import { listStoredSummaries, listSummaries } from '../../../src/storage/attempts';
import { importText } from '../../../src/export/import-file';
import { damagedRecords, readAll } from '../../../src/storage/device-data';
import { settingsFrom } from '../../../src/storage/settings';
import { storeUnloadCopies } from '../../../src/storage/unload-copies';
import { keepUnloadCopy } from '../../../src/storage/unload-copy';
import type { TraceAttempt } from '../../../src/activities/trace/record';
import type { Plan, Session } from '../../../src/registry/plan';
import type { Profile } from '../../../src/schema/profile';
import { leafPaths, replaced } from '../json-paths';
import { database } from '../../../src/storage/database';
import { emptyDatabase } from './empty-database';
import { traced } from '../sample-attempt';

const MIA = '9d3c5e1a-2b4f-4c6d-8e7f-0a1b2c3d4e5f';
const PLAN = '3f1e2d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';
const SESSION = '11111111-2222-4333-8444-555555555555';

function content(): { profiles: Profile[]; plans: Plan[]; sessions: Session[]; attempts: TraceAttempt[] } {
  return {
    profiles: [{ id: MIA, nickname: 'Mia', avatar: 'owl', ageBand: '4–5', handedness: 'left', notes: '', createdAt: '2026-11-01T09:00:00.000Z' }],
    plans: [{ id: PLAN, name: 'Circles', steps: [defaultStep('trace')], assignedTo: [MIA], createdAt: '2026-11-01T09:00:00.000Z' }],
    sessions: [{ id: SESSION, planId: PLAN, profileId: MIA, startedAt: '2026-11-20T09:00:00.000Z', endedAt: '2026-11-20T09:10:00.000Z', stepsDone: 1, trialsDone: 0, skippedSteps: [], sticker: 0, note: '' }],
    attempts: [0, 1, 2].map((i) => traced(70 + i, i, { id: `0b6f1d2e-5c4a-4e8b-9f3d-2a1b0c9d8e7${i}`, profileId: MIA, session: { id: SESSION, planId: PLAN, step: 0 } })),
  };
}
const stored = async () => { const { attempts, profiles, plans, sessions } = await readAll(); return { attempts, profiles, plans, sessions }; };

beforeEach(emptyDatabase);

describe('importing into storage (IndexedDB)', () => {
  it('adds everything once; the same file again changes nothing', async () => {
    const file = exportToJson(content(), new Date());
    const first = await importText(file);
    expect(first).toMatchObject({ ok: true, report: { added: { attempts: 3, profiles: 1, plans: 1, sessions: 1 }, unchanged: 0, conflicts: [] } });
    const after = await stored();
    expect(await importText(file)).toMatchObject({ ok: true, report: { added: { attempts: 0, profiles: 0, plans: 0, sessions: 0 }, unchanged: 6, conflicts: [] } });
    expect(await stored()).toEqual(after);
  });

  it('a record whose id is here with other content is reported and left as it was', async () => {
    await importText(exportToJson(content(), new Date()));
    const before = await stored();
    const edited = content();
    edited.plans[0]!.name = 'Renamed elsewhere';
    edited.attempts[1]!.metrics.coveragePct = 12;
    const result = await importText(exportToJson(edited, new Date()));
    expect(result.ok && result.report.conflicts.sort()).toEqual([PLAN, edited.attempts[1]!.id].sort());
    expect(await stored()).toEqual(before);
  });

  it('property: a damaged file (any value replaced anywhere, or cut short) never changes a stored record, and if refused adds nothing', async () => {
    await importText(exportToJson(content(), new Date()));
    const before = await stored();
    const incoming = content();
    incoming.attempts = incoming.attempts.map((a) => ({ ...a, id: crypto.randomUUID() })); // new records, so an accepted file adds some
    const good = JSON.parse(exportToJson(incoming, new Date())) as unknown;
    const leaves = leafPaths(good);
    await fc.assert(fc.asyncProperty(
      fc.oneof(
        fc.record({ kind: fc.constant('replace' as const), at: fc.integer({ min: 0, max: leaves.length - 1 }), value: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 })) }),
        fc.record({ kind: fc.constant('cut' as const), at: fc.integer({ min: 1, max: 5000 }) }),
      ),
      async (damage) => {
        const text = damage.kind === 'cut' ? JSON.stringify(good).slice(0, damage.at) : JSON.stringify(replaced(good, leaves[damage.at]!, damage.value));
        const result = await importText(text);
        const now = await stored();
        for (const store of ['attempts', 'profiles', 'plans', 'sessions'] as const) {
          for (const record of before[store]) expect(now[store]).toContainEqual(record);
        }
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          expect(now).toEqual(before);
        }
        // Put the store back as it was for the next case.
        const db = await database();
        const tx = db.transaction('attempts', 'readwrite');
        for (const a of now.attempts) if (!before.attempts.some((b) => b.id === a.id)) await tx.store.delete(a.id);
        await tx.done;
      },
    ), { numRuns: 60 });
  });
});


describe('damaged records in storage', () => {
  it('a stored attempt, plan or summary bucket that no longer reads is skipped and counted, and the rest still read', async () => {
    await importText(exportToJson(content(), new Date()));
    const db = await database();
    await db.put('attempts', { id: 'broken', activity: 'trace', metrics: 'not metrics' });
    await db.put('plans', { id: 'broken-plan', name: 42 });
    await db.put('summaries', { key: 'x|2026-01', profileId: MIA, json: '{"cut short' });
    await db.put('summaries', { key: 'y|2026-02', profileId: MIA, json: '"a string, not a list"' });
    const all = await readAll();
    expect([all.attempts.length, all.unreadable, all.plans.length]).toEqual([3, 1, 1]);
    expect((await listSummaries(MIA)).map((s) => s.id).sort()).toEqual(content().attempts.map((a) => a.id).sort());
    expect(await listStoredSummaries()).toMatchObject({ unreadable: 1 });
    const profile = content().profiles[0]!;
    await db.put('profiles', { ...profile, id: 'broken-profile', handedness: 'both' });
    await db.put('settings', { muted: 'loud', pin: '1234', volume: 7 }, 'app');
    expect(await damagedRecords()).toEqual({ profiles: 1, plans: 1, sessions: 0, settings: ['muted', 'volume'] });
  });

  it('settings read field by field: a damaged field falls back to its default and the rest are kept', () => {
    expect(settingsFrom({ muted: 'loud', pin: '1234', volume: 7, musicVolume: 0.3 })).toEqual({
      settings: { ...settingsFrom(undefined).settings, pin: '1234', musicVolume: 0.3 },
      damaged: ['muted', 'volume'],
    });
    expect(settingsFrom('not an object')).toEqual({ settings: settingsFrom({}).settings, damaged: ['settings'] });
    expect(settingsFrom(undefined).damaged).toEqual([]);
    expect(settingsFrom(JSON.parse('{"__proto__": {"pin": "0000"}}')).settings.pin).toBeNull();
  });
});

describe('attempts left behind by a page that closed mid-save', () => {
  it('are stored at the next start, once each, and a damaged copy is dropped and counted', async () => {
    const memory = new Map<string, string>();
    // Node has no localStorage: the Storage calls the copies use, over a Map.
    const storage = {
      getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v),
      removeItem: (k: string) => void memory.delete(k), keys: () => [...memory.keys()],
    };
    const localStorage = new Proxy(storage, { ownKeys: () => storage.keys(), getOwnPropertyDescriptor: (_, k) => (memory.has(String(k)) ? { enumerable: true, configurable: true, value: memory.get(String(k)) } : undefined) });
    Object.assign(globalThis, { localStorage });
    const [first, second] = content().attempts;
    keepUnloadCopy(first!);
    const dropSecond = keepUnloadCopy(second!);
    dropSecond(); // its real save landed
    memory.set('deft-unload-copy:cut-short', '{"id": "cut');
    memory.set('unrelated', 'stays');
    expect(await storeUnloadCopies()).toEqual({ stored: 1, unreadable: 1 });
    expect((await readAll()).attempts.map((a) => a.id)).toEqual([first!.id]);
    expect([...memory.keys()]).toEqual(['unrelated']);
    // Stored already (the save did land after all), the copy does not double it.
    keepUnloadCopy(first!);
    await storeUnloadCopies();
    expect((await readAll()).attempts).toHaveLength(1);
    expect((await listSummaries(MIA)).map((s) => s.id)).toEqual([first!.id]);
    Reflect.deleteProperty(globalThis, 'localStorage');
  });
});
