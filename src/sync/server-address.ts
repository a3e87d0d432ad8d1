import { LOOPBACK_HOSTS as LOOPBACK } from './allowed-origin';

export type ServerAddress = { ok: true; url: string } | { ok: false; problem: 'not-an-address' | 'needs-https' | 'not-allowed' };

/**
 * The clinic server's address as typed (a path such as `/db/` means this
 * app's own origin), checked: HTTPS except on this machine, and an origin the
 * page may reach (its own, or the one the build allowed: connect-src), with a
 * closing slash so database names can follow it.
 */
export function serverAddress(typed: string, pageOrigin: string, allowedOrigins: readonly string[] = []): ServerAddress {
  let url: URL;
  try {
    url = new URL(typed.trim(), `${pageOrigin}/`);
  } catch {
    return { ok: false, problem: 'not-an-address' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'not-an-address' };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return { ok: false, problem: 'needs-https' };
  if (url.origin !== pageOrigin && !allowedOrigins.includes(url.origin)) return { ok: false, problem: 'not-allowed' };
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, url: url.href };
}
