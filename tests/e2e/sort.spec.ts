import { expect, test } from './fixtures';
import { exportCsv, exportJson, openActivity, penStroke, PX_PER_MM, roundOnPage, SCREENSHOTS, segment, theOnly, touchStroke } from './drive';
import type { Page } from '@playwright/test';
import type { SortLayout } from '../../src/activities/sort/layout';

const saved = (page: Page, n: number) => expect(page.locator('.stage')).toHaveAttribute('data-saved', String(n));
const outcomes = (a: { events: { type: string; itemId: string; outcome?: string }[] }) => a.events.filter((e) => e.type === 'drop').map((e) => `${e.itemId}:${e.outcome}`);
const expectLayout = (recorded: { items: { id: string; x: number; y: number; sizeMm: number; bin: string | null }[] }, layout: SortLayout) => {
  expect(recorded.items.map((i) => [i.id, i.bin, i.sizeMm])).toEqual(layout.items.map((i) => [i.id, i.bin, i.sizeMm]));
  for (const [k, i] of recorded.items.entries()) {
    expect(i.x).toBeCloseTo(layout.items[k]!.x, 6);
    expect(i.y).toBeCloseTo(layout.items[k]!.y, 6);
  }
};

test.describe('drag-to-sort, with real touch and pen input, checked in the export', () => {
  test('a full round sorted correctly by touch: reward, record and CSV', async ({ page }) => {
    const link = { rule: 'color', itemCount: 6, itemSizeMm: 12, binCount: 2, seed: 42 } as const;
    const cdp = await openActivity(page, '#/play/sort?rule=color&items=6&size=12&bins=2&seed=42');
    const { layout, px, binCentre } = roundOnPage(page, link);
    await page.screenshot({ path: `${SCREENSHOTS}/sort-color-start.png` });
    for (const [i, item] of layout.items.entries()) {
      const path = segment(px(item), binCentre(item.bin!), 16);
      if (i === 0) {
        await touchStroke(cdp, path, { end: 'hold' });
        await page.screenshot({ path: `${SCREENSHOTS}/sort-color-carrying.png` });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      } else await touchStroke(cdp, path);
    }
    await saved(page, 1);
    await page.screenshot({ path: `${SCREENSHOTS}/sort-color-done.png` });
    const a = theOnly((await exportJson(page)).attempts, 'sort');
    expect(a).toMatchObject({ status: 'completed', endReason: 'sorted', params: { rule: 'color', itemCount: 6, itemSizeMm: 12, binCount: 2, seed: 42 } });
    expectLayout(a.layout, layout);
    expect(a.layout.bins.map((b) => b.id)).toEqual(layout.bins.map((b) => b.id));
    expect(a.metrics).toMatchObject({ correctCount: 6, errorCount: 0, dropsOutside: 0, regrabs: 0, allSorted: true, twoHandedCarries: 0 });
    expect(a.metrics.pathEfficiency).toBeGreaterThan(0.99);
    expect(a.metrics.meanTransportMs).toBeGreaterThan(0);
    expect(a.strokes).toHaveLength(6);
    expect(a.strokes.every((s) => s.pointerType === 'touch' && s.points.length >= 17)).toBe(true);
    expect(outcomes(a)).toEqual(layout.items.map((i) => `${i.id}:correct`));
    expect(a.results.every((r) => r.correct && r.placedIn === r.bin)).toBe(true);
    // Grab and drop where the finger was, in mm.
    const first = a.events[0]!;
    expect(first.x * PX_PER_MM).toBeCloseTo(px(layout.items[0]!).x, 0);
    const csv = (await exportCsv(page, 'Sorting')).split('\r\n');
    const header = csv[0]!.split(',');
    for (const column of ['metrics.correctCount', 'metrics.errorCount', 'metrics.dropsOutside', 'metrics.pathEfficiency', 'metrics.twoHandedCarries', 'params.rule', 'params.seed']) expect(header).toContain(column);
    expect(csv[1]!.split(',')[header.indexOf('metrics.correctCount')]).toBe('6');
    await expect(page.locator('tr[data-activity=sort]')).toHaveCount(1);
    await page.screenshot({ path: `${SCREENSHOTS}/sort-data-page.png` });
  });

  test('a wrong bin and a drop outside send the object back; the record counts both', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/sort?rule=shape&items=2&size=20&bins=2&seed=7');
    const { layout, px, binCentre, item } = roundOnPage(page, { rule: 'shape', itemCount: 2, itemSizeMm: 20, binCount: 2, seed: 7 });
    const [a, b] = [item(0), item(1)];
    const wrongBin = layout.bins.find((bin) => bin.id !== a.bin)!.id;
    await touchStroke(cdp, segment(px(a), binCentre(wrongBin)));
    // Each grab below starts where the object lay: it must have gone back home.
    await page.waitForTimeout(500);
    const onTable = { x: px(a).x, y: px(layout.table).y + 4 * PX_PER_MM };
    await touchStroke(cdp, segment(px(a), onTable, 10));
    await page.waitForTimeout(500);
    await touchStroke(cdp, segment(px(a), binCentre(a.bin!)));
    await touchStroke(cdp, segment(px(b), binCentre(b.bin!)));
    await saved(page, 1);
    const record = theOnly((await exportJson(page)).attempts, 'sort');
    expect(outcomes(record)).toEqual([`${a.id}:wrong`, `${a.id}:outside`, `${a.id}:correct`, `${b.id}:correct`]);
    expect(record.events.filter((e) => e.type === 'drop').map((e) => e.bin)).toEqual([wrongBin, null, a.bin, b.bin]);
    expect(record.metrics).toMatchObject({ correctCount: 2, errorCount: 1, dropsOutside: 1, regrabs: 2, allSorted: true });
    expect(record.results.find((r) => r.itemId === a.id)).toEqual({ itemId: a.id, bin: a.bin, placedIn: a.bin, correct: true, grabs: 3 });
  });

  test('two objects carried at the same time by two fingers', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/sort?rule=category&items=4&size=18&bins=2&seed=3');
    const { px, binCentre, item } = roundOnPage(page, { rule: 'category', itemCount: 4, itemSizeMm: 18, binCount: 2, seed: 3 });
    const [a, b] = [item(0), item(1)];
    const pathA = segment(px(a), binCentre(a.bin!), 16);
    const pathB = segment(px(b), binCentre(b.bin!), 16);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...pathA[0]!, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...pathA[0]!, id: 1 }, { ...pathB[0]!, id: 2 }] });
    for (let i = 1; i < pathA.length; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ ...pathA[i]!, id: 1 }, { ...pathB[i]!, id: 2 }] });
      if (i === 8) await page.screenshot({ path: `${SCREENSHOTS}/sort-two-hands.png` });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    for (const i of [2, 3]) await touchStroke(cdp, segment(px(item(i)), binCentre(item(i).bin!)));
    await saved(page, 1);
    const record = theOnly((await exportJson(page)).attempts, 'sort');
    expect(record.metrics).toMatchObject({ correctCount: 4, errorCount: 0, twoHandedCarries: 2, allSorted: true });
    const [grabA, grabB] = record.events.filter((e) => e.type === 'grab');
    expect([grabA!.itemId, grabB!.itemId]).toEqual([a.id, b.id]);
    // Both carried paths, and both objects followed their own finger to their own bin.
    expect(record.strokes[0]!.points.length).toBeGreaterThanOrEqual(16);
    expect(record.strokes[1]!.points.length).toBeGreaterThanOrEqual(16);
    expect(outcomes(record).slice(0, 2).sort()).toEqual([`${a.id}:correct`, `${b.id}:correct`].sort());
  });

  test('a pen drag carries an object, with its pressure and tilt', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/sort?rule=size&items=2&size=10&bins=2&seed=5');
    const { px, binCentre, item } = roundOnPage(page, { rule: 'size', itemCount: 2, itemSizeMm: 10, binCount: 2, seed: 5 });
    await penStroke(cdp, segment(px(item(0)), binCentre(item(0).bin!)), { force: 0.7, tiltX: 25, tiltY: -5 });
    await touchStroke(cdp, segment(px(item(1)), binCentre(item(1).bin!)));
    await saved(page, 1);
    const record = theOnly((await exportJson(page)).attempts, 'sort');
    expect(record.metrics.correctCount).toBe(2);
    expect(record.strokes.map((s) => s.pointerType)).toEqual(['pen', 'touch']);
    // Every sample while the pen pressed; the lift itself reports no pressure, as browsers do.
    const pressed = record.strokes[0]!.points.slice(0, -1);
    expect(pressed.length).toBeGreaterThanOrEqual(20);
    expect(pressed.every((p) => Math.abs(p.pressure - 0.7) < 0.01 && p.tiltX === 25 && p.tiltY === -5)).toBe(true);
    expect(record.strokes[0]!.points.at(-1)!.pressure).toBe(0);
  });

  test('the smallest beads (5 mm): 24 on the table, one carried, the round left by the back button and saved as abandoned', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/sort?rule=color&items=24&size=5&bins=4&seed=11');
    const { layout, px, binCentre, item } = roundOnPage(page, { rule: 'color', itemCount: 24, itemSizeMm: 5, binCount: 4, seed: 11 });
    expect(layout.items).toHaveLength(24);
    await page.screenshot({ path: `${SCREENSHOTS}/sort-smallest-5mm.png` });
    await touchStroke(cdp, segment(px(item(0)), binCentre(item(0).bin!)));
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page).toHaveURL(/#\/sort$/);
    await page.screenshot({ path: `${SCREENSHOTS}/sort-picker.png` });
    const record = theOnly((await exportJson(page)).attempts, 'sort');
    expect(record).toMatchObject({ status: 'abandoned', endReason: 'home' });
    expect(record.metrics).toMatchObject({ correctCount: 1, allSorted: false });
    expect(record.layout.items).toHaveLength(24);
    expect(record.layout.items.every((i) => i.sizeMm === 5)).toBe(true);
  });

  test('the largest objects (40 mm): what does not fit is left out and the grown-up is told', async ({ page }) => {
    await openActivity(page, '#/play/sort?rule=category&items=12&size=40&bins=3&distractors=2&seed=8');
    const { layout } = roundOnPage(page, { rule: 'category', itemCount: 12, itemSizeMm: 40, binCount: 3, distractors: 2, seed: 8 });
    expect(layout.unplaced.length).toBeGreaterThan(0);
    await expect(page.getByRole('status')).toContainText(`${layout.unplaced.length} of 14 objects did not fit`);
    await page.screenshot({ path: `${SCREENSHOTS}/sort-largest-40mm.png` });
  });
});
