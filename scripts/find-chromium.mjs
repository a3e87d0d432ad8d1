// Finds a Chromium for the end-to-end tests and the benchmarks: CHROMIUM_PATH,
// then Debian's /usr/bin/chromium, then Playwright's own download, if any.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    const { chromium } = await import('playwright-core');
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core not installed yet: npm install first
  }
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

export async function requireChromium() {
  const path = await findChromium();
  if (path) return path;
  console.error(`No Chromium found for the browser tests.
Install one, then run the command again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  or point to any Chromium or Chrome:  CHROMIUM_PATH=/path/to/chrome npm test`);
  process.exit(1);
}
