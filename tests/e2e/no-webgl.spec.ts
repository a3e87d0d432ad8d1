import { expect, test } from './fixtures';
import { exportJson, formOnPage, openActivity, SCREENSHOTS, theOnly, touchStroke } from './drive';

// A browser with WebGL switched off (a school's locked-down laptop, an old tablet's blocklisted GPU).
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-3d-apis'] } });

test('without WebGL the game draws with the canvas renderer: a circle is traced, scored and saved', async ({ page }) => {
  await page.goto('./#/');
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl') === null), 'WebGL is off').toBe(true);
  const cdp = await openActivity(page, '#/play/trace?form=circle&demo=0');
  // The game's canvas holds a 2D context: a WebGL one would answer null. Anything else says what the page holds instead.
  await expect.poll(() => page.evaluate(() => {
    const canvases = [...document.querySelectorAll('canvas')].map((c) => `${c.closest('.stage') ? 'stage' : c.parentElement?.className || 'detached'}:${c.getContext('2d') ? '2d' : 'not 2d'}`);
    return canvases.includes('stage:2d') ? 'canvas renderer' : `${location.hash} ${document.body.dataset.screen ?? 'no screen'}; canvases: ${canvases.join(', ') || 'none'}`;
  }), { message: 'the game draws with the canvas renderer' }).toBe('canvas renderer');
  const [circle] = await formOnPage(page, 'circle');
  await touchStroke(cdp, circle!);
  await expect(page.locator('.stage')).toHaveAttribute('data-saved', '1');
  await page.screenshot({ path: `${SCREENSHOTS}/no-webgl-trace.png` });
  const attempt = theOnly((await exportJson(page)).attempts, 'trace');
  expect(attempt.metrics.passed).toBe(true);
  expect(attempt.metrics.coveragePct).toBeGreaterThan(90);
});
