import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { formOnPage, openActivity, openGrownUps, PX_PER_MM, touchStroke } from './drive';

/**
 * Children who cannot read play Deft: every child screen carries no visible
 * text, only pictures (their names are for screen readers). A grown-up's
 * note may appear, but only in the band along the top that the games keep
 * clear, never over the play area.
 */
const BAND_MM = 24;

/** Every text node a sighted child would see: rendered, with a size, not hidden. */
async function visibleText(page: Page): Promise<{ text: string; where: string; bottom: number; note: boolean }[]> {
  return page.evaluate(() => {
    const found: { text: string; where: string; bottom: number; note: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element || element.closest('[hidden], script, style, title')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      found.push({ text: text.slice(0, 80), where: `${element.tagName.toLowerCase()}.${element.className}`, bottom: box.bottom, note: Boolean(element.closest('.grown-up-note')) });
    }
    return found;
  });
}

async function expectNoText(page: Page, screen: string): Promise<void> {
  const text = await visibleText(page);
  expect(text.filter((t) => !t.note), `visible text on ${screen}`).toEqual([]);
  for (const note of text.filter((t) => t.note)) expect(note.bottom, `a grown-up's note over the play area on ${screen}`).toBeLessThanOrEqual(BAND_MM * PX_PER_MM + 1);
}

const GAMES = ['#/play/trace?form=circle', '#/play/trace?form=square&guide=dots', '#/play/trace?form=cross&guide=copy', '#/play/sort?rule=category&bins=3', '#/play/sort?rule=shape', '#/play/targets?mode=pop', '#/play/targets?mode=ring', '#/play/targets?mode=pinch', '#/play/targets?mode=ring&amplitude=400'];

test('no child screen carries visible text: home, pickers, every game with its guide, the round’s end, the sticker book, a session', async ({ page }) => {
  for (const hash of ['#/', '#/trace', '#/sort', '#/targets', '#/stickers']) {
    await page.goto(`./${hash}`);
    await page.locator('main').first().waitFor();
    await page.waitForTimeout(300);
    await expectNoText(page, hash);
  }
  for (const hash of GAMES) {
    await openActivity(page, hash);
    await page.waitForTimeout(900); // the guide is showing what to do
    await expectNoText(page, hash);
  }

  // The end of a round, with its sticker and its two choices.
  const cdp = await openActivity(page, '#/play/trace?form=vertical&demo=0');
  const [line] = await formOnPage(page, 'vertical');
  await touchStroke(cdp, line!);
  await page.locator('.round-over').waitFor();
  await page.waitForTimeout(1000);
  await expectNoText(page, 'the end of a round');

  // A session, with its trail of steps.
  const plan = { id: '0b6c7a4e-4a8f-4d39-9c39-0c1d2e3f4a5b', name: 'Lines', steps: [{ activity: 'trace', params: { form: 'vertical' }, trials: 2 }, { activity: 'sort', params: {}, trials: 1 }], createdAt: new Date().toISOString() };
  await openGrownUps(page);
  await page.locator('input[type=file]').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'deft-export', version: 1, exportedAt: new Date().toISOString(), attempts: [], plans: [plan] })) });
  await expect(page.getByRole('status')).toContainText('1 plan');
  await page.goto(`./#/session/${plan.id}`);
  await page.locator('.stage[data-ready=true]').waitFor();
  await page.waitForTimeout(600);
  await expectNoText(page, 'a session');
});

test('who is playing: animals, no names, unless two children share an animal', async ({ page }) => {
  await page.goto('./#/');
  await page.locator('main').waitFor();
  const child = (nickname: string, avatar: string) => ({ id: crypto.randomUUID(), nickname, avatar, ageBand: '4–5', handedness: 'right', notes: '', createdAt: new Date().toISOString() });
  const seed = async (profiles: object[]) => {
    await page.evaluate(async (all) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => { const open = indexedDB.open('deft'); open.onsuccess = () => resolve(open.result); open.onerror = () => reject(open.error); });
      const tx = db.transaction('profiles', 'readwrite');
      for (const p of all) tx.objectStore('profiles').put(p);
      await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
      db.close();
    }, profiles);
    await page.reload();
    await page.locator('.avatar-card').first().waitFor();
  };
  await seed([child('Mia', 'fox'), child('Leo', 'owl')]);
  await expect(page.locator('.avatar-card')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Mia' })).toBeVisible();
  await expectNoText(page, 'who is playing');
  await seed([child('Ada', 'fox')]);
  // Two foxes: their names tell them apart; the owl needs none.
  await expect(page.locator('.avatar-name')).toHaveCount(2);
  expect((await page.locator('.avatar-name').allInnerTexts()).sort()).toEqual(['Ada', 'Mia']);
  await expect(page.locator('.avatar-card', { hasText: 'Leo' })).toHaveCount(0);
});
