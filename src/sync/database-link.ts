import { childOfDatabase } from './database-names';
import type { ChangesFeed, LocalDb, PouchStatic, Replication, StoredDoc } from './pouch';
import { docId } from './record-docs';
import { EDITABLE_KINDS, RecordBridge } from './record-bridge';
import type { DatabaseStatus } from './sync-status';

/** Where this device's replication stands, kept beside the documents (local documents never replicate). */
const PROGRESS = '_local/deft-progress';
interface Progress { applied: number | string; pushed: number | string; lastSyncedAt: string | null }

/** A child's entry in the clinic's directory. */
const DIRECTORY = 'child:';

/** Waits between retries while the server is out of reach: soon at first, at most a minute apart. */
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 60_000;

interface LinkHooks {
  changed(): void;
  /** Creates the database on the server, when this sign-in may (its administrator's); null when it may not. */
  createOnServer: (() => Promise<Response>) | null;
  /** A child the clinic's directory lists, to keep in step too (staff). */
  newChild(profileId: string): void;
  /** The server no longer knows this sign-in: a grown-up signs in again. */
  lapsed(): void;
}

/**
 * One database kept in step: a local PouchDB replicating both ways, live,
 * with the server's, and its changes fed into this device's storage.
 */
export class DatabaseLink {
  status: DatabaseStatus;
  readonly conflicts = new Set<string>();
  readonly bridge: RecordBridge;
  private readonly local: LocalDb;
  private readonly unsent = new Set<string>();
  private progress: Progress = { applied: 0, pushed: 0, lastSyncedAt: null };
  private replications: Replication[] = [];
  /** Each direction's last word: still going, paused in step, or paused on an error (it retries). */
  private readonly directions = { push: { paused: false, error: null as unknown }, pull: { paused: false, error: null as unknown } };
  private feed: ChangesFeed | null = null;

  constructor(readonly name: string, private readonly server: string, private readonly pouch: PouchStatic, private readonly hooks: LinkHooks) {
    this.status = { name, state: 'starting', lastSyncedAt: null, waiting: 0, problem: null };
    this.local = new pouch(`deft-sync-${name}`);
    this.bridge = new RecordBridge(this.local, (id) => { this.unsent.add(id); this.set({}); });
  }

  async start(): Promise<void> {
    this.progress = await this.local.get(PROGRESS).then((d) => d as unknown as Progress, () => this.progress);
    this.set({ lastSyncedAt: this.progress.lastSyncedAt });
    // What was written here after the last push the server acknowledged still waits.
    for (const change of (await this.local.changes({ since: this.progress.pushed })).results) if (!change.id.startsWith('_local/')) this.unsent.add(change.id);
    await this.findConflicts();
    this.feed = this.local.changes({ since: this.progress.applied, live: true, include_docs: true, conflicts: true, return_docs: false })
      .on('change', (change) => void this.arrived(change.id, change.seq, change.doc))
      .on('error', (error) => console.warn(`Deft stopped reading ${this.name}'s changes`, error));
    if (await this.onServer()) this.replicate();
  }

  async stop(): Promise<void> {
    for (const replication of this.replications) replication.cancel();
    this.feed?.cancel();
    if (this.saveTimer) { clearTimeout(this.saveTimer); this.saveTimer = null; void this.save({}); }
    await this.saving;
    await this.local.close();
  }

  /** Of these attempt ids, the ones this database does not hold yet. */
  async missingAttempts(ids: readonly string[]): Promise<string[]> {
    const rows = (await this.local.allDocs({ keys: ids.map((id) => docId('attempt', id)) })).rows as { id: string; value?: { rev: string }; error?: string }[];
    return ids.filter((_, i) => !rows[i]?.value || rows[i]?.error);
  }

  /** Lists a child in the clinic's directory (this is the clinic's database): one entry per child, naming nothing but the id, so staff tablets find every child. */
  async listChild(database: string): Promise<void> {
    const profileId = childOfDatabase(database);
    if (!profileId) return;
    const id = `${DIRECTORY}${profileId}`;
    if (await this.local.get(id).then(() => true, () => false)) return;
    await this.local.put({ _id: id, kind: 'child' });
    this.unsent.add(id);
    this.set({});
  }

  async versions(id: string): Promise<{ rev: string; record: unknown }[]> {
    const winner = await this.local.get(id, { conflicts: true });
    const losers = await Promise.all((winner._conflicts ?? []).map((rev) => this.local.get(id, { rev })));
    return [winner, ...losers].map((doc) => ({ rev: doc._rev, record: doc.record }));
  }

  async settle(id: string, rev: string): Promise<void> {
    await this.bridge.settleConflict(id, rev);
    this.conflicts.delete(id);
    this.set({});
  }

  /** Whether the server has this database (creating it when this sign-in may); otherwise the status says why not. */
  private async onServer(): Promise<boolean> {
    let response: Response;
    try {
      response = await fetch(`${this.server}${this.name}`, { credentials: 'include' });
    } catch {
      return true; // out of reach: replication retries until it is back
    }
    if (response.status === 404 && this.hooks.createOnServer) response = await this.hooks.createOnServer();
    if (response.ok) return true;
    if (response.status === 404) this.set({ state: 'missing', problem: "not on the clinic's server yet: its administrator creates it (a tablet signed in as the administrator does so itself)" });
    else if (response.status === 401 || response.status === 403) this.set({ state: 'refused', problem: `the server refused this sign-in (${response.status})` });
    else this.set({ state: 'offline', problem: `the server answered ${response.status}` });
    return response.status >= 500;
  }

  private replicate(): void {
    const remote = new this.pouch(`${this.server}${this.name}`, { skip_setup: true, fetch: (url, init) => wholeAnswer(this.pouch, url, init) });
    const options = { live: true, retry: true, back_off_function: (delay: number) => (delay === 0 ? RETRY_FIRST_MS : Math.min(delay * 2, RETRY_MAX_MS)) };
    for (const direction of ['push', 'pull'] as const) {
      const replication = direction === 'push' ? this.local.replicate.to(remote, options) : this.local.replicate.from(remote, options);
      const state = this.directions[direction];
      replication
        .on('active', () => { state.paused = false; state.error = null; this.updateState(); })
        .on('paused', (error) => {
          state.paused = true;
          state.error = error ?? null;
          // Sent everything written here so far: nothing waits.
          if (direction === 'push' && !error) void this.allSent();
          this.updateState();
        })
        .on('denied', (error) => this.set({ problem: `the server refused a record: ${reason(error)}` }))
        .on('error', (error) => { state.error = error; this.updateState(); });
      this.replications.push(replication);
    }
  }

  /** The status from both directions: out of reach while either stopped on an error, in step once both rest without one. */
  private updateState(): void {
    const { push, pull } = this.directions;
    const error = push.error ?? pull.error;
    if (error) return this.failed(error);
    if (!push.paused || !pull.paused) return this.set({ state: 'syncing', problem: null });
    const lastSyncedAt = new Date().toISOString();
    this.set({ state: 'idle', problem: null, lastSyncedAt });
    void this.save({ lastSyncedAt });
  }

  private async allSent(): Promise<void> {
    const { update_seq: pushed } = await this.local.info();
    this.unsent.clear();
    this.set({});
    await this.save({ pushed });
  }

  private failed(error: unknown): void {
    const status = (error as { status?: number } | undefined)?.status;
    if (status === 401 || status === 403) {
      this.set({ state: 'refused', problem: `the server refused this sign-in (${status})` });
      if (status === 401) this.hooks.lapsed();
      return;
    }
    this.set({ state: 'offline', problem: `out of reach (${reason(error)}): it tries again` });
  }

  private async arrived(id: string, seq: number | string, doc: StoredDoc | undefined): Promise<void> {
    if (!doc) return;
    if (id.startsWith(DIRECTORY)) this.hooks.newChild(id.slice(DIRECTORY.length));
    try {
      await this.bridge.receive(doc);
      if (doc._conflicts?.length) this.conflicts.add(id); else this.conflicts.delete(id);
      this.progress.applied = seq;
      this.saveSoon();
      this.set({});
    } catch (error) {
      this.set({ problem: `could not store ${id}: ${reason(error)}` });
    }
  }

  private async findConflicts(): Promise<void> {
    for (const kind of EDITABLE_KINDS) {
      const { rows } = await this.local.allDocs({ startkey: `${kind}:`, endkey: `${kind}:\uffff`, include_docs: true, conflicts: true });
      for (const row of rows) if (row.doc?._conflicts?.length) this.conflicts.add(row.id);
    }
  }

  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** How far the feed has been taken in, noted at most every half second: a few taken in twice after a crash change nothing (an attempt is stored once; an edit compares). */
  private saveSoon(): void {
    this.saveTimer ??= setTimeout(() => { this.saveTimer = null; void this.save({}); }, 500);
  }

  private saving: Promise<unknown> = Promise.resolve();
  private save(change: Partial<Progress>): Promise<unknown> {
    this.progress = { ...this.progress, ...change };
    this.saving = this.saving.then(async () => {
      const stored = await this.local.get(PROGRESS).catch(() => null);
      await this.local.put({ ...this.progress, _id: PROGRESS, _rev: stored?._rev });
    }).catch((error: unknown) => console.warn('Deft could not note how far sync has come', error));
    return this.saving;
  }

  private set(change: Partial<DatabaseStatus>): void {
    this.status = { ...this.status, ...change, waiting: this.unsent.size };
    this.hooks.changed();
  }
}

/**
 * The server's answer, with the session cookie sent, as PouchDB can read it.
 * The clinic's proxy answers for a CouchDB it cannot reach (502, 504) in its
 * own words, not JSON; and a JSON answer cut short (the connection dropped
 * mid-answer) is no answer. PouchDB parses every answer as JSON, and some of
 * its paths let that failure escape unhandled: so the first becomes CouchDB's
 * JSON error with the proxy's status, the second the lost connection it is,
 * and replication retries both like any other failure.
 */
async function wholeAnswer(pouch: PouchStatic, url: string, init: RequestInit): Promise<Response> {
  const response = await pouch.fetch(url, { ...init, credentials: 'include' });
  if (!(response.headers.get('content-type') ?? '').includes('json')) {
    if (response.ok) return response; // an attachment
    const reason = `the clinic's server did not answer (${response.status} from its proxy)`;
    return new Response(JSON.stringify({ error: 'unreachable', reason }), { status: response.status, headers: { 'content-type': 'application/json' } });
  }
  const body = await response.text();
  try {
    JSON.parse(body);
  } catch {
    throw new TypeError(`the answer from ${new URL(url, location.href).pathname} was cut short`);
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

function reason(error: unknown): string {
  const e = error as { reason?: string; message?: string; status?: number } | undefined;
  return e?.reason ?? e?.message ?? String(error);
}
