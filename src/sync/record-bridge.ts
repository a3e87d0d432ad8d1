import type { Attempt } from '../registry/attempt';
import type { RecordChange, RecordKind } from '../storage/record-changes';
import { hasAttempt, storedRecord, storeSyncedRecord } from '../storage/synced-records';
import type { LocalDb, StoredDoc as Stored } from './pouch';
import { ATTEMPT_FILE, docFor, kindOfDoc, recordOfDoc, type RecordDoc } from './record-docs';


/** Where, per document, this device's stored copy last stood in step with sync: the revision its edits grow from. */
const BASES = '_local/deft-bases';

/**
 * Between this device's stored records and one local PouchDB database, the
 * one replication keeps in step with the clinic's server. Records written
 * here go in as documents; documents that arrive are written here. One piece
 * of work at a time, so an edit and an arrival never cross.
 *
 * An edit grows from the revision this device last had. When another
 * device's version arrived on top of that revision first, the edit becomes a
 * branch of its own: CouchDB's conflict, which a grown-up settles
 * (settleConflict). Nothing is overwritten unseen.
 */
export class RecordBridge {
  private queue: Promise<unknown> = Promise.resolve();
  private bases: Record<string, string> | null = null;

  constructor(
    readonly db: LocalDb,
    /** Called with each document id this device writes: it waits to be sent. */
    private readonly wrote: (id: string) => void,
  ) {}

  /** A record written on this device, into the database (an attempt once; a changed profile, plan or session as a new revision). */
  send(change: RecordChange): Promise<void> {
    return this.run(() => this.put(change));
  }

  /**
   * Attempts this database has never had (a tablet's past, when sync is first
   * turned on), written together: one bulk write for the lot, their files
   * gzipped side by side.
   */
  sendNewAttempts(records: readonly Attempt[]): Promise<void> {
    return this.run(async () => {
      const docs = await Promise.all(records.map((record) => docFor({ kind: 'attempt', record })));
      await this.db.bulkDocs(docs, { new_edits: true });
      for (const doc of docs) this.wrote(doc._id);
    });
  }

  /** A document replication brought (or this device wrote: then nothing changes), into this device's storage. */
  receive(doc: RecordDoc): Promise<void> {
    return this.run(() => this.take(doc));
  }

  /** Settles a conflict with the version a grown-up chose: it becomes the one revision, on every device. */
  settleConflict(id: string, chosenRev: string): Promise<void> {
    return this.run(async () => {
      const winner = (await this.db.get(id, { conflicts: true })) as Stored;
      const chosen = chosenRev === winner._rev ? winner : await this.db.get(id, { rev: chosenRev });
      const { rev } = await this.db.put({ _id: id, _rev: winner._rev, kind: winner.kind, record: chosen.record });
      for (const loser of winner._conflicts ?? []) await this.db.remove(id, loser);
      this.wrote(id);
      // Stored here as chosen, and in step: not an edit of this device's to send again.
      const kind = kindOfDoc(id);
      if (kind) await storeSyncedRecord(kind, chosen.record);
      await this.setBase(id, rev);
    });
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async put(change: RecordChange): Promise<void> {
    const doc = await docFor(change);
    const existing = await this.get(doc._id);
    if (change.kind === 'attempt') {
      if (!existing) await this.write(doc);
      return;
    }
    if (existing && sameJson(existing.record, change.record)) return this.setBase(doc._id, existing._rev);
    const base = (await this.readBases())[doc._id];
    if (!existing || base === existing._rev) {
      return this.setBase(doc._id, await this.write(existing ? { ...doc, _rev: existing._rev } : doc));
    }
    // Another device's version came in on top of the one this edit grew from (or this device never had one): a branch.
    await this.setBase(doc._id, await this.branch(doc, base));
  }

  private async take(doc: RecordDoc): Promise<void> {
    const kind = kindOfDoc(doc._id);
    if (!kind || doc._deleted) return; // a deletion is this device's own affair: records are never deleted by sync
    if (kind === 'attempt') {
      if (await hasAttempt(doc._id.slice(kind.length + 1))) return;
      const file = (await this.db.getAttachment(doc._id, ATTEMPT_FILE)) as Blob;
      await storeSyncedRecord('attempt', await recordOfDoc(doc, file));
      return;
    }
    const id = doc._id.slice(kind.length + 1);
    const here = await storedRecord(kind, id);
    if (here !== undefined && (await this.editedHere(doc._id, here))) await this.put({ kind, record: here } as RecordChange);
    const winner = (await this.db.get(doc._id)) as Stored;
    if (!sameJson(here, winner.record)) await storeSyncedRecord(kind, winner.record);
    await this.setBase(doc._id, winner._rev);
  }

  /** Whether the stored record differs from the revision this device last had: an edit made here, not yet in the database. */
  private async editedHere(id: string, here: unknown): Promise<boolean> {
    const base = (await this.readBases())[id];
    if (!base) return true;
    const then = await this.db.get(id, { rev: base }).catch(() => null);
    return !then || !sameJson(then.record, here);
  }

  private async branch(doc: RecordDoc, base: string | undefined): Promise<string> {
    const history = base ? ((await this.db.get(doc._id, { rev: base, revs: true }))._revisions!) : { start: 0, ids: [] };
    const hash = crypto.randomUUID().replaceAll('-', '');
    const rev = `${history.start + 1}-${hash}`;
    const branch = { ...doc, _rev: rev, _revisions: { start: history.start + 1, ids: [hash, ...history.ids] } };
    await this.db.bulkDocs([branch], { new_edits: false });
    this.wrote(doc._id);
    return rev;
  }

  private async write(doc: RecordDoc): Promise<string> {
    const { rev } = await this.db.put(doc);
    this.wrote(doc._id);
    return rev;
  }

  private get(id: string): Promise<Stored | null> {
    return (this.db.get(id) as Promise<Stored>).catch((error: { status?: number }) => {
      if (error.status === 404) return null;
      throw error;
    });
  }

  private async readBases(): Promise<Record<string, string>> {
    this.bases ??= await this.db.get(BASES).then((d) => (d as unknown as { bases: Record<string, string> }).bases, () => ({}));
    return this.bases;
  }

  private async setBase(id: string, rev: string): Promise<void> {
    const bases = await this.readBases();
    if (bases[id] === rev) return;
    bases[id] = rev;
    const stored = await this.db.get(BASES).catch(() => null);
    await this.db.put({ _id: BASES, _rev: stored?._rev, bases } as unknown as RecordDoc);
  }
}

/** Kinds whose documents can clash: everything but attempts, which never change. */
export const EDITABLE_KINDS: readonly RecordKind[] = ['profile', 'plan', 'session'];

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
