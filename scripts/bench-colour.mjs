// npm run bench -- colour: colouring's cost, in the app and in the core.
// 1. The app: a pen colours a 140 mm square for 30 s at 240 Hz (four moves a
//    frame) under CPU throttling; every frame's work is timed, the pointer
//    handlers that stamp the grid included, and reported second by second.
// 2. The core: the cost per sample of keeping coverage with the grid's running
//    counts, beside a naive recount of the whole grid after each sample.

const SECONDS = 30;
const RATE_HZ = 240;
const FRAME_MS = 1000 / 60;

/** Frame work as the page sees it: each animation frame's callback, plus the pointer handlers run since the last frame (that is where colour is stamped). */
/* global EventTarget -- runs in the page */
export function timeFramesAndInput() {
  const original = window.requestAnimationFrame.bind(window);
  const add = EventTarget.prototype.addEventListener;
  window.frameLog = [];
  window.recording = false;
  let input = 0;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (typeof listener !== 'function' || !type.startsWith('pointer')) return add.call(this, type, listener, options);
    const timed = function (event) { const t0 = performance.now(); try { return listener.call(this, event); } finally { input += performance.now() - t0; } };
    return add.call(this, type, timed, options);
  };
  window.requestAnimationFrame = (callback) => original((time) => {
    const t0 = performance.now();
    callback(time);
    const end = performance.now();
    if (window.recording) window.frameLog.push({ t: end, work: end - t0 + input });
    input = 0;
  });
}

export async function colourSection({ throttledPage, appUrl, benchUrl, percentile, f, throttle, pxPerMm, screenMm }) {
  // 2 first, on the benchmark page: the pure core alone.
  const core = await (async () => {
    const { page, context } = await throttledPage(throttle);
    await page.goto(benchUrl);
    await page.locator('body[data-ready=true]').waitFor();
    const result = await page.evaluate(([w, h]) => window.colourSampleBench(w, h), screenMm);
    const { path, widthMm } = await page.evaluate(([w, h]) => window.colourPathFor(w, h), screenMm);
    await context.close();
    return { ...result, path, widthMm };
  })();
  console.log('colour core', { cells: core.cells, grid: core.grid.perSecond.slice(0, 3), naive: core.naive.perSecond });

  const { page, context, cdp } = await throttledPage(throttle, { hasTouch: true });
  await page.addInitScript(timeFramesAndInput);
  await page.goto(`${appUrl}#/play/colour?picture=square&size=140&crayon=8&done=100&demo=0`);
  await page.locator('.stage[data-ready=true]').waitFor();
  await page.evaluate(() => { window.recording = true; });
  await page.waitForTimeout(8000);
  const px = (p) => ({ x: p.x * pxPerMm, y: p.y * pxPerMm });
  const pen = { pointerType: 'pen', button: 'left', force: 0.6, tiltX: 20, tiltY: -10 };
  const path = core.path;
  const start = await page.evaluate(() => performance.now());
  await cdp.send('Input.dispatchMouseEvent', { ...pen, type: 'mousePressed', ...px(path[0]), buttons: 1, clickCount: 1 });
  // Four samples a frame, paced by the clock: a frame's moves are sent together, as a stylus's arrive.
  const t0 = Date.now();
  const perFrame = RATE_HZ / 60;
  for (let i = 1; i < path.length; i += perFrame) {
    const due = t0 + ((i - 1) / perFrame) * FRAME_MS;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await Promise.all(path.slice(i, i + perFrame).map((p) => cdp.send('Input.dispatchMouseEvent', { ...pen, type: 'mouseMoved', ...px(p), buttons: 1 })));
  }
  const wallS = (Date.now() - t0) / 1000;
  const last = path.at(-1);
  await cdp.send('Input.dispatchMouseEvent', { ...pen, type: 'mouseReleased', ...px(last), buttons: 0, clickCount: 1 });
  const log = await page.evaluate(() => { window.recording = false; return window.frameLog; });
  await context.close();

  const idle = log.filter((frame) => frame.t < start).map((frame) => frame.work);
  const colouring = log.filter((frame) => frame.t >= start);
  const second = (s) => colouring.filter((frame) => frame.t >= start + (s - 1) * 1000 * (wallS / SECONDS) && frame.t < start + s * 1000 * (wallS / SECONDS)).map((frame) => frame.work);
  const stats = (xs) => ({ frames: xs.length, p50: percentile(xs, 0.5), p95: percentile(xs, 0.95) });
  const all = stats(colouring.map((frame) => frame.work));
  const bySecond = [1, 10, 20, 30].map((s) => ({ s, ...stats(second(s)) }));
  const idleStats = stats(idle);
  const gridAt = (s) => core.grid.perSecond.find((x) => x.second === s).us;
  const naiveAt = (s) => core.naive.perSecond.find((x) => x.second === s).us;
  const gridMedian = percentile(core.grid.perSecond.map((x) => x.us), 0.5);
  const text = `**Colouring: main-thread work per frame** (each animation frame's callback plus the pointer handlers run since the frame before, where colour is stamped into the coverage grid): a pen colours the ${f(core.widthMm, 0)} mm square back and forth for ${SECONDS} s of samples at ${RATE_HZ} Hz (${path.length.toLocaleString('en')} samples through Chrome's pen pipeline, four to a frame, sent over ${f(wallS, 1)} s), beside the same page with nobody touching it:

| page | frames | p50 ms | p95 ms |
| --- | ---: | ---: | ---: |
| colouring, all ${SECONDS} s | ${all.frames} | ${f(all.p50)} | ${f(all.p95)} |
${bySecond.map((b) => `| colouring, second ${b.s} | ${b.frames} | ${f(b.p50)} | ${f(b.p95)} |`).join('\n')}
| nobody touching (baseline, same page, 8 s) | ${idleStats.frames} | ${f(idleStats.p50)} | ${f(idleStats.p95)} |

- Goal p95 ≤ 16.7 ms while colouring: **${all.p95 <= 16.7 ? 'met' : 'not met'}** (${f(all.p95)} ms); colouring over idle: p95 × ${f(all.p95 / idleStats.p95, 2)}.
- Flat from the first second to the thirtieth: p95 ${f(bySecond[0].p95)} ms in second 1, ${f(bySecond[3].p95)} ms in second 30 (ratio ${f(bySecond[3].p95 / bySecond[0].p95, 2)}).

**Colouring: cost per sample of knowing the coverage** (the pure core on the benchmark page, same throttling; the grid is ${core.cells.toLocaleString('en')} cells of 0.5 mm over the whole screen; an 8 mm crayon, the same ${path.length.toLocaleString('en')} samples):

| coverage kept by | µs per sample, second 1 | second 30 | median of all seconds |
| --- | ---: | ---: | ---: |
| the grid's running counts: only the cells under the crayon (ours) | ${f(gridAt(1), 1)} | ${f(gridAt(30), 1)} | ${f(gridMedian, 1)} |
| a recount of the whole grid after each sample (baseline) | ${f(naiveAt(1), 0)} | ${f(naiveAt(30), 0)} | timed in seconds 1 and 30 only |

- The recount costs × ${f(naiveAt(30) / gridAt(30), 0)} the running counts per sample in second 30; at 240 Hz it would need ${f((naiveAt(30) * RATE_HZ) / 1000, 0)} ms of every second, the running counts ${f((gridAt(30) * RATE_HZ) / 1000, 1)} ms.`;
  return { text, all };
}
