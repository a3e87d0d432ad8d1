import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getAttempt, listSummaries, saveAttempt } from '../../../src/storage/attempts';
import { listProfiles, saveProfile } from '../../../src/storage/profiles';
import { onRecordArrived } from '../../../src/storage/record-changes';
import { ATTEMPT_FILE, docFor, docId, recordOfDoc } from '../../../src/sync/record-docs';
import { RecordBridge } from '../../../src/sync/record-bridge';
import { storedAttemptSchema } from '../../../src/registry/attempt';
import type { Profile } from '../../../src/schema/profile';
import { sampleAttempt } from '../sample-attempt';
import { emptyDatabase } from './empty-database';
import { nodeDb, type TestDb } from './node-pouch';

const MIA: Profile = { id: '5f0c6a52-3b1e-4c7e-9d2a-1e8f4b6c2a10', nickname: 'Mia', avatar: 'fox', ageBand: '4–5', handedness: 'right', notes: '', createdAt: '2026-11-01T09:00:00.000Z' };
const json = (value: unknown) => JSON.stringify(value);

/** This device (its storage, the fake IndexedDB) with its local database and bridge, and the clinic's server as another database. */
function tablet() {
  const local = nodeDb();
  const server = nodeDb();
  const sent: string[] = [];
  const bridge = new RecordBridge(local, (id) => sent.push(id));
  /** Replication both ways, then what arrived taken into storage, as the live feed does. */
  const syncWith = async (other: TestDb) => {
    await local.syncOnce(other);
    for (const row of (await local.allDocs({ include_docs: true, conflicts: true })).rows) if (row.doc) await bridge.receive(row.doc);
  };
  return { local, server, bridge, sent, syncWith };
}

/** Mia's profile made here and synced, and another tablet that has the same version from the server. */
async function miaOnTwoTablets() {
  const here = tablet();
  await saveProfile(MIA);
  await here.bridge.send({ kind: 'profile', record: MIA });
  await here.syncWith(here.server);
  const other = nodeDb();
  await other.syncOnce(here.server);
  return { here, other, base: await other.get(docId('profile', MIA.id)) };
}

describe('records through sync (src/sync/record-bridge.ts)', () => {
  beforeEach(emptyDatabase);

  it('an attempt travels as its whole record gzipped, and comes out identical, once', async () => {
    const attempt = { ...sampleAttempt(), profileId: MIA.id };
    const doc = await docFor({ kind: 'attempt', record: attempt });
    const file = doc._attachments![ATTEMPT_FILE] as { data: Blob };
    expect(file.data.size).toBeLessThan(json(attempt).length / 3); // numbers compress several times over
    expect(json(await recordOfDoc(doc, file.data))).toBe(json(attempt));

    // Played on another tablet, sent to the server; this one receives it.
    const elsewhere = nodeDb();
    await elsewhere.put(doc);
    const { server, syncWith } = tablet();
    await elsewhere.syncOnce(server);
    let arrivals = 0;
    const stop = onRecordArrived(() => arrivals++);
    await syncWith(server);
    await syncWith(server); // and again: nothing more
    stop();
    expect(arrivals).toBe(1);
    // As the tablet it was played on stores it (its schema's defaults filled in, once, at that boundary).
    expect(json(await getAttempt(attempt.id))).toBe(json(storedAttemptSchema.parse(attempt)));
    expect((await listSummaries(MIA.id)).map((s) => s.id)).toEqual([attempt.id]);
  });

  it('an attempt played here goes to the server once, with its file', async () => {
    const attempt = { ...sampleAttempt(), profileId: MIA.id };
    await saveAttempt(attempt);
    const { bridge, server, local, sent } = tablet();
    await bridge.send({ kind: 'attempt', record: attempt });
    await bridge.send({ kind: 'attempt', record: attempt });
    expect(sent).toEqual([docId('attempt', attempt.id)]);
    await local.syncOnce(server);
    const stored = await server.get(docId('attempt', attempt.id));
    expect(stored.head).toEqual({ id: attempt.id, activity: 'trace', profileId: MIA.id, startedAt: attempt.startedAt, status: 'completed' });
    expect(json(await recordOfDoc(stored, await server.getAttachment(stored._id, ATTEMPT_FILE)))).toBe(json(attempt));
  });

  it('a profile edited on two tablets while apart: both versions kept, the grown-up chooses, every device ends with the choice', async () => {
    const { here, other, base } = await miaOnTwoTablets();
    // The other tablet, from the same version, renames her; this one changes her notes. Neither sees the other.
    await other.put({ ...base, record: { ...MIA, nickname: 'Mia R.' } });
    const edited = { ...MIA, notes: 'prefers the stylus' };
    await saveProfile(edited);
    await here.bridge.send({ kind: 'profile', record: edited });
    // Back together.
    await other.syncOnce(here.server);
    await here.syncWith(here.server);
    const winner = await here.local.get(docId('profile', MIA.id), { conflicts: true });
    expect(winner._conflicts).toHaveLength(1);
    const versions = [winner.record, (await here.local.get(winner._id, { rev: winner._conflicts![0]! })).record];
    expect(versions.map((v) => (v as Profile).nickname).sort()).toEqual(['Mia', 'Mia R.']);
    // This device shows the winning version meanwhile; the other is kept, not overwritten.
    expect(json((await listProfiles())[0])).toBe(json(winner.record));
    // The grown-up keeps the renamed one.
    const renamedRev = (winner.record as Profile).nickname === 'Mia R.' ? winner._rev : winner._conflicts![0]!;
    await here.bridge.settleConflict(winner._id, renamedRev);
    expect((await listProfiles())[0]!.nickname).toBe('Mia R.');
    await here.syncWith(here.server);
    await other.syncOnce(here.server);
    const settled = await other.get(docId('profile', MIA.id), { conflicts: true });
    expect(settled._conflicts ?? []).toEqual([]);
    expect((settled.record as Profile).nickname).toBe('Mia R.');
  });

  it("an edit made here while sync was not running is never overwritten by another tablet's edit: it becomes the other version", async () => {
    const { here, other, base } = await miaOnTwoTablets();
    await other.put({ ...base, record: { ...MIA, ageBand: '5–6' } });
    await other.syncOnce(here.server);
    // Edited here with sync off (nothing sent); then the other tablet's version arrives.
    await saveProfile({ ...MIA, handedness: 'left' });
    await here.syncWith(here.server);
    const winner = await here.local.get(docId('profile', MIA.id), { conflicts: true });
    expect(winner._conflicts).toHaveLength(1);
    const both = [winner.record, (await here.local.get(winner._id, { rev: winner._conflicts![0]! })).record] as Profile[];
    expect(both.map((p) => `${p.ageBand} ${p.handedness}`).sort()).toEqual(['4–5 left', '5–6 right']);
  });
});
