import { expect, test } from './fixtures';
import { exportJson, formOnPage, holdGate, openActivity, SCREENSHOTS, theOnly, touchStroke } from './drive';
import type { CDPSession, Page } from '@playwright/test';

/** A tablet: a phone-style viewport that honours the page's viewport settings, with touch. */
test.use({ isMobile: true, hasTouch: true, viewport: { width: 1024, height: 768 } });

const scale = (page: Page) => page.evaluate(() => visualViewport!.scale);
const scrolled = (page: Page) => page.evaluate(() => [scrollX, scrollY, visualViewport!.offsetTop, document.scrollingElement!.scrollTop]);

/** Drag up with one finger, spread two fingers apart, double-tap: through Chrome's real touch pipeline, these scroll and zoom an ordinary page. */
async function tryToZoomAndScroll(page: Page, cdp: CDPSession, at: { x: number; y: number }): Promise<void> {
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', touchPoints: { x: number; y: number; id: number }[]) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
  const STEPS = 12;
  await send('touchStart', [{ ...at, id: 1 }]);
  for (let i = 1; i <= STEPS; i++) { await send('touchMove', [{ x: at.x, y: at.y - i * 25, id: 1 }]); await page.waitForTimeout(16); }
  await send('touchEnd', []);
  await send('touchStart', [{ x: at.x - 20, y: at.y, id: 1 }, { x: at.x + 20, y: at.y, id: 2 }]);
  for (let i = 1; i <= STEPS; i++) { await send('touchMove', [{ x: at.x - 20 - i * 20, y: at.y, id: 1 }, { x: at.x + 20 + i * 20, y: at.y, id: 2 }]); await page.waitForTimeout(16); }
  await send('touchEnd', []);
  for (let tap = 0; tap < 2; tap++) { await send('touchStart', [{ ...at, id: 1 }]); await send('touchEnd', []); }
  await page.waitForTimeout(300); // let any fling or zoom animation finish
}

test('the child\'s area never zooms, scrolls, selects text or opens a long-press menu', async ({ page, context }) => {
  // The same gestures do zoom and scroll an ordinary long page here: the check below can fail.
  const control = await context.newPage();
  await control.setContent(`<p style="font-size:40px">${'Some words to zoom into and scroll. '.repeat(200)}</p>`);
  await tryToZoomAndScroll(control, await context.newCDPSession(control), { x: 500, y: 400 });
  expect(await scale(control)).toBeGreaterThan(1.2);
  expect((await scrolled(control))[1]).toBeGreaterThan(100);
  await control.close();

  for (const hash of ['#/', '#/trace', '#/play/sort?rule=color']) {
    await page.goto(`./${hash}`);
    await page.locator('.screen > *').first().waitFor();
    if (hash.startsWith('#/play')) await page.locator('.stage[data-ready=true]').waitFor();
    const cdp = await context.newCDPSession(page);
    await tryToZoomAndScroll(page, cdp, { x: 512, y: 420 });
    expect(await scale(page), hash).toBe(1);
    expect(await scrolled(page), hash).toEqual([0, 0, 0, 0]);
  }

  // A long press on a card: nothing happens (no navigation, no selection).
  await page.goto('./#/');
  const card = page.locator('.activity-cards .card').first();
  const box = (await card.boundingBox())!;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }] });
  await page.waitForTimeout(1200);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchCancel', touchPoints: [] });
  expect(new URL(page.url()).hash).toBe('#/');
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
  // Headless Chromium raises no menu for a long press, so the test raises the events a tablet's long press does,
  // and checks the child's area cancels them while a grown-ups' page lets them through.
  const cancelled = (selector: string) => page.locator(selector).first().evaluate((el) =>
    ['contextmenu', 'selectstart', 'dblclick'].map((type) => !el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }))));
  expect(await cancelled('.activity-cards .card')).toEqual([true, true, true]);
  await page.goto('./#/play/trace?form=circle');
  expect(await cancelled('.stage canvas')).toEqual([true, true, true]);
  await page.goto('./#/grown-ups');
  expect(await cancelled('.gate')).toEqual([true, true, true]); // the gate belongs to the child's side
  await holdGate(page);
  expect(await cancelled('.grown-ups-page .menu-item')).toEqual([false, false, false]);
  const styles = await page.evaluate(() => { const s = getComputedStyle(document.body); return [s.userSelect, s.touchAction, s.overscrollBehaviorY]; });
  expect(styles).toEqual(['none', 'none', 'none']);
});

test('controls keep clear of a notch and rounded corners (safe-area insets)', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  const insets = { top: 40, left: 48, right: 48, bottom: 30 };
  await cdp.send('Emulation.setSafeAreaInsetsOverride', { insets });
  await openActivity(page, '#/play/trace?form=circle');
  const back = (await page.getByRole('button', { name: 'Back' }).boundingBox())!;
  expect(back.x).toBeGreaterThanOrEqual(insets.left);
  expect(back.y).toBeGreaterThanOrEqual(insets.top);
  const sound = (await page.locator('.top-right').first().boundingBox())!;
  expect(1024 - (sound.x + sound.width)).toBeGreaterThanOrEqual(insets.right);
  await page.screenshot({ path: `${SCREENSHOTS}/tablet-safe-area.png` });
  await page.goto('./#/');
  const grownUps = (await page.locator('.grown-ups').boundingBox())!;
  expect(768 - (grownUps.y + grownUps.height)).toBeGreaterThanOrEqual(insets.bottom);
  expect(1024 - (grownUps.x + grownUps.width)).toBeGreaterThanOrEqual(insets.right);
});

test('turning the tablet mid-attempt restarts sorting and targets cleanly: the touched attempt is kept as abandoned', async ({ page }) => {
  for (const [hash, activity] of [['#/play/sort?rule=color&seed=3', 'sort'], ['#/play/targets?mode=pop&seed=3', 'targets']] as const) {
    await page.setViewportSize({ width: 1024, height: 768 });
    const cdp = await openActivity(page, hash);
    await touchStroke(cdp, [{ x: 30, y: 700 }, { x: 60, y: 690 }, { x: 90, y: 680 }]); // a touch on the table, away from everything
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect(page.locator('.stage')).toHaveAttribute('data-saved', '1');
    await expect(page.locator('.stage canvas')).toHaveJSProperty('width', 768 * (await page.evaluate(() => devicePixelRatio)));
    const [turned] = (await exportJson(page)).attempts.filter((a) => a.activity === activity);
    expect(turned).toMatchObject({ status: 'abandoned', endReason: 'resize', device: { viewport: { width: 1024, height: 768 } } });
  }
});

test('sound comes back after the tablet sleeps: a suspended audio context resumes when the page returns or on the next touch', async ({ page }) => {
  const cdp = await openActivity(page, '#/play/targets?mode=pop&seed=3');
  await touchStroke(cdp, [{ x: 30, y: 700 }]); // the first touch starts audio
  const state = () => page.evaluate(() => (window as unknown as { Howler: { ctx: AudioContext } }).Howler.ctx.state);
  await expect.poll(state).toBe('running');
  const sleep = () => page.evaluate(() => (window as unknown as { Howler: { ctx: AudioContext } }).Howler.ctx.suspend());
  // Back from another app.
  await sleep();
  expect(await state()).toBe('suspended');
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect.poll(state).toBe('running');
  // Woken up, no event at all: the next touch brings the sound back.
  await sleep();
  await touchStroke(cdp, [{ x: 30, y: 700 }]);
  await expect.poll(state).toBe('running');
});

test("a picture the engine decodes as it boots fails (a tablet short of memory, a page left mid-boot): the game still opens and plays", async ({ page }) => {
  // Every data: PNG fails to decode, Phaser's three default textures among them.
  await page.addInitScript(() => {
    const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
    (window as unknown as { failedDecodes: number }).failedDecodes = 0;
    Object.defineProperty(HTMLImageElement.prototype, 'src', {
      ...src,
      set(this: HTMLImageElement, value: string) {
        if (!value.startsWith('data:image/png')) return src.set!.call(this, value);
        (window as unknown as { failedDecodes: number }).failedDecodes++;
        src.set!.call(this, 'data:image/png;base64,AAAA');
      },
    });
  });
  const cdp = await openActivity(page, '#/play/trace?form=circle&demo=0');
  expect(await page.evaluate(() => (window as unknown as { failedDecodes: number }).failedDecodes), 'the defaults failed').toBeGreaterThanOrEqual(3);
  const [circle] = await formOnPage(page, 'circle');
  await touchStroke(cdp, circle!);
  await expect(page.locator('.stage')).toHaveAttribute('data-saved', '1');
  await page.screenshot({ path: `${SCREENSHOTS}/boot-with-failed-decodes.png` });
  expect(theOnly((await exportJson(page)).attempts, 'trace').metrics.passed).toBe(true);
});
