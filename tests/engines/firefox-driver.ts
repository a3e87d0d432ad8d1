import puppeteer from 'puppeteer-core';
import type { EngineDriver, PagePoint } from './engine-driver';

/**
 * Firefox ESR over WebDriver BiDi, driven by puppeteer-core (no geckodriver).
 * Not headless: headless Firefox has no WebGL on this machine; under Xvfb it has.
 */
export async function openFirefox(executablePath: string, viewport: { width: number; height: number }): Promise<EngineDriver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: false,
    defaultViewport: viewport,
    // Linux Firefox without speech-dispatcher opens a bar ("You can't use speech synthesis") as the guide
    // first speaks: it would shrink the page mid-round. Tablets have a voice; this machine has none.
    extraPrefsFirefox: { 'media.webspeech.synth.dont_notify_on_error': true },
  });
  const page = (await browser.pages())[0] ?? await browser.newPage();
  const version = await browser.version();
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    engine: 'firefox',
    version,
    async goto(url) { await page.goto(url, { waitUntil: 'load' }); },
    async reload() { await page.reload({ waitUntil: 'load' }); },
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg) as never,
    async stroke(points, stepMs = 16) {
      const [first, ...rest] = points as PagePoint[];
      await page.mouse.move(first!.x, first!.y);
      await page.mouse.down();
      for (const p of rest) { await page.mouse.move(p.x, p.y); if (stepMs) await pause(stepMs); }
      await page.mouse.up();
    },
    async press(at, holdMs) {
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
      await pause(holdMs);
      await page.mouse.up();
    },
    async screenshot(path) { await page.screenshot({ path: path as `${string}.png` }); },
    async close() { await browser.close(); },
  };
}
