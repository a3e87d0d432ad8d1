/** What one database's replication is doing, as a grown-up reads it. */
export interface DatabaseStatus {
  readonly name: string;
  /** syncing: sending or receiving; idle: in step; offline: the server is out of reach (it retries); refused: the sign-in may not; missing: not on the server yet. */
  readonly state: 'starting' | 'syncing' | 'idle' | 'offline' | 'refused' | 'missing';
  /** When it was last in step with the server (ISO). */
  readonly lastSyncedAt: string | null;
  /** Documents written here and not yet on the server. */
  readonly waiting: number;
  /** Why, when it is not in step: the server's own words where it gave some. */
  readonly problem: string | null;
}

export interface SyncStatus {
  readonly running: boolean;
  /** False when the server's session has lapsed: a grown-up signs in again (no password is kept). */
  readonly signedIn: boolean;
  readonly databases: readonly DatabaseStatus[];
  /** Documents edited on two devices at once: each waits for a grown-up to choose. */
  readonly conflicts: readonly { readonly database: string; readonly id: string }[];
}

export const SYNC_OFF: SyncStatus = { running: false, signedIn: false, databases: [], conflicts: [] };

/** Everything at once: the newest time all were in step, everything waiting, and the first problem. */
export function overall(status: SyncStatus): { lastSyncedAt: string | null; waiting: number; problems: { database: string; problem: string }[] } {
  const times = status.databases.map((d) => d.lastSyncedAt);
  const lastSyncedAt = times.length && times.every((t) => t !== null) ? (times as string[]).sort()[0]! : null;
  return {
    lastSyncedAt,
    waiting: status.databases.reduce((n, d) => n + d.waiting, 0),
    problems: status.databases.flatMap((d) => (d.problem ? [{ database: d.name, problem: d.problem }] : [])),
  };
}
