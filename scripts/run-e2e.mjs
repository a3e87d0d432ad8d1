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
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)], { CHROMIUM_PATH: chromium, E2E_PORT: String(port), E2E_COUCH_PORT: String(couchPort) });
