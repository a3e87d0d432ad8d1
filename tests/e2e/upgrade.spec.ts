import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedVersion4 } from '../fixtures/seed-version-4';
import { exportJson, formOnPage, openActivity, openGrownUps, pageShot, touchStroke } from './drive';
import { TRACE_RECORD_VERSION } from '../../src/activities/trace/record';

/** A real export from the app as it was on 2026-11-28 (tests/fixtures/records/README.md). */
const RECORDS = (JSON.parse(readFileSync('tests/fixtures/records/export-2026-11-28.json', 'utf8')) as { attempts: { id: string; activity: string }[] }).attempts;

/** A page of the app's origin that does not start the app: its database can be set up, or opened, from there. */
async function onOrigin(page: Page): Promise<void> {
  // An image page: the browser also asks for /favicon.ico, which the app does not have (it names its icons).
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto('./icons/icon-192.png');
}

test("a device holding yesterday's records (database version 4) opens after the upgrade with nothing lost: listed, reported, exported migrated", async ({ page }) => {
  await onOrigin(page);
  await page.evaluate(seedVersion4, RECORDS);
  await openGrownUps(page);
  await expect(page.locator('tr[data-attempt-id]')).toHaveCount(RECORDS.length);
  await expect(page.locator('.data-page')).not.toContainText('could not be read');
  await pageShot(page, 'upgrade-data-page');
  const file = await exportJson(page);
  expect(file.attempts.map((a) => a.id).sort()).toEqual(RECORDS.map((r) => r.id).sort());
  const traces = file.attempts.filter((a) => a.activity === 'trace');
  expect(traces.length).toBe(2);
  for (const a of traces) {
    expect(a.schemaVersion).toBe(TRACE_RECORD_VERSION);
    expect(a.criteria.every((c) => Object.keys(c).sort().join() === 'id,met')).toBe(true);
  }
  // The copy criteria read from the catalogue, by id, where a grown-up sees them.
  await expect(page.locator('tr[data-activity=trace] [title*="The circle is closed"]')).toHaveCount(1);
});

test('an upgrade does not hang: a newer version opens the database while this page is mid-game; this page keeps the attempt, and reloads between games', async ({ page, context }) => {
  const cdp = await openActivity(page, '#/play/trace?form=vertical&guide=trace&size=70&demo=0');
  await page.evaluate(() => { (window as unknown as { oldDocument: boolean }).oldDocument = true; });
  const [line] = await formOnPage(page, 'vertical');
  await touchStroke(cdp, line!.slice(0, Math.ceil(line!.length / 2)), { end: 'hold' }); // mid-stroke

  // A newer Deft, in another tab, opens the database at a higher version: it opens, now, without waiting for this game to end.
  const newer = await context.newPage();
  await onOrigin(newer);
  expect(await newer.evaluate(() => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('deft', 6);
    open.onupgradeneeded = () => open.result.createObjectStore('from-the-future');
    open.onsuccess = () => { const { version } = open.result; open.result.close(); resolve(version); };
    open.onerror = () => reject(open.error);
  }))).toBe(6);

  // The child goes on and finishes the line: the game did not stop under them, and the attempt is kept for the next start.
  await touchStroke(cdp, line!.slice(Math.ceil(line!.length / 2)), { id: 1 });
  await expect(page.locator('.stage')).toHaveAttribute('data-saved', '1');
  expect(await page.evaluate(() => (window as unknown as { oldDocument?: boolean }).oldDocument)).toBe(true);
  const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('deft-unload-copy:')).length);
  expect(copies).toBe(1);

  // Back to the picker, a screen between games: the page reloads, and stores the attempt in the upgraded database.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.waitForFunction(() => !(window as unknown as { oldDocument?: boolean }).oldDocument);
  await expect(page.locator('body[data-screen]')).toHaveAttribute('data-screen', /.+/);
  await openGrownUps(page);
  await expect(page.locator('tr[data-attempt-id]')).toHaveCount(1);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('deft-unload-copy:')).length)).toBe(0);
  const [attempt] = (await exportJson(page)).attempts;
  expect(attempt).toMatchObject({ activity: 'trace', status: 'completed', endReason: 'strokes' });
});
