import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { formOnPage, openActivity, PX_PER_MM, roundOnPage, SCREENSHOTS, segment, touchStroke, touchTap, type CssPoint } from './drive';
import { targetsParamsSchema } from '../../src/activities/targets/params';
import { areaCentre, playArea } from '../../src/activities/targets/play-area';
import { layoutPinch } from '../../src/activities/targets/pinch-round';
import { PopRound } from '../../src/activities/targets/pop-round';
import { ringOrder, ringTargets } from '../../src/activities/targets/ring';

/**
 * The guide shows instead of telling: a demonstration before the first try
 * of every activity, and again after two misses in a row. The stage counts
 * the demonstrations it has begun (data-demos) and says whether one is
 * showing (data-guide).
 */
const px = (p: { x: number; y: number }): CssPoint => ({ x: p.x * PX_PER_MM, y: p.y * PX_PER_MM });
const areaOf = (page: Page) => { const { width, height } = page.viewportSize()!; return playArea(width / PX_PER_MM, height / PX_PER_MM); };
const demos = (page: Page, n: number) => expect(page.locator('.stage')).toHaveAttribute('data-demos', String(n), { timeout: 8000 });

/** Two fingers close on an object and carry it to `to`, as in the pinch test. */
async function pinchCarry(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const pair = (c: { x: number; y: number }, half: number) => [{ ...px({ x: c.x - half, y: c.y }), id: 1 }, { ...px({ x: c.x + half, y: c.y }), id: 2 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [pair(from, 15)[0]!] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: pair(from, 15) });
  for (let half = 14; half >= 8; half--) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pair(from, half) });
  for (let i = 1; i <= 16; i++) {
    const c = { x: from.x + ((to.x - from.x) * i) / 16, y: from.y + ((to.y - from.y) * i) / 16 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pair(c, 8) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Each activity: its link, two misses the child makes after the first demonstration, and then the rest of the round, won. */
const ACTIVITIES: { name: string; link: string; miss(page: Page, cdp: CDPSession, which: number): Promise<void>; win(page: Page, cdp: CDPSession, missed: number): Promise<void>; settle?(page: Page): Promise<void> }[] = [
  {
    name: 'trace',
    link: '#/play/trace?form=vertical',
    async miss(page, cdp) {
      // A line beside the path, well outside its corridor: the try ends, and misses.
      const [line] = await formOnPage(page, 'vertical');
      await touchStroke(cdp, line!.map((p) => ({ x: p.x + 45 * PX_PER_MM, y: p.y })));
      await page.waitForTimeout(300);
    },
    settle: (page) => page.waitForTimeout(2600), // the miss shows, then the next try
    async win(page, cdp) {
      const [line] = await formOnPage(page, 'vertical');
      await touchStroke(cdp, line!);
    },
  },
  {
    name: 'sort',
    link: '#/play/sort?rule=color&items=2&bins=2&size=30&seed=5',
    async miss(page, cdp) {
      const { layout, px: at, binCentre } = roundOnPage(page, { rule: 'color', itemCount: 2, binCount: 2, itemSizeMm: 30, seed: 5 });
      const item = layout.items[0]!;
      const wrong = layout.bins.find((b) => b.id !== item.bin)!;
      await touchStroke(cdp, segment(at(item), binCentre(wrong.id), 12));
      await page.waitForTimeout(500); // it glides back home
    },
    async win(page, cdp) {
      const { layout, px: at, binCentre } = roundOnPage(page, { rule: 'color', itemCount: 2, binCount: 2, itemSizeMm: 30, seed: 5 });
      for (const item of layout.items) await touchStroke(cdp, segment(at(item), binCentre(item.bin!), 12));
    },
  },
  {
    name: 'pop',
    link: '#/play/targets?mode=pop&size=20&adaptive=0&trials=6&seed=7',
    async miss(page, cdp, which) {
      const mirror = new PopRound(targetsParamsSchema.parse({ mode: 'pop', sizeMm: 20, adaptive: false, trials: 6 }), areaOf(page), 7, 0);
      let target = mirror.next(0)!;
      for (let i = 0; i < which; i++) { mirror.tap({ ...target, x: target.x + 40, t: 1, pressure: 0.5, tiltX: 0, tiltY: 0, pointerType: 'touch', pointerId: 1, contact: null } as never); target = mirror.next(0)!; }
      const area = areaOf(page);
      // Beside the bubble, toward the middle of the play area: 30 mm off.
      const side = target.x < area.x + area.width / 2 ? 1 : -1;
      await touchTap(cdp, px({ x: target.x + side * 30, y: target.y }));
      await page.waitForTimeout(900); // the next bubble
    },
    async win(page, cdp, missed) {
      const mirror = new PopRound(targetsParamsSchema.parse({ mode: 'pop', sizeMm: 20, adaptive: false, trials: 6 }), areaOf(page), 7, 0);
      for (let trial = 0; trial < 6; trial++) {
        const target = mirror.next(0)!;
        const hit = trial >= missed;
        mirror.tap({ ...target, x: hit ? target.x : target.x + 40, t: 1, pressure: 0.5, tiltX: 0, tiltY: 0, pointerType: 'touch', pointerId: 1, contact: null } as never);
        if (hit) { await touchTap(cdp, px(target)); await page.waitForTimeout(700); }
      }
    },
  },
  {
    name: 'ring',
    link: '#/play/targets?mode=ring&amplitude=60&width=12',
    async miss(page, cdp, which) {
      const targets = ringTargets({ amplitudeMm: 60, widthMm: 12 }, areaCentre(areaOf(page)));
      const target = targets[ringOrder()[which]!]!;
      await touchTap(cdp, px({ x: target.x, y: target.y + 14 }));
      await page.waitForTimeout(300);
    },
    async win(page, cdp, missed) {
      const targets = ringTargets({ amplitudeMm: 60, widthMm: 12 }, areaCentre(areaOf(page)));
      for (const index of ringOrder().slice(missed)) { await touchTap(cdp, px(targets[index]!)); await page.waitForTimeout(120); }
    },
  },
  {
    name: 'pinch',
    link: '#/play/targets?mode=pinch&size=12&items=2&seed=3',
    async miss(page, cdp) {
      // One finger drags the ladybug: it only wiggles.
      const { objects, jar } = layoutPinch(areaOf(page), 2, 12, 3);
      await touchStroke(cdp, segment(px(objects[0]!), px(jar), 12));
      await page.waitForTimeout(400);
    },
    async win(page, cdp) {
      const { objects, jar } = layoutPinch(areaOf(page), 2, 12, 3);
      for (const object of objects) { await pinchCarry(cdp, object, jar); await page.waitForTimeout(300); }
    },
  },
];

/**
 * The tablet sizes therapists use, and a phone: the whole story at the first,
 * its pictures at the others. The portrait tablet and the phone run with
 * DEFT_ALL_SCREENS=1 (to look at their pictures again), not in every `npm
 * test`: CI's time goes to the other engines instead (no-text.spec.ts and
 * first-user.spec.ts still play games at phone size).
 */
const PICTURES_ONLY = [
  { name: 'ipad-portrait', size: { width: 768, height: 1024 }, misses: 1 },
  { name: 'phone', size: { width: 412, height: 860 }, misses: 1 },
] as const;
const SCREENS = [
  { name: 'ipad-landscape', size: { width: 1024, height: 768 }, misses: 2 },
  ...(process.env.DEFT_ALL_SCREENS === '1' ? PICTURES_ONLY : []),
] as const;

for (const screen of SCREENS) {
  for (const activity of ACTIVITIES) {
    const story = screen.misses === 2 ? 'the guide shows what to do before the first try, and again after two misses in a row; a won round ends with its sticker, which lands in the book' : 'start, demonstration, miss, success, round end and sticker book (screenshots)';
    test(`${activity.name}, ${screen.name}: ${story}`, async ({ page }) => {
      await page.setViewportSize(screen.size);
      const shot = (moment: string) => page.screenshot({ path: `${SCREENSHOTS}/guide-${activity.name}-${screen.name}-${moment}.png` });
      const cdp = await openActivity(page, activity.link);
      // Rounds with many parts show how far along they are: a jar that fills (a traced form is one part).
      const jar = page.locator('.round-jar');
      if (activity.name !== 'trace') await expect(jar).toHaveAttribute('data-done', '0');
      await shot('start');
      await demos(page, 1);
      await expect(page.locator('.stage')).toHaveAttribute('data-guide', 'showing');
      await page.waitForTimeout(900);
      await shot('demo');
      await activity.miss(page, cdp, 0);
      await shot('miss');
      await activity.settle?.(page);
      await demos(page, 1); // one miss is part of learning
      if (screen.misses === 2) {
        await activity.miss(page, cdp, 1);
        await activity.settle?.(page);
        await demos(page, 2);
        await page.waitForTimeout(700);
        await shot('demo-again');
      }

      // The round won: a celebration, then its sticker and a way on.
      await activity.win(page, cdp, screen.misses);
      await page.waitForTimeout(500);
      await shot('success');
      const roundOver = page.locator('.round-over');
      await expect(roundOver).toBeVisible({ timeout: 8000 });
      expect(await roundOver.getAttribute('data-sticker')).toMatch(/^\d+$/);
      if (activity.name !== 'trace') {
        await expect(jar).toHaveAttribute('data-done', /^[1-9]\d*$/);
        expect(await jar.getAttribute('data-done')).toBe(await jar.getAttribute('data-total'));
      } else await expect(jar).toHaveCount(0);
      await page.waitForTimeout(1000); // the sticker has popped in, the choices have come
      await shot('round-end');
      await expect(page.locator('.stage')).toHaveAttribute('data-demos', String(screen.misses)); // no new round until the child asks
      await page.getByRole('button', { name: 'Home' }).click();

      // The sticker is in the book, opened from home.
      await page.getByRole('link', { name: 'My stickers' }).click();
      await expect(page.locator('.sticker-pages')).toHaveAttribute('data-count', '1');
      await expect(page.locator('.sticker-slot.newest')).toHaveCount(1);
      await page.waitForTimeout(800);
      await shot('sticker-book');
    });
  }
}
