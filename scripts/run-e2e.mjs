// npm run test:e2e: builds the app, then runs the Playwright tests against the
// production build in a local Chromium.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { requireChromium } from './find-chromium.mjs';

const chromium = await requireChromium();
// Free ports, so a server left running elsewhere never collides with the tests'.
const freePort = () => new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
});
const port = await freePort();
// The clinic's database for the sync tests, which they start and stop themselves; the app's server proxies /db/ to it.
const couchPort = await freePort();
const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
const env = { CHROMIUM_PATH: chromium, E2E_PORT: String(port), E2E_COUCH_PORT: String(couchPort) };
const asked = process.argv.slice(2);
// Given files or options, one run as asked (one browser at a time). Else the games alone, then the files that
// never wait on a frame (playwright.config.ts) two at a time: the second half runs even when the first failed.
const runs = asked.length ? [asked] : [['--project=games'], ['--project=side-by-side', '--workers=2']];
const failed = runs.map((args) => run('npx', ['playwright', 'test', ...args], env)).filter((status) => status !== 0);
process.exit(failed.length ? 1 : 0);
