import { createRequire } from 'node:module';
import type { LocalDb } from '../../../src/sync/pouch';

const require = createRequire(import.meta.url);
/** PouchDB as it runs in Node, in memory: the engine of the tests' CouchDB (scripts/couch-server.mjs). */
const NodePouch = require('pouchdb-core').plugin(require('pouchdb-adapter-memory')).plugin(require('pouchdb-replication')).defaults({ adapter: 'memory' });

type Attachments = Record<string, { data?: unknown }>;

/** Node's PouchDB takes and gives attachments as Buffers where the browser's takes and gives Blobs: the app's side stays the browser's. */
async function toBuffers(doc: { _attachments?: Attachments }): Promise<object> {
  if (!doc._attachments) return doc;
  const attachments = Object.fromEntries(await Promise.all(Object.entries(doc._attachments).map(async ([name, a]) => [name, a.data instanceof Blob ? { ...a, data: Buffer.from(await a.data.arrayBuffer()) } : a])));
  return { ...doc, _attachments: attachments };
}

export interface TestDb extends LocalDb {
  /** Replicates both ways, once, with another database (a tablet with the server). */
  syncOnce(other: TestDb): Promise<void>;
  readonly raw: unknown;
}

let count = 0;
export function nodeDb(name = `db-${++count}`): TestDb {
  const db = new NodePouch(name);
  return {
    raw: db,
    get: (id, options) => db.get(id, options ?? {}),
    put: async (doc) => db.put(await toBuffers(doc)),
    remove: (id, rev) => db.remove(id, rev),
    bulkDocs: async (docs, options) => db.bulkDocs(await Promise.all(docs.map(toBuffers)), options),
    getAttachment: async (id, file) => new Blob([await db.getAttachment(id, file)]),
    allDocs: (options) => db.allDocs(options),
    changes: (options) => db.changes(options),
    replicate: {
      to: (remote, options) => db.replicate.to((remote as TestDb).raw, options),
      from: (remote, options) => db.replicate.from((remote as TestDb).raw, options),
    },
    info: () => db.info(),
    close: () => db.close(),
    syncOnce: (other) => db.sync(other.raw),
  };
}
