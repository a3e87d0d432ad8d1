// npm run test:e2e: builds the app, then runs the Playwright tests against the
// production build in a local Chromium. With no arguments, the clinic sync
// tests run in a second Playwright beside the rest: they mostly wait on
// replication, so on two cores they fit beside the games' suite (one worker,
// software WebGL) rather than after it, inside CI's 25 minutes.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { requireChromium } from './find-chromium.mjs';

const chromium = await requireChromium();
// Free ports, so a server left running elsewhere never collides with the tests'.
const freePort = () => new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
});
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** One Playwright run on ports of its own: the app's server, and the clinic's database its /db/ leads to. */
async function playwright(args, env = {}, { quiet = false } = {}) {
  const ports = { E2E_PORT: String(await freePort()), E2E_COUCH_PORT: String(await freePort()) };
  const child = spawn('npx', ['playwright', 'test', ...args], { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium, ...ports, ...env } });
  let output = '';
  child.stdout?.on('data', (chunk) => { output += chunk; });
  child.stderr?.on('data', (chunk) => { output += chunk; });
  const status = await new Promise((resolve) => child.on('close', resolve));
  return { status, output };
}

const SYNC_SPECS = ['tests/e2e/clinic-sync.spec.ts', 'tests/e2e/chaos-sync.spec.ts'];
const args = process.argv.slice(2);
if (args.length > 0) {
  process.exit((await playwright(args)).status ?? 1);
}
// Its output waits until the games' suite has printed, so neither interleaves with the other.
const [games, sync] = await Promise.all([
  playwright([], { E2E_WITHOUT: SYNC_SPECS.join(',') }),
  playwright(SYNC_SPECS, { E2E_OUTPUT: 'test-results/artifacts-sync' }, { quiet: true }),
]);
console.log(`\nThe clinic sync tests, run beside the rest:\n${sync.output}`);
process.exit(games.status || sync.status || 0);
