import type { RecordChange, RecordKind } from '../storage/record-changes';

/** The attempt's whole record, gzipped: its samples are most of it, and numbers in JSON compress several times over. */
export const ATTEMPT_FILE = 'record.json.gz';

/** A record as it travels: a document of the clinic's CouchDB. */
export interface RecordDoc {
  _id: string;
  _rev?: string;
  kind: RecordKind;
  /** A profile, plan or session itself (small, and readable on the server, where conflicts are settled). */
  record?: unknown;
  /** An attempt's head, for whoever browses the server; the record itself is the attachment. */
  head?: { id: string; activity: string; profileId: string | null; startedAt: string; status: string };
  _attachments?: Record<string, { content_type: string; data: Blob } | { stub: true; content_type: string; digest: string; length: number }>;
  _conflicts?: string[];
  _deleted?: boolean;
}

export function docId(kind: RecordKind, id: string): string {
  return `${kind}:${id}`;
}

export function kindOfDoc(id: string): RecordKind | null {
  const kind = id.slice(0, id.indexOf(':'));
  return kind === 'attempt' || kind === 'profile' || kind === 'plan' || kind === 'session' ? kind : null;
}

/** The document a record travels as. An attempt never changes once stored, so its document is written once. */
export async function docFor(change: RecordChange): Promise<RecordDoc> {
  const _id = docId(change.kind, change.record.id);
  if (change.kind !== 'attempt') return { _id, kind: change.kind, record: change.record };
  const { record } = change;
  return {
    _id,
    kind: 'attempt',
    head: { id: record.id, activity: record.activity, profileId: record.profileId, startedAt: record.startedAt, status: record.status },
    _attachments: { [ATTEMPT_FILE]: { content_type: 'application/gzip', data: await gzipJson(record) } },
  };
}

/**
 * The record a document carries, as plain JSON (its schema is checked where
 * it is stored). `attachment` is the attempt's file, which a changes feed
 * leaves out.
 */
export async function recordOfDoc(doc: RecordDoc, attachment?: Blob): Promise<unknown> {
  if (doc.kind !== 'attempt') return doc.record;
  if (!attachment) throw new Error(`${doc._id} came without its record`);
  return gunzipJson(attachment);
}

export async function gzipJson(value: unknown): Promise<Blob> {
  const stream = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('gzip'));
  // The response's content type becomes the blob's: one blob, typed as PouchDB's attachment wants it.
  return new Response(stream, { headers: { 'content-type': 'application/gzip' } }).blob();
}

export async function gunzipJson(blob: Blob): Promise<unknown> {
  return JSON.parse(await new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text());
}
