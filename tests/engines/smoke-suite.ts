import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFileSchema, type ExportFile } from '../../src/export/export-file';
import type { AppServer } from '../e2e/static-server';
import { waitFor, waitUntil, type EngineDriver } from './engine-driver';
import { openFirefox } from './firefox-driver';
import { ringTaps, sortCarries, traceStrokes, type Screen } from './rounds-on-screen';
import { problems, serveWatchedApp } from './served-app';
import { openWebKit } from './webkit-driver';

/**
 * One smoke pass per engine beside Chromium's deep suite (tests/e2e): the
 * home screen, each activity played to the end of a round with the engine's
 * own pointer input, the grown-ups' gate held for its three seconds, the JSON
 * export checked against the schema, an offline reload through the service
 * worker, and no page errors. scripts/run-engines.mjs finds the browsers and
 * starts Xvfb; the paths come from there.
 */
const OUT = 'test-results/engines';
const ENGINES: Record<EngineDriver['engine'], () => Promise<EngineDriver>> = {
  webkit: () => openWebKit({ driver: process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver', browser: process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser' }, VIEWPORT),
  firefox: () => openFirefox(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', VIEWPORT),
};
const VIEWPORT = { width: 1024, height: 768 };
/** The gate opens after 3 s held; a second more lets a slow frame fill the ring before the lift. */
const GATE_PRESS_MS = 4300;
const wanted = (process.env.DEFT_ENGINES ?? 'webkit,firefox').split(',') as EngineDriver['engine'][];

/** One engine's pass; each engine has its own test file (webkit.test.ts, firefox.test.ts), so the two run side by side. */
export function smokeSuite(engine: EngineDriver['engine']): void {
  mkdirSync(OUT, { recursive: true });
  describe.skipIf(!wanted.includes(engine))(engine, () => {
    let driver: EngineDriver;
    let server: AppServer;
    let screen: Screen;
    const shot = (name: string) => driver.screenshot(`${OUT}/${engine}-${name}.png`);
    /** Opens a game from a fresh home screen, so the stage waited for is the new game's. */
    const play = async (hash: string) => {
      await driver.goto(`${server.url}#/`);
      await waitFor(driver, 'body[data-screen=home]');
      await driver.goto(`${server.url}${hash}`);
      await waitFor(driver, '.stage[data-ready=true]');
      screen = await settledScreen(driver);
    };
    const roundOver = async (name: string) => {
      try {
        await waitFor(driver, '.stage[data-saved="1"]');
        await waitFor(driver, '.round-over', 15_000);
      } finally {
        await shot(name);
      }
    };

    beforeAll(async () => {
      server = await serveWatchedApp();
      driver = await ENGINES[engine]();
      console.log(`${engine}: ${driver.version}`);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('shows the home screen', async () => {
      await driver.goto(server.url);
      await waitFor(driver, 'body[data-screen=home]');
      await shot('home');
    });

    it('says how this engine delivers a fast stroke: pointermove events, and samples with the coalesced ones', async () => {
      // On an empty page of the app's origin, where nothing can take the stroke for a drag of its own (Firefox drags
      // a card's picture), and a secure context, where getCoalescedEvents is offered (about:blank is not one).
      await driver.goto(`${server.url}empty-page-for-a-stroke`);
      await driver.evaluate(() => {
        document.documentElement.style.cssText = 'height: 100%; touch-action: none; user-select: none';
        document.body.style.cssText = 'height: 100%; margin: 0';
        const seen = { events: 0, samples: 0, coalescedEvents: typeof PointerEvent.prototype.getCoalescedEvents === 'function' };
        (window as unknown as { deftSampling: typeof seen }).deftSampling = seen;
        // Between down and up (some drivers' moves report no buttons pressed).
        let down = false;
        addEventListener('pointerdown', () => { down = true; }, { capture: true });
        addEventListener('pointerup', () => { down = false; }, { capture: true });
        addEventListener('pointermove', (e) => { if (!down) return; seen.events++; seen.samples += Math.max(1, e.getCoalescedEvents?.().length ?? 0); }, { capture: true });
      });
      // As fast as the driver sends them: a stylus's stream, faster than frames.
      const moves = Array.from({ length: 120 }, (_, i) => ({ x: 200 + i * 4, y: 300 + 80 * Math.sin(i / 12) }));
      const started = Date.now();
      await driver.stroke(moves, 0);
      const sentMs = Date.now() - started;
      const seen = await driver.evaluate(() => (window as unknown as { deftSampling: { events: number; samples: number; coalescedEvents: boolean } }).deftSampling);
      expect(seen.events).toBeGreaterThan(0);
      expect(seen.samples).toBeGreaterThanOrEqual(seen.events);
      writeFileSync(`${OUT}/${engine}-fast-stroke.json`, JSON.stringify({ engine, version: driver.version, moves: moves.length - 1, sentMs, ...seen }, null, 2));
    });

    it('traces a line to the end of a round', async () => {
      await play('#/play/trace?form=vertical');
      for (const stroke of traceStrokes(screen, { form: 'vertical', sizeMm: 70, guide: 'trace' })) await driver.stroke(stroke);
      await roundOver('trace-round-over');
    });

    it('sorts every object into its bin to the end of a round', async () => {
      const settings = { rule: 'color', itemCount: 2, binCount: 2, itemSizeMm: 20, seed: 7 } as const;
      await play(`#/play/sort?rule=${settings.rule}&items=${settings.itemCount}&bins=${settings.binCount}&size=${settings.itemSizeMm}&seed=${settings.seed}`);
      const carries = sortCarries(screen, settings);
      expect(carries).toHaveLength(2);
      for (const carry of carries) await driver.stroke(carry);
      await roundOver('sort-round-over');
    });

    it('taps round the ring to the end of a round', async () => {
      await play('#/play/targets?mode=ring&amplitude=100&width=12&seed=1');
      for (const at of ringTaps(screen, { amplitudeMm: 100, widthMm: 12 })) {
        await driver.stroke([at], 0);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      await roundOver('ring-round-over');
    });

    let exported: ExportFile;
    it("opens the grown-ups' area through the gate held three seconds, and exports JSON that meets the schema", async () => {
      await driver.goto(`${server.url}#/grown-ups/data`);
      await waitFor(driver, '.gate-button');
      // Longer than the three seconds: the ring fills on frames, and a loaded machine's frames come late.
      await driver.press(await driver.evaluate(buttonAt, '.gate-button'), GATE_PRESS_MS);
      await waitFor(driver, '.data-page');
      await shot('data-page');
      await driver.evaluate(catchDownloads);
      await driver.stroke([await driver.evaluate(buttonAt, 'Export JSON')], 0);
      const text = await driver.evaluate(firstDownload);
      writeFileSync(`${OUT}/${engine}-export.json`, text);
      exported = exportFileSchema.parse(JSON.parse(text));
      const completed = exported.attempts.filter((a) => a.status === 'completed');
      expect(completed.map((a) => a.activity).sort()).toEqual(['sort', 'targets', 'trace']);
      // Each round as played: the pointer landed where it was sent.
      const trace = completed.find((a) => a.activity === 'trace')!;
      const sort = completed.find((a) => a.activity === 'sort')!;
      const ring = completed.find((a) => a.activity === 'targets')!;
      if (trace.activity !== 'trace' || sort.activity !== 'sort' || ring.activity !== 'targets' || ring.metrics.mode !== 'ring') throw new Error('not the rounds played');
      expect(trace.metrics.passed, `the line as traced: ${JSON.stringify(traceAccount(trace))}`).toBe(true);
      expect(sort.results.every((r) => r.correct)).toBe(true);
      expect(ring.metrics.hits).toBe(13);
      expect(typeof trace.device.coalescedEvents).toBe('boolean');
      expect(trace.device.sampleIntervalMs).toBeGreaterThan(0);
      writeFileSync(`${OUT}/${engine}-sampling.json`, JSON.stringify({ engine, version: driver.version, ...trace.device, samples: trace.strokes.reduce((n, s) => n + s.points.length, 0) }, null, 2));
    });

    it('reloads offline through the service worker, and a game still opens', async () => {
      await driver.goto(`${server.url}#/`);
      // The first visit installs the worker; a page is controlled from its next load.
      const controlled = await driver.evaluate(async () => { await navigator.serviceWorker.ready; return navigator.serviceWorker.controller !== null; });
      if (!controlled) {
        await driver.reload();
        await waitUntil(driver, 'the page controlled by the service worker', () => navigator.serviceWorker.controller !== null, undefined, 30_000);
      }
      await server.goOffline();
      await driver.reload();
      await waitFor(driver, 'body[data-screen=home]');
      await driver.goto(`${server.url}#/play/trace?form=circle`);
      await waitFor(driver, '.stage[data-ready=true]');
      await shot('offline-trace');
    });

    it('reported no page errors, CSP violations or console errors', async () => {
      expect(await problems(driver)).toEqual([]);
    });
  });
}

/** From now on, files the page hands the browser to save are kept for the test to read (a WebDriver browser may open a download as a page). */
function catchDownloads(): void {
  const kept: Blob[] = [];
  (window as unknown as { deftDownloads: Blob[] }).deftDownloads = kept;
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => { if (blob instanceof Blob) kept.push(blob); return create(blob); };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { if (!this.download) click.call(this); };
}

/** The text of the first file saved since catchDownloads, once there is one. */
async function firstDownload(): Promise<string> {
  const kept = (window as unknown as { deftDownloads: Blob[] }).deftDownloads;
  for (let waited = 0; kept.length === 0 && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!kept.length) throw new Error('nothing was saved');
  return kept[0]!.text();
}

/** The middle of the button that reads `label`, or that matches it as a CSS selector. */
function buttonAt(label: string): { x: number; y: number } {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label) ?? document.querySelector(label);
  if (!button) throw new Error(`no button "${label}"`);
  const r = button.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/**
 * The window's size once it has stopped changing: a browser just opened may
 * still be settling its window (WebKitGTK applies the requested size late on
 * a loaded machine), and the round is laid out for the size it ends at.
 */
async function settledScreen(driver: EngineDriver): Promise<Screen> {
  const read = () => driver.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  let last = await read();
  for (let tries = 0; tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = await read();
    if (now.width === last.width && now.height === last.height) return now;
    last = now;
  }
  return last;
}

/** What a failed trace says about itself: its measures, and where its ink went, for a failure message to carry. */
function traceAccount(trace: Extract<ExportFile['attempts'][number], { activity: 'trace' }>) {
  const { coveragePct, inBandPct, strokeCount, startErrorMm, durationMs } = trace.metrics;
  const strokes = trace.strokes.map((s) => ({ samples: s.points.length, from: s.points[0], to: s.points.at(-1) }));
  return { endReason: trace.endReason, coveragePct, inBandPct, strokeCount, startErrorMm, durationMs, strokes, viewport: trace.device.viewport, frame: trace.device.frame };
}
