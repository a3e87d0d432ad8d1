// PouchDB is typed by src/sync/pouch.ts, the part of it this app uses.
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}
