/** Hosts where plain http is allowed: this machine only (a test server, a developer's CouchDB). */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The build setting DEFT_SYNC_ORIGIN, checked (vite.config.ts): one origin,
 * such as https://couch.clinic.example, that the page may reach besides its
 * own (connect-src). Never a wildcard, a path or plain http beyond this
 * machine: a mistake fails the build rather than open the policy.
 */
export function allowedSyncOrigin(typed: string | undefined): string | null {
  if (!typed) return null;
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    throw new Error(`DEFT_SYNC_ORIGIN must be one origin, such as https://couch.clinic.example (given: ${typed})`);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (url.origin !== typed.replace(/\/$/, '') || !secure || typed.includes('*')) {
    throw new Error(`DEFT_SYNC_ORIGIN must be one https origin, such as https://couch.clinic.example (given: ${typed})`);
  }
  return url.origin;
}
