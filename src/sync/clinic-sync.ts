import { listSummaries } from '../storage/attempts';
import { listPlans, listSessions } from '../storage/plans';
import { listProfiles } from '../storage/profiles';
import { onRecordChange, type RecordChange } from '../storage/record-changes';
import type { Settings } from '../storage/settings';
import { storedAttempts } from '../storage/synced-records';
import type { Attempt } from '../registry/attempt';
import { createDatabase, currentUser, isServerAdmin, type CouchUser } from './couch-account';
import { childDatabase, CLINIC_DATABASE, databaseFor } from './database-names';
import { DatabaseLink } from './database-link';
import { loadPouch, type PouchStatic } from './pouch';
import { SYNC_OFF, type SyncStatus } from './sync-status';

export type ClinicSyncConfig = NonNullable<Settings['clinicSync']>;

/** Past attempts sent a batch at a time when sync starts: 50 of 600 samples are a few MB of records to gzip and write. */
const BACKFILL_BATCH = 50;

/**
 * Clinic sync while it runs: one replicated database per child this device
 * keeps (staff: every child of the clinic, and the clinic's own; a family:
 * its child's), each both ways and live, retrying on its own when the
 * server is out of reach. Runs beside the games and never holds them up.
 */
class ClinicSync {
  private readonly links = new Map<string, DatabaseLink>();
  private user: CouchUser | null | 'unreachable' = 'unreachable';
  private stopListening = () => {};
  private signedIn = true;
  /** Turned off, maybe while still starting: from then on nothing new is linked, listened to or sent. */
  private stopped = false;
  /** Links still starting, which a stop waits for before stopping them. */
  private readonly starting = new Set<Promise<unknown>>();
  private pouch: PouchStatic | null = null;

  constructor(private readonly config: ClinicSyncConfig, private readonly loading: Promise<PouchStatic>, private readonly changed: () => void) {}

  async start(): Promise<void> {
    [this.pouch, this.user] = await Promise.all([this.loading, currentUser(this.config.server)]);
    if (this.stopped) return;
    if (this.user === null) {
      this.signedIn = false;
      this.changed();
      return;
    }
    this.stopListening = onRecordChange((change) => void this.send(change));
    const names = this.config.role === 'staff'
      ? [CLINIC_DATABASE, ...(await listProfiles()).map((p) => childDatabase(p.id))]
      : this.config.databases;
    await Promise.all(names.map((name) => this.link(name)));
    await this.backfill();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopListening();
    await Promise.allSettled([...this.starting]);
    await Promise.all([...this.links.values()].map((link) => link.stop()));
    this.links.clear();
  }

  status(): SyncStatus {
    const links = [...this.links.values()];
    return {
      running: true,
      signedIn: this.signedIn,
      databases: links.map((l) => l.status),
      conflicts: links.flatMap((l) => [...l.conflicts].map((id) => ({ database: l.name, id }))),
    };
  }

  linkFor(database: string): DatabaseLink | undefined {
    return this.links.get(database);
  }

  /** A database to keep in step (once): created on the server first if missing and this sign-in may. */
  private async link(name: string): Promise<DatabaseLink | null> {
    if (this.links.has(name)) return this.links.get(name)!;
    if (this.stopped || !this.pouch) return null;
    if (this.config.role === 'family' && !this.config.databases.includes(name)) return null;
    const link = new DatabaseLink(name, this.config.server, this.pouch, {
      changed: this.changed,
      createOnServer: this.user !== 'unreachable' && this.user && isServerAdmin(this.user) ? () => createDatabase(this.config.server, name) : null,
      newChild: (profileId) => void this.link(childDatabase(profileId)),
      lapsed: () => { this.signedIn = false; this.changed(); },
    });
    this.links.set(name, link);
    const started = link.start();
    this.starting.add(started);
    await started.finally(() => this.starting.delete(started));
    if (!this.stopped && this.config.role === 'staff' && name !== CLINIC_DATABASE) await this.links.get(CLINIC_DATABASE)?.listChild(name);
    return link;
  }

  private async send(change: RecordChange): Promise<void> {
    const name = databaseFor(change);
    if (!name) return;
    const link = await this.link(name);
    await link?.bridge.send(change).catch((error: unknown) => console.warn('Deft could not queue a record for sync', error));
  }

  /** Everything stored here that a database does not hold yet (written before sync was on, or while the page closed): sent. */
  private async backfill(): Promise<void> {
    const [profiles, plans, sessions, summaries] = await Promise.all([listProfiles(), listPlans(), listSessions(), listSummaries()]);
    const changes: RecordChange[] = [
      ...profiles.map((record) => ({ kind: 'profile', record }) as const),
      ...plans.map((record) => ({ kind: 'plan', record }) as const),
      ...sessions.map((record) => ({ kind: 'session', record }) as const),
    ];
    for (const change of changes) if (!this.stopped) await this.send(change);
    const byDatabase = new Map<string, string[]>();
    for (const s of summaries) {
      if (!s.profileId) continue;
      const name = childDatabase(s.profileId);
      byDatabase.set(name, byDatabase.get(name) ?? []).get(name)!.push(s.id);
    }
    for (const [name, ids] of byDatabase) {
      const link = this.links.get(name);
      if (!link) continue;
      const missing = await link.missingAttempts(ids);
      for (let i = 0; i < missing.length && !this.stopped; i += BACKFILL_BATCH) {
        await link.bridge.sendNewAttempts((await storedAttempts(missing.slice(i, i + BACKFILL_BATCH))) as Attempt[]);
      }
    }
  }
}

let running: ClinicSync | null = null;
const listeners = new Set<(status: SyncStatus) => void>();
const announce = () => { const status = syncStatus(); for (const listener of listeners) listener(status); };

/** Starts (or restarts) clinic sync with these settings. */
export async function startClinicSync(config: ClinicSyncConfig): Promise<void> {
  await stopClinicSync();
  // Running from this moment, so that turning sync off while it starts stops this one.
  const sync = new ClinicSync(config, loadPouch(), announce);
  running = sync;
  await sync.start();
  announce();
}

export async function stopClinicSync(): Promise<void> {
  const sync = running;
  running = null;
  await sync?.stop();
  announce();
}

export function syncStatus(): SyncStatus {
  return running?.status() ?? SYNC_OFF;
}

export function onSyncStatus(listener: (status: SyncStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The versions of a conflicted record, the current winner first. */
export async function conflictVersions(database: string, id: string): Promise<{ rev: string; record: unknown }[]> {
  return running?.linkFor(database)?.versions(id) ?? [];
}

export async function settleConflict(database: string, id: string, rev: string): Promise<void> {
  const link = running?.linkFor(database);
  if (!link) throw new Error('clinic sync is not running');
  await link.settle(id, rev);
  announce();
}
