import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { setupOf } from '../../src/activities/colour/build-record';
import { layoutColour } from '../../src/activities/colour/layout';
import { measureColour } from '../../src/activities/colour/measure-colour';
import { colourParamsSchema, type ColourParams } from '../../src/activities/colour/params';
import type { ColourAttempt } from '../../src/activities/colour/record';
import { csvRow, exportJson, openActivity, penStroke, PX_PER_MM, SCREENSHOTS, theOnly, touchStroke, waitForAttempts, type CssPoint } from './drive';

/** The page as the app lays it out here (the canvas fills the window): the picture's corner and size in mm, and mm to page px. */
function pageLayout(page: Page, over: Partial<ColourParams>) {
  const { width, height } = page.viewportSize()!;
  const layout = layoutColour(colourParamsSchema.parse(over), 'right', { width: width / PX_PER_MM, height: height / PX_PER_MM });
  const px = (x: number, y: number): CssPoint => ({ x: x * PX_PER_MM, y: y * PX_PER_MM });
  return { layout, px };
}

/** A row of points from (x0, y) to (x1, y), 2 mm apart. */
function row(x0: number, x1: number, y: number, px: (x: number, y: number) => CssPoint): CssPoint[] {
  const n = Math.max(1, Math.round(Math.abs(x1 - x0) / 2));
  return Array.from({ length: n + 1 }, (_, i) => px(x0 + ((x1 - x0) * i) / n, y));
}

/** The measures, counted again from the exported record's own samples on a new grid: the grid is never stored. */
function recounted(a: ColourAttempt) {
  expect({ ...a.metrics, ...measureColour(setupOf(a), a.strokes) }).toEqual(a.metrics);
}

async function strokesBy(cdp: CDPSession, rows: CssPoint[][]): Promise<void> {
  for (const points of rows) await touchStroke(cdp, points);
}

test('a circle filled back and forth by one finger: at the threshold it comes alive; the figures recount from the export', async ({ page }) => {
  const { layout, px } = pageLayout(page, { picture: 'circle' });
  const { origin, picture } = layout;
  const c = { x: origin.x + picture.width / 2, y: origin.y + picture.height / 2 }, r = picture.width / 2;
  const cdp = await openActivity(page, '#/play/colour?picture=circle&demo=0');
  // One stroke back and forth, rows 5 mm apart, the 8 mm crayon's middle 5 mm inside the line: its edge never reaches it.
  const ys = Array.from({ length: 11 }, (_, k) => c.y - r + 5 + k * 5);
  const half = (y: number) => Math.sqrt(Math.max(0, (r - 5) ** 2 - (y - c.y) ** 2));
  const path = ys.flatMap((y, k) => (k % 2 ? row(c.x + half(y), c.x - half(y), y, px) : row(c.x - half(y), c.x + half(y), y, px)));
  const mid = Math.floor(path.length / 2);
  await touchStroke(cdp, path.slice(0, mid), { end: 'hold' });
  await page.screenshot({ path: `${SCREENSHOTS}/colour-circle-mid.png` });
  await touchStroke(cdp, path.slice(mid - 1));
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${SCREENSHOTS}/colour-circle-alive.png` });
  await waitForAttempts(page, 1);
  const a = theOnly((await exportJson(page)).attempts, 'colour');
  expect(a).toMatchObject({ status: 'completed', endReason: 'finished' });
  expect(a.metrics).toMatchObject({ finishedBy: 'threshold', passed: true, outsidePct: 0, maxExcursionMm: 0, outwardCrossings: 0, strokes: 1 });
  expect(a.metrics.coveragePct).toBeGreaterThanOrEqual(85);
  expect(a.strokes[0]!.pointerType).toBe('touch');
  recounted(a);
  const csv = await csvRow(page, 'Colouring');
  expect(csv).toMatchObject({ result: 'passed', 'params.picture': 'circle', 'metrics.finishedBy': 'threshold', 'metrics.outsidePct': '0' });
  expect(Number(csv['metrics.coveragePct'])).toBeCloseTo(a.metrics.coveragePct, 0);
});

test('stencil: a sloppy fill right across the square shows faint outside, yet counts its known outside share; done ends it', async ({ page }) => {
  const { layout, px } = pageLayout(page, { picture: 'square', crayonMm: 10 });
  const { origin } = layout;
  const cdp = await openActivity(page, '#/play/colour?picture=square&crayon=10&stencil=1&done=95&demo=0');
  // Five strokes 10 mm apart, each from 10 mm left of the square to 10 mm past its right side: 50 mm of its height filled, from 1 mm under its top.
  await strokesBy(cdp, [6, 16, 26, 36, 46].map((y) => row(origin.x - 10, origin.x + 70, origin.y + y, px)));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENSHOTS}/colour-stencil.png` });
  await page.getByRole('button', { name: 'Done' }).click();
  await waitForAttempts(page, 1);
  const a = theOnly((await exportJson(page)).attempts, 'colour');
  expect(a).toMatchObject({ status: 'completed', endReason: 'done-button', params: { stencil: true } });
  // Laid: five 80 × 10 mm bands with a round end each side; inside: 60 × 50 mm. Outside share (4393 − 3000) / 4393.
  const laid = 5 * (80 * 10 + Math.PI * 25);
  expect(a.metrics.outsidePct!).toBeCloseTo((100 * (laid - 3000)) / laid, 0);
  expect(a.metrics.coveragePct).toBeCloseTo((100 * 50) / 60, 0);
  // Each stroke starts outside (one) and goes out past the right side (two); the farthest its edge went is 10 + 5 mm.
  expect(a.metrics).toMatchObject({ outwardCrossings: 10, finishedBy: 'done', passed: false });
  expect(a.metrics.maxExcursionMm).toBeCloseTo(15, 1);
  recounted(a);
  expect(await csvRow(page, 'Colouring')).toMatchObject({ result: 'missed', 'params.stencil': 'true', 'metrics.outwardCrossings': '10', 'metrics.finishedBy': 'done' });
});

test('a pen colours the apple’s leaf with light and firm pressure; the record keeps the pressure and the part', async ({ page }) => {
  const { layout, px } = pageLayout(page, { picture: 'apple', part: 1 });
  const leaf = layout.picture.regions[1]!.rings[0]!;
  const xs = leaf.map((p) => p.x), ys = leaf.map((p) => p.y);
  const box = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
  const cdp = await openActivity(page, '#/play/colour?picture=apple&part=1&crayon=5&demo=0');
  // Green is the leaf's pot, first in the row; two strokes along the leaf's middle, one light, one firm.
  const midY = (box.y0 + box.y1) / 2;
  await penStroke(cdp, row(box.x0 + 8, box.x1 - 8, midY - 1, px), { force: 0.3 });
  await penStroke(cdp, row(box.x1 - 8, box.x0 + 8, midY + 1, px), { force: 0.8 });
  await page.screenshot({ path: `${SCREENSHOTS}/colour-apple-leaf-pen.png` });
  await page.getByRole('button', { name: 'Done' }).click();
  await waitForAttempts(page, 1);
  const a = theOnly((await exportJson(page)).attempts, 'colour');
  expect(a.params.part).toBe(1);
  expect(a.picture.regions.map((r) => r.id)).toEqual(['apple', 'leaf']);
  expect(a.strokes.map((s) => [s.pointerType, s.colour])).toEqual([['pen', '#43a047'], ['pen', '#43a047']]);
  expect(a.strokes[0]!.points.every((p) => Math.abs(p.pressure - 0.3) < 0.01)).toBe(true);
  expect(a.metrics.meanPenPressure!).toBeCloseTo(0.55, 1);
  expect(a.metrics.coverageByRegionPct[0]).toBe(0); // not a dab on the apple
  expect(a.metrics.coveragePct).toBeGreaterThan(10);
  recounted(a);
  const csv = await csvRow(page, 'Colouring');
  expect(Number(csv['metrics.meanPenPressure'])).toBeCloseTo(a.metrics.meanPenPressure!, 2);
});
