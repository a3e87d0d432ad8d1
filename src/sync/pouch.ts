import type { RecordDoc } from './record-docs';

/**
 * The part of PouchDB this app uses, typed here: DefinitelyTyped's PouchDB
 * types declare a global `Buffer` that breaks Node's, which the tests use.
 */
export interface LocalDb {
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<StoredDoc>;
  put(doc: object): Promise<{ rev: string }>;
  remove(id: string, rev: string): Promise<unknown>;
  bulkDocs(docs: object[], options: { new_edits: boolean }): Promise<unknown>;
  getAttachment(id: string, name: string): Promise<Blob>;
  allDocs(options: { startkey?: string; endkey?: string; include_docs?: boolean; conflicts?: boolean; keys?: string[] }): Promise<{ rows: { id: string; value: { rev: string }; doc?: StoredDoc }[] }>;
  changes(options: { since: number | string; live?: boolean; include_docs?: boolean; conflicts?: boolean; return_docs?: boolean }): ChangesFeed;
  readonly replicate: {
    to(remote: LocalDb, options: ReplicationOptions): Replication;
    from(remote: LocalDb, options: ReplicationOptions): Replication;
  };
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  close(): Promise<void>;
}

export type StoredDoc = RecordDoc & { _rev: string; _conflicts?: string[]; _revisions?: { start: number; ids: string[] } };

export interface ChangesFeed extends PromiseLike<{ results: { id: string; seq: number | string; doc?: StoredDoc }[]; last_seq: number | string }> {
  on(event: 'change', listener: (change: { id: string; seq: number | string; doc?: StoredDoc }) => void): ChangesFeed;
  on(event: 'error', listener: (error: unknown) => void): ChangesFeed;
  cancel(): void;
}

export interface ReplicationOptions {
  live: boolean;
  retry: boolean;
  back_off_function?: (delay: number) => number;
}

/** One direction of replication, live: 'paused' comes with the error when it stopped on one (PouchDB's two-way sync drops it). */
export interface Replication {
  on(event: 'change', listener: (info: { docs: { _id: string }[]; last_seq: number | string }) => void): Replication;
  on(event: 'paused', listener: (error?: unknown) => void): Replication;
  on(event: 'active', listener: () => void): Replication;
  on(event: 'denied' | 'error', listener: (error: unknown) => void): Replication;
  cancel(): void;
}

export interface PouchStatic {
  new (name: string, options?: { skip_setup?: boolean; fetch?: (url: string, init: RequestInit) => Promise<Response> }): LocalDb;
  fetch(url: string, init: RequestInit): Promise<Response>;
}

/** PouchDB, loaded the first time sync starts: with sync off, not a byte of it is read. */
export async function loadPouch(): Promise<PouchStatic> {
  return (await import('pouchdb-browser')).default as unknown as PouchStatic;
}
