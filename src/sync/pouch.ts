import type { RecordDoc } from './record-docs';

/**
 * The part of PouchDB this app uses, typed here: DefinitelyTyped's PouchDB
 * types declare a global `Buffer` that breaks Node's, which the tests use.
 */
export interface LocalDb {
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<StoredDoc>;
  put(doc: object): Promise<{ rev: string }>;
  remove(id: string, rev: string): Promise<unknown>;
  bulkDocs(docs: object[], options: { new_edits: false }): Promise<unknown>;
  getAttachment(id: string, name: string): Promise<Blob>;
  allDocs(options: { startkey?: string; endkey?: string; include_docs?: boolean; conflicts?: boolean; keys?: string[] }): Promise<{ rows: { id: string; value: { rev: string }; doc?: StoredDoc }[] }>;
  changes(options: { since: number | string; live?: boolean; include_docs?: boolean; conflicts?: boolean; return_docs?: boolean }): ChangesFeed;
  sync(remote: LocalDb, options: { live: boolean; retry: boolean; back_off_function?: (delay: number) => number }): SyncHandle;
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export type StoredDoc = RecordDoc & { _rev: string; _conflicts?: string[]; _revisions?: { start: number; ids: string[] } };

export interface ChangesFeed extends PromiseLike<{ results: { id: string; seq: number | string; doc?: StoredDoc }[]; last_seq: number | string }> {
  on(event: 'change', listener: (change: { id: string; seq: number | string; doc?: StoredDoc }) => void): ChangesFeed;
  on(event: 'error', listener: (error: unknown) => void): ChangesFeed;
  cancel(): void;
}

export interface SyncHandle {
  on(event: 'change', listener: (info: { direction: 'push' | 'pull'; change: { docs: { _id: string }[]; last_seq: number | string; pending?: number } }) => void): SyncHandle;
  on(event: 'paused', listener: (error?: unknown) => void): SyncHandle;
  on(event: 'active', listener: () => void): SyncHandle;
  on(event: 'denied' | 'error', listener: (error: unknown) => void): SyncHandle;
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
