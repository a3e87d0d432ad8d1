// The "sampling" section of npm run bench (issue 17): how each engine delivers a
// stroke. WebKit and Firefox come from the cross-engine smoke pass (run here);
// Chromium is driven the same way through its touch pipeline (CDP) here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const OUT = 'test-results/engines';
const PX_PER_MM = 96 / 25.4;

/** A fast stroke on an empty page: 120 points, moves sent 16 at a time as a 240 Hz stylus's arrive between frames. */
async function chromiumFastStroke(browser, blankUrl) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  const page = await context.newPage();
  // A page of our own origin: getCoalescedEvents is offered only in a secure context (about:blank is not one).
  await page.goto(blankUrl);
  await page.evaluate(() => {
    document.documentElement.style.cssText = 'height: 100%; touch-action: none';
    document.body.style.cssText = 'height: 100%; margin: 0';
    const seen = { events: 0, samples: 0, coalescedEvents: typeof window.PointerEvent.prototype.getCoalescedEvents === 'function' };
    window.deftSampling = seen;
    window.addEventListener('pointermove', (e) => { seen.events++; seen.samples += Math.max(1, e.getCoalescedEvents?.().length ?? 0); }, { capture: true });
  });
  const cdp = await context.newCDPSession(page);
  const moves = Array.from({ length: 120 }, (_, i) => ({ x: 200 + i * 4, y: 300 + 80 * Math.sin(i / 12), id: 1 }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [moves[0]] });
  for (let i = 1; i < moves.length; i += 16) await Promise.all(moves.slice(i, i + 16).map((p) => cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] })));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  const seen = await page.evaluate(() => window.deftSampling);
  await context.close();
  return { moves: moves.length - 1, ...seen };
}

/** A traced vertical line in the app, a move every 16 ms as the other engines' drivers send them: what the record says. */
async function chromiumTraceRecord(browser, appUrl) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${appUrl}#/play/trace?form=vertical&demo=0`);
  await page.locator('.stage[data-ready=true]').waitFor();
  const cdp = await context.newCDPSession(page);
  const x = 512;
  const top = 384 - 35 * PX_PER_MM;
  const points = Array.from({ length: 37 }, (_, i) => ({ x, y: top + i * 2 * PX_PER_MM, id: 1 }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [points[0]] });
  for (const p of points.slice(1)) { await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] }); await page.waitForTimeout(16); }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.locator('.stage[data-saved="1"]').waitFor();
  const device = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('deft');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('attempts').objectStore('attempts').getAll();
      all.onsuccess = () => resolve(all.result[0].device);
    };
  }));
  await context.close();
  return device;
}

export async function samplingSection({ browser, appUrl, blankUrl, f }) {
  if (spawnSync('node', ['scripts/run-engines.mjs', '--built'], { stdio: 'inherit' }).status !== 0) throw new Error('the cross-engine pass failed');
  const read = (engine, what) => JSON.parse(readFileSync(`${OUT}/${engine}-${what}.json`, 'utf8'));
  const rows = [
    { engine: 'Chromium (Blink)', driver: 'CDP touch events', fast: await chromiumFastStroke(browser, blankUrl), record: await chromiumTraceRecord(browser, appUrl) },
    ...['webkit', 'firefox'].map((engine) => ({ engine: `${read(engine, 'sampling').version} (${engine === 'webkit' ? 'WebKit' : 'Gecko'})`, driver: engine === 'webkit' ? 'WebDriver classic actions' : 'WebDriver BiDi actions', fast: read(engine, 'fast-stroke'), record: read(engine, 'sampling') })),
  ];
  return `| engine | input from | getCoalescedEvents | fast stroke: moves sent | pointermove events | samples (coalesced included) | traced line: record's \`coalescedEvents\` | \`sampleIntervalMs\` |
| --- | --- | --- | ---: | ---: | ---: | --- | ---: |
${rows.map((r) => `| ${r.engine} | ${r.driver} | ${r.fast.coalescedEvents ? 'yes' : 'no'} | ${r.fast.moves} | ${r.fast.events} | ${r.fast.samples} | ${r.record.coalescedEvents} | ${f(r.record.sampleIntervalMs, 1)} |`).join('\n')}`;
}
