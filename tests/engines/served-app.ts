import { serveBuiltApp, type AppServer } from '../e2e/static-server';
import type { EngineDriver } from './engine-driver';

/**
 * What the page itself reports going wrong, kept in sessionStorage so a
 * reload keeps it: uncaught errors, rejected promises nobody handled, CSP
 * violations (a blocked eval among them) and console errors. WebKit's
 * WebDriver has no log to read, so the page keeps its own, in every engine alike.
 */
const WATCH = `(() => {
  const key = 'deft-engine-problems';
  const note = (text) => { try { const list = JSON.parse(sessionStorage.getItem(key) || '[]'); list.push(String(text).slice(0, 400)); sessionStorage.setItem(key, JSON.stringify(list)); } catch (_) { /* storage full: nothing to do */ } };
  addEventListener('error', (e) => note('error: ' + ((e.error && e.error.stack) || e.message)));
  addEventListener('unhandledrejection', (e) => note('unhandled rejection: ' + ((e.reason && e.reason.stack) || e.reason)));
  addEventListener('securitypolicyviolation', (e) => note('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { note('console.error: ' + args.map(String).join(' ')); consoleError(...args); };
})();
`;
const WATCH_FILE = 'engine-watch.js';

/**
 * The built app, served with the watch above as its first script, a file of
 * the app like any other: in the offline files too (the service worker's
 * list), so an offline reload is watched as well.
 */
export async function serveWatchedApp(): Promise<AppServer> {
  const server = await serveBuiltApp();
  server.write(WATCH_FILE, WATCH);
  const html = server.read('index.html');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/)?.[0];
  if (!csp) throw new Error('dist/index.html has no CSP meta tag to put the watch after');
  server.write('index.html', html.replace(csp, `${csp}<script src="./${WATCH_FILE}"></script>`));
  const worker = server.read('sw.js');
  if (!worker.includes('{url:"index.html"')) throw new Error('dist/sw.js has no precache entry for index.html');
  server.write('sw.js', worker.replace('{url:"index.html"', `{url:"${WATCH_FILE}",revision:"1"},{url:"index.html"`));
  return server;
}

/** Everything the page reported going wrong since the tab opened. */
export function problems(driver: EngineDriver): Promise<string[]> {
  return driver.evaluate(() => JSON.parse(sessionStorage.getItem('deft-engine-problems') ?? '[]') as string[]);
}
