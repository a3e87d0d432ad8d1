import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveProfile } from '../../../src/storage/profiles';
import { startClinicSync, stopClinicSync, syncStatus, type ClinicSyncConfig } from '../../../src/sync/clinic-sync';
import type { Profile } from '../../../src/schema/profile';
import { emptyDatabase } from './empty-database';

/** Every database sync opens (local or the server's), by name: what a stopped sync must no longer do. */
const opened = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/sync/pouch', async () => {
  const { nodeDb } = await import('./node-pouch');
  function FakePouch(name: string) { opened.push(name); return nodeDb(`${name}-${opened.length}`); }
  FakePouch.fetch = (url: string, init: RequestInit) => fetch(url, init);
  return { loadPouch: async () => FakePouch };
});

const SERVER = 'http://127.0.0.1:5984/';
const STAFF: ClinicSyncConfig = { on: true, server: SERVER, name: 'therapist-ana', role: 'staff', databases: [] };
const MIA: Profile = { id: '5f0c6a52-3b1e-4c7e-9d2a-1e8f4b6c2a10', nickname: 'Mia', avatar: 'fox', ageBand: '4–5', handedness: 'right', notes: '', createdAt: '2026-11-01T09:00:00.000Z' };

/** The clinic's server as fetch sees it: the session answers only when `answerSession` is called; every database is there. */
function slowServer() {
  let answerSession = () => {};
  const asked = new Promise<void>((resolveAsked) => {
    vi.stubGlobal('fetch', (url: string) => {
      if (url.endsWith('_session')) {
        resolveAsked();
        return new Promise<Response>((resolve) => { answerSession = () => resolve(Response.json({ userCtx: { name: STAFF.name, roles: ['deft-staff'] } })); });
      }
      return Promise.resolve(Response.json({ db_name: url.slice(SERVER.length) }));
    });
  });
  return { asked, answer: () => answerSession() };
}

describe('clinic sync turned off while it is still starting', () => {
  beforeEach(async () => { opened.length = 0; await emptyDatabase(); await saveProfile(MIA); });
  afterEach(async () => { await stopClinicSync(); vi.unstubAllGlobals(); });

  it('stops: no database is opened or linked, and a record saved after is not sent', async () => {
    const server = slowServer();
    const starting = startClinicSync(STAFF);
    await server.asked; // the server is slow to say who is signed in
    await stopClinicSync();
    server.answer();
    await starting;
    await saveProfile({ ...MIA, notes: 'after sync was turned off' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toEqual([]);
    expect(syncStatus().running).toBe(false);
  });

  it('left on, the same start links the clinic and the child (the stub server serves a real start)', async () => {
    const server = slowServer();
    const starting = startClinicSync(STAFF);
    await server.asked;
    server.answer();
    await starting;
    expect(syncStatus().databases.map((d) => d.name).sort()).toEqual(['deft-child-5f0c6a52-3b1e-4c7e-9d2a-1e8f4b6c2a10', 'deft-clinic']);
    expect(opened.length).toBeGreaterThan(0);
  });
});
