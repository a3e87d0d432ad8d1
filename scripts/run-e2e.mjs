// npm run test:e2e: builds the app, then runs the Playwright tests against the
// production build in a local Chromium.
import { spawnSync } from 'node:child_process';
import { requireChromium } from './find-chromium.mjs';

const chromium = await requireChromium();
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)], { CHROMIUM_PATH: chromium });
