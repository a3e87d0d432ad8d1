import { describe, expect, it } from 'vitest';
import { childDatabase, childOfDatabase, CLINIC_DATABASE, databaseFor } from '../../src/sync/database-names';
import { gunzipJson, gzipJson, kindOfDoc } from '../../src/sync/record-docs';
import { serverAddress } from '../../src/sync/server-address';
import { allowedSyncOrigin } from '../../src/sync/allowed-origin';
import { overall, type DatabaseStatus } from '../../src/sync/sync-status';
import { sampleAttempt } from './sample-attempt';

const PAGE = 'https://deft.clinic.example';

describe("the clinic server's address", () => {
  it('a path means this app\'s own origin, and always ends in a slash', () => {
    expect(serverAddress('/db/', PAGE)).toEqual({ ok: true, url: `${PAGE}/db/` });
    expect(serverAddress(' /db ', PAGE)).toEqual({ ok: true, url: `${PAGE}/db/` });
    expect(serverAddress(`${PAGE}/couch?x=1#y`, PAGE)).toEqual({ ok: true, url: `${PAGE}/couch/` });
  });
  it('HTTPS is required, except on this machine', () => {
    expect(serverAddress('http://deft.clinic.example/db/', 'http://deft.clinic.example')).toEqual({ ok: false, problem: 'needs-https' });
    expect(serverAddress('/db/', 'http://127.0.0.1:4173')).toEqual({ ok: true, url: 'http://127.0.0.1:4173/db/' });
    expect(serverAddress('http://localhost:5984/', 'http://localhost:5984')).toEqual({ ok: true, url: 'http://localhost:5984/' });
  });
  it('another origin only when the build allowed exactly that one (connect-src)', () => {
    expect(serverAddress('https://couch.clinic.example/', PAGE)).toEqual({ ok: false, problem: 'not-allowed' });
    expect(serverAddress('https://couch.clinic.example/', PAGE, ['https://couch.clinic.example'])).toEqual({ ok: true, url: 'https://couch.clinic.example/' });
    expect(serverAddress('https://evil.example/', PAGE, ['https://couch.clinic.example'])).toEqual({ ok: false, problem: 'not-allowed' });
  });
  it('what is not a web address says so', () => {
    expect(serverAddress('ftp://x/', PAGE)).toEqual({ ok: false, problem: 'not-an-address' });
    expect(serverAddress('http://[bad', PAGE)).toEqual({ ok: false, problem: 'not-an-address' });
  });
});

describe('where each record syncs', () => {
  const id = '5F0C6A52-3B1E-4C7E-9D2A-1E8F4B6C2A10';
  it("a child's profile, attempts and sessions to the child's own database; plans to the clinic's; a guest's attempt nowhere", () => {
    expect(childDatabase(id)).toBe('deft-child-5f0c6a52-3b1e-4c7e-9d2a-1e8f4b6c2a10'); // CouchDB names are lower case
    expect(childOfDatabase(childDatabase(id))).toBe(id.toLowerCase());
    expect(childOfDatabase(CLINIC_DATABASE)).toBeNull();
    expect(databaseFor({ kind: 'attempt', record: { ...sampleAttempt(), profileId: id } })).toBe(childDatabase(id));
    expect(databaseFor({ kind: 'attempt', record: sampleAttempt() })).toBeNull();
    expect(databaseFor({ kind: 'plan', record: { id, name: 'p', steps: [], assignedTo: [id], createdAt: '2026-11-01T00:00:00.000Z' } as never })).toBe(CLINIC_DATABASE);
  });
  it("a document's kind from its id; the clinic's directory entries are no record", () => {
    expect(kindOfDoc('attempt:abc')).toBe('attempt');
    expect(kindOfDoc('profile:abc')).toBe('profile');
    expect(kindOfDoc('child:abc')).toBeNull();
    expect(kindOfDoc('_local/deft-progress')).toBeNull();
  });
  it("an attempt's file is gzip, typed as such, several times smaller than its JSON, and comes back equal", async () => {
    const record = sampleAttempt();
    const file = await gzipJson(record);
    expect(file.type).toBe('application/gzip');
    expect(new Uint8Array(await file.slice(0, 2).arrayBuffer())).toEqual(new Uint8Array([0x1f, 0x8b])); // gzip's magic number
    expect(file.size * 3).toBeLessThan(JSON.stringify(record).length);
    expect(await gunzipJson(file)).toEqual(record);
  });
});

describe('the status a grown-up reads', () => {
  const db = (over: Partial<DatabaseStatus>): DatabaseStatus => ({ name: 'deft-clinic', state: 'idle', lastSyncedAt: '2026-11-30T10:00:00.000Z', waiting: 0, problem: null, ...over });
  it('in step as of the oldest database, everything waiting summed, every problem named', () => {
    const status = { running: true, signedIn: true, conflicts: [], databases: [db({}), db({ name: 'deft-child-a', lastSyncedAt: '2026-11-30T09:00:00.000Z', waiting: 3, state: 'offline', problem: 'out of reach' })] };
    expect(overall(status)).toEqual({ lastSyncedAt: '2026-11-30T09:00:00.000Z', waiting: 3, problems: [{ database: 'deft-child-a', problem: 'out of reach' }] });
  });
  it('never in step while one database never has been', () => {
    expect(overall({ running: true, signedIn: true, conflicts: [], databases: [db({}), db({ lastSyncedAt: null })] }).lastSyncedAt).toBeNull();
  });
});

describe('the build setting for a CouchDB on another origin (DEFT_SYNC_ORIGIN)', () => {
  it('none by default: connect-src stays \'self\'', () => {
    expect(allowedSyncOrigin(undefined)).toBeNull();
    expect(allowedSyncOrigin('')).toBeNull();
  });
  it('exactly one https origin', () => {
    expect(allowedSyncOrigin('https://couch.clinic.example')).toBe('https://couch.clinic.example');
    expect(allowedSyncOrigin('https://couch.clinic.example/')).toBe('https://couch.clinic.example');
    expect(allowedSyncOrigin('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984');
  });
  it('never a wildcard, a path, plain http elsewhere, or not an address: the build fails', () => {
    for (const typed of ['https://*.clinic.example', '*', 'https://couch.clinic.example/db', 'http://couch.clinic.example', 'couch.clinic.example', 'https://a.example https://b.example']) {
      expect(() => allowedSyncOrigin(typed), typed).toThrow(/DEFT_SYNC_ORIGIN/);
    }
  });
});
