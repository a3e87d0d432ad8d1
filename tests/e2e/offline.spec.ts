import { test as appTest, expect } from './fixtures';
import { formAt, holdGate, openActivity, SCREENSHOTS, touchStroke } from './drive';
import { serveBuiltApp, type AppServer } from './static-server';
import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { ACTIVITIES } from '../../src/registry/activities';

/**
 * Offline and updates, against a copy of the build served by a server the
 * test can switch off (no network at all) or hand a new version.
 */
const test = appTest.extend<{ app: AppServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  app: async ({}, use) => {
    const app = await serveBuiltApp();
    await use(app);
    await app.close();
  },
  baseURL: async ({ app }, use) => use(app.url),
  serviceWorkers: 'allow',
});

/** The service worker has stored every file and controls the page. */
async function installedForOffline(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test.describe('offline and updates', () => {
  test('after one visit, every activity, sound and page works with the network gone', async ({ page, app }) => {
    await page.goto('./');
    await installedForOffline(page);
    await app.goOffline();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.reload();
    await expect(page.locator('.activity-cards')).toBeVisible();
    for (const activity of ACTIVITIES) {
      await openActivity(page, `#/play/${activity.id}`);
      await expect(page.locator('.stage canvas')).toBeVisible();
    }
    // Every sound the app plays comes from the offline files.
    const sounds = await page.evaluate(async () => {
      const names = (await caches.keys()).length ? await Promise.all((await caches.keys()).map(async (key) => (await (await caches.open(key)).keys()).map((r) => r.url))) : [];
      const wavs = names.flat().filter((url) => url.endsWith('.wav'));
      return Promise.all(wavs.map(async (url) => (await fetch(url)).ok));
    });
    expect(sounds).toHaveLength(readdirSync('assets/sounds').filter((file) => file.endsWith('.wav')).length);
    expect(sounds.every(Boolean)).toBe(true);
    // The grown-ups' area is a separate chunk: it must be stored too.
    await page.goto('./#/grown-ups');
    await holdGate(page);
    await expect(page.locator('.grown-ups-page .menu')).toBeVisible();
    expect(failed).toEqual([]);
  });

  test('a new version waits for a grown-up, and never reloads under a child mid-attempt', async ({ page, app }) => {
    await page.goto('./');
    await installedForOffline(page);
    const cdp = await openActivity(page, '#/play/trace?form=circle');
    await page.evaluate(() => { (window as { sameDocument?: boolean }).sameDocument = true; });
    const circle = formAt('circle', { x: 512, y: 384 })[0]!;
    await touchStroke(cdp, circle.slice(0, 12), { end: 'hold' }); // the child is mid-stroke
    // A new release: a changed service worker on the server.
    app.write('sw.js', `${app.read('sw.js')}\n// next release\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
    // Nothing changes for the child: the same page, no prompt, the stroke goes on.
    await touchStroke(cdp, circle.slice(12, 20), { end: 'hold' });
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await expect(page.locator('.update-prompt')).toHaveCount(0);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // The grown-up sees the prompt, and only their tap reloads.
    await page.goto('./#/grown-ups');
    await holdGate(page);
    const prompt = page.locator('.update-prompt');
    await expect(prompt).toBeVisible();
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/update-prompt.png` });
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button').click()]);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
  });

  test('installs to a home screen: a manifest with the app\'s own icons, any orientation', async ({ page }) => {
    await page.goto('./');
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel=manifest]')!;
      const body = await (await fetch(link.href)).json() as { icons: { src: string; sizes: string; purpose?: string }[]; orientation: string; display: string; start_url: string };
      const icons = await Promise.all(body.icons.map(async (icon) => {
        const image = new Image();
        image.src = new URL(icon.src, link.href).href;
        await image.decode();
        return { sizes: icon.sizes, purpose: icon.purpose ?? 'any', actual: `${image.naturalWidth}x${image.naturalHeight}` };
      }));
      return { ...body, icons };
    });
    expect(manifest.display).toBe('standalone');
    expect(manifest.orientation).toBe('any');
    for (const icon of manifest.icons) expect(icon.actual).toBe(icon.sizes);
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  });
});
