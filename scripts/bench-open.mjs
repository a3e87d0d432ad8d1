// The "open" section of npm run bench (issue 17): how long a child waits from a
// tap on a game to the game ready, on a second visit at 4x CPU throttle: the app as
// it is, the same app built without loading games ahead of a tap (DEFT_WARM_GAMES=0,
// "before"), and a bare page that boots an empty Phaser game (the baseline).
import { spawn, spawnSync } from 'node:child_process';

const RUNS = 5;
/** A child looks at the home screen a moment before tapping; the table also shows a tap the instant it is up. */
const LOOKS_MS = [2000, 0];
const GAME = '#/play/trace?form=circle';
const COLD_PORT = 4182;

/** Builds and serves the app without the warm-up; returns its address and a stop function. */
export async function serveColdBuild(waitForPort) {
  if (spawnSync('npx', ['vite', 'build', '--outDir', 'dist-cold', '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, DEFT_WARM_GAMES: '0' } }).status !== 0) throw new Error('the cold build failed');
  const server = spawn('npx', ['vite', 'preview', '--outDir', 'dist-cold', '--port', String(COLD_PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  await waitForPort(COLD_PORT);
  return { url: `http://127.0.0.1:${COLD_PORT}/`, stop: () => { try { process.kill(-server.pid); } catch { /* gone */ } } };
}

/** Resolves in the page when `selector` matches, with performance.now() then. */
const whenPresent = (selector) => new Promise((resolve) => {
  if (document.querySelector(selector)) { resolve(performance.now()); return; }
  const observer = new MutationObserver(() => { if (document.querySelector(selector)) { observer.disconnect(); resolve(performance.now()); } });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
});

/** In the page: what a tap on a game's card does (the route changes), then the time until the game is ready. */
const openGame = (hash) => new Promise((resolve) => {
  const tapped = performance.now();
  const observer = new MutationObserver(() => {
    if (document.querySelector('.stage[data-ready=true]')) { observer.disconnect(); resolve(performance.now() - tapped); }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  location.hash = hash;
});

/** One run in a fresh browser profile: a first visit that opens the game (the files now cached), then a second visit timed. */
async function appRun(throttledPage, url, looksMs) {
  const { page, context } = await throttledPage();
  await page.goto(`${url}#/`);
  await page.locator('body[data-screen=home]').waitFor();
  await page.evaluate((hash) => { location.hash = hash; }, GAME);
  await page.locator('.stage[data-ready=true]').waitFor();
  await page.evaluate(() => { location.hash = '#/'; });
  await page.locator('body[data-screen=home]').waitFor();
  await page.waitForTimeout(1000); // the service worker has stored everything
  await page.reload();
  const homeMs = await page.evaluate(whenPresent, 'body[data-screen=home]');
  await page.waitForTimeout(looksMs);
  const tapToReadyMs = await page.evaluate(openGame, GAME);
  await context.close();
  return { homeMs, tapToReadyMs };
}

async function bareRun(throttledPage, url, looksMs) {
  const { page, context } = await throttledPage();
  await page.goto(url);
  await page.locator('body[data-ready=true]').waitFor();
  await page.evaluate(() => window.bootEmptyGame());
  await page.reload();
  await page.locator('body[data-ready=true]').waitFor();
  await page.waitForTimeout(looksMs);
  const tapToReadyMs = await page.evaluate(() => window.bootEmptyGame());
  await context.close();
  return { tapToReadyMs };
}

export async function openSection({ throttledPage, appUrl, benchUrl, waitForPort, percentile, f }) {
  const cold = await serveColdBuild(waitForPort);
  const runs = {};
  const note = (key, value) => { (runs[key] ??= []).push(value); console.log('open', key, value); };
  try {
    // Alternating, so all three see the machine alike.
    for (let i = 0; i < RUNS; i++) {
      for (const looks of LOOKS_MS) {
        note(`after-${looks}`, await appRun(throttledPage, appUrl, looks));
        note(`before-${looks}`, await appRun(throttledPage, cold.url, looks));
        note(`bare-${looks}`, await bareRun(throttledPage, `${benchUrl}bare.html`, looks));
      }
    }
  } finally {
    cold.stop();
  }
  const p50 = (key, field) => percentile(runs[key].map((r) => r[field]), 0.5);
  const range = (key, field) => { const xs = runs[key].map((r) => r[field]); return `${f(Math.min(...xs), 0)}–${f(Math.max(...xs), 0)}`; };
  const row = (label, key) => `| ${label} | ${f(p50(key, 'tapToReadyMs'), 0)} | ${range(key, 'tapToReadyMs')} |`;
  const after = p50('after-2000', 'tapToReadyMs');
  const homeAfter = p50('after-2000', 'homeMs');
  const homeBefore = p50('before-2000', 'homeMs');
  return {
    after,
    text: `| a second visit; the tap comes… | tap to ready p50 ms | range (${RUNS} runs) |
| --- | ---: | ---: |
${row('2 s after the home screen is up: Deft (after)', 'after-2000')}
${row('2 s after: Deft without loading games ahead (before)', 'before-2000')}
${row('2 s after: an empty Phaser game from a bare page (baseline)', 'bare-2000')}
${row('the instant the home screen is up: Deft (after)', 'after-0')}
${row('the instant it is up: Deft without loading ahead (before)', 'before-0')}
${row('the instant it is up: an empty Phaser game (baseline)', 'bare-0')}

- Goal tap to ready ≤ 1000 ms (2 s on the home screen, p50 of ${RUNS}): **${after <= 1000 ? 'met' : 'not met'}** (${f(after, 0)} ms; before ${f(p50('before-2000', 'tapToReadyMs'), 0)} ms).
- The home screen's own time to interactive on a second visit (reload to \`body[data-screen=home]\`), p50: ${f(homeAfter, 0)} ms after, ${f(homeBefore, 0)} ms before: **${homeAfter <= homeBefore * 1.1 ? 'not worse' : 'worse'}**.`,
  };
}
