// Types for couch-server.mjs, which the end-to-end tests (TypeScript) and the sync bench (plain Node) share.
export declare const COUCH_ADMIN: { readonly name: string; readonly password: string };

export interface CouchServer {
  readonly url: string;
  readonly port: number;
  /** down: every connection is dropped; dropShare: this share of requests is dropped; delayMs: each waits up to this long. */
  readonly faults: { down: boolean; dropShare: number; delayMs: number };
  readonly requests: number;
  /** Request and response bodies, in bytes, since the server started. */
  readonly bytes: { readonly in: number; readonly out: number };
  admin(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export declare function startCouch(options?: { port?: number }): Promise<CouchServer>;
