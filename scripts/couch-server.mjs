// A CouchDB-compatible server on loopback, for the sync tests and the sync bench:
// express-pouchdb, the engine of `pouchdb-server --in-memory` (npm pouchdb-server
// 4.2.0), without that CLI's optional native SQLite and LevelDB builds, which
// --in-memory never uses and which would double `npm ci`. Everything lives in
// memory. A fault switch stands between the tablets and it: the server can be
// down, or drop and delay a share of requests, as a clinic's Wi-Fi does.
import { createRequire } from 'node:module';
import { createServer } from 'node:http';

const require = createRequire(import.meta.url);

/** The clinic's administrator, created on start (CouchDB leaves a fresh server open to all until one exists). */
export const COUCH_ADMIN = { name: 'clinic-admin', password: 'admin-password-for-tests' };

let servers = 0;
let plugged = null;
/** PouchDB with its plugins, once per process (a plugin cannot be added twice). */
function pouchWithPlugins() {
  plugged ??= require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'));
  return plugged;
}

/**
 * @param {{ port?: number }} [options] port 0 (the default) picks a free one
 * @returns {Promise<{ url: string, port: number, faults: { down: boolean, dropShare: number, delayMs: number }, requests: number, close(): Promise<void>, admin(path: string, init?: RequestInit): Promise<Response> }>}
 */
export async function startCouch({ port = 0 } = {}) {
  const express = require('express');
  // Each server its own databases: memory databases of one name are shared within a process, so each gets a prefix.
  const PouchDB = pouchWithPlugins().defaults({ adapter: 'memory', prefix: `server-${++servers}-` });
  const couch = require('express-pouchdb')(PouchDB, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  const faults = { down: false, dropShare: 0, delayMs: 0 };
  const state = { requests: 0, bytesIn: 0, bytesOut: 0 };
  const app = express();
  app.use((request, response, next) => {
    state.requests++;
    // Bytes on the wire, bodies only (headers aside), as the server reads and writes them.
    state.bytesIn += Number(request.headers['content-length'] ?? 0); // read from the header: listening to the body would take it from the server
    const { write, end } = response;
    response.write = function (chunk, ...rest) { if (chunk) state.bytesOut += Buffer.byteLength(chunk); return write.call(this, chunk, ...rest); };
    response.end = function (chunk, ...rest) { if (chunk && typeof chunk !== 'function') state.bytesOut += Buffer.byteLength(chunk); return end.call(this, chunk, ...rest); };
    // Down: the connection goes, as when the server is off or out of reach.
    if (faults.down) { request.socket.destroy(); return; }
    // A dropped request: half before the server sees it, half after it has done the work but before the answer
    // leaves (the harder case: the tablet must send again without anything being stored twice).
    if (Math.random() < faults.dropShare) {
      if (Math.random() < 0.5) { request.socket.destroy(); return; }
      response.end = () => { request.socket.destroy(); return response; };
    }
    if (faults.delayMs > 0) setTimeout(next, Math.random() * faults.delayMs); else next();
  });
  app.use(couch);
  const sockets = new Set();
  const server = createServer(app);
  server.on('connection', (socket) => { sockets.add(socket); socket.on('close', () => sockets.delete(socket)); });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  const basic = `Basic ${Buffer.from(`${COUCH_ADMIN.name}:${COUCH_ADMIN.password}`).toString('base64')}`;
  const setAdmin = await fetch(`${url}/_config/admins/${COUCH_ADMIN.name}`, { method: 'PUT', body: JSON.stringify(COUCH_ADMIN.password) });
  if (!setAdmin.ok) throw new Error(`could not create the server's administrator: ${setAdmin.status}`);
  return {
    url,
    port: server.address().port,
    faults,
    get requests() { return state.requests; },
    get bytes() { return { in: state.bytesIn, out: state.bytesOut }; },
    admin: (path, init = {}) => fetch(`${url}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: basic, ...init.headers } }),
    close: () => new Promise((resolve) => { for (const socket of sockets) socket.destroy(); server.close(() => resolve()); }),
  };
}
