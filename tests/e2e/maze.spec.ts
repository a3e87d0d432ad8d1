import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mazeLayoutOf } from '../../src/activities/maze/build-record';
import { cellCentre } from '../../src/activities/maze/maze-geometry';
import { neighbours } from '../../src/activities/maze/maze-grid';
import { measureMazeStrokes } from '../../src/activities/maze/maze-round';
import { layoutDots, layoutMaze, type DotsLayout, type MazeLayout } from '../../src/activities/maze/layout';
import { measureDots } from '../../src/activities/maze/measure-dots';
import { mazeParamsSchema, type MazeParams } from '../../src/activities/maze/params';
import type { MazeAttempt } from '../../src/activities/maze/record';
import { resample } from '../../src/geometry/resample';
import { mmPoint, type MmPoint } from '../../src/geometry/units';
import { csvRow, exportCsv, exportJson, openActivity, PX_PER_MM, SCREENSHOTS, theOnly, touchStroke, waitForAttempts, type CssPoint } from './drive';

const screenMm = (page: Page) => ({ width: page.viewportSize()!.width / PX_PER_MM, height: page.viewportSize()!.height / PX_PER_MM });
/** A path in screen mm as page points 2 mm apart. */
const onPage = (path: readonly MmPoint[]): CssPoint[] => resample(path, 2).map((p) => ({ x: p.x * PX_PER_MM, y: p.y * PX_PER_MM }));

function mazeOnPage(page: Page, over: Partial<MazeParams> & { seed: number }) {
  const params = mazeParamsSchema.parse({ mode: 'maze', ...over });
  const layout: MazeLayout = layoutMaze(params, params.corridorMm, over.seed, screenMm(page));
  const screen = (p: MmPoint) => mmPoint(p.x + layout.origin.x, p.y + layout.origin.y);
  const centre = (cell: number) => screen(cellCentre(layout.grid, layout.geometry.cellMm, cell));
  return { layout, screen, centre };
}

function dotsOnPage(page: Page, over: Partial<MazeParams>): DotsLayout {
  return layoutDots(mazeParamsSchema.parse({ mode: 'dots', ...over }), screenMm(page));
}

/** The measures, replayed from the exported record alone: the maze rebuilt from its cells, the joins from the dots. */
function recounted(a: MazeAttempt) {
  if (a.metrics.mode === 'maze') expect({ ...a.metrics, ...measureMazeStrokes(mazeLayoutOf(a)!, a.params.walls, a.strokes) }).toEqual(a.metrics);
  else expect({ ...a.metrics, ...measureDots(a.picture!.dots.map(([x, y]) => mmPoint(x, y)), a.params.dotRadiusMm, a.strokes) }).toEqual(a.metrics);
}

async function strokes(cdp: CDPSession, paths: MmPoint[][]): Promise<void> {
  for (const path of paths) await touchStroke(cdp, onPage(path));
}

test('a winding maze, the mouse led cleanly home by one finger: no wall contact, no wrong turn, efficiency 1; the figures recount from the export', async ({ page }) => {
  const { layout, screen } = mazeOnPage(page, { kind: 'winding', seed: 1 });
  const cdp = await openActivity(page, '#/play/maze?mode=maze&kind=winding&seed=1&demo=0');
  const path = layout.geometry.solution.map(screen);
  const points = onPage(path);
  const mid = Math.floor(points.length / 2);
  await touchStroke(cdp, points.slice(0, mid), { end: 'hold' });
  await page.screenshot({ path: `${SCREENSHOTS}/maze-winding-mid.png` });
  await touchStroke(cdp, points.slice(mid - 1));
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SCREENSHOTS}/maze-winding-home.png` });
  await waitForAttempts(page, 1);
  const a = theOnly((await exportJson(page)).attempts, 'maze');
  expect(a).toMatchObject({ status: 'completed', endReason: 'finished', params: { mode: 'maze', kind: 'winding', seed: 1, corridorMm: 20 } });
  expect(a.metrics).toMatchObject({ mode: 'maze', completed: true, wallContacts: 0, wrongTurns: 0, sentBack: 0, strayTouches: 0, passed: true });
  if (a.metrics.mode !== 'maze') throw new Error('a maze');
  expect(a.metrics.pathEfficiency!).toBeGreaterThan(0.98);
  expect(a.metrics.maxDeviationMm!).toBeLessThan(0.5);
  recounted(a);
  const csv = await csvRow(page, 'Mazes and dots');
  expect(csv).toMatchObject({ result: 'passed', 'params.mode': 'maze', 'params.kind': 'winding', 'metrics.wallContacts': '0', 'metrics.wrongTurns': '0', 'metrics.completed': 'true' });
  expect(csv['params.picture']).toBeUndefined(); // the dots' settings are not a maze's
});

test('strict walls: a wrong turn into a dead end and a step off the path, which sends the mouse back; picked up again, it gets home', async ({ page }) => {
  const seed = 5;
  const { layout, screen, centre } = mazeOnPage(page, { kind: 'perfect', columns: 4, rows: 4, corridorMm: 14, walls: 'strict', seed });
  const { grid, geometry } = layout;
  const route = geometry.solutionCells;
  const onRoute = new Set(route);
  // The first cell of the route with a way off it: in and straight back out.
  const k = route.findIndex((cell) => neighbours(grid, cell).some((n) => !onRoute.has(n)));
  expect(k).toBeGreaterThanOrEqual(0);
  const branch = neighbours(grid, route[k]!).find((n) => !onRoute.has(n))!;
  const j = k + 1; // a cell further on, whose middle the mouse passes: where strict walls send it back to
  const a0 = centre(route[j]!), a1 = centre(route[j + 1]!);
  const partWay = mmPoint(a0.x + (a1.x - a0.x) * 0.4, a0.y + (a1.y - a0.y) * 0.4);
  const dx = (a1.x - a0.x) / geometry.cellMm, dy = (a1.y - a0.y) / geometry.cellMm;
  const off = mmPoint(partWay.x - dy * layout.corridorMm * 0.75, partWay.y + dx * layout.corridorMm * 0.75);
  const first = [screen(geometry.start), ...route.slice(0, k + 1).map(centre), centre(branch), ...route.slice(k, j + 1).map(centre), partWay, off];
  const second = [a0, ...route.slice(j + 1).map(centre), screen(geometry.goal)];

  const cdp = await openActivity(page, `#/play/maze?mode=maze&kind=perfect&columns=4&rows=4&corridor=14&walls=strict&seed=${seed}&demo=0`);
  const wrongTurn = onPage(first.slice(0, k + 3));
  await touchStroke(cdp, wrongTurn, { end: 'hold' });
  await page.screenshot({ path: `${SCREENSHOTS}/maze-wrong-turn.png` });
  await touchStroke(cdp, onPage(first.slice(k + 2)));
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SCREENSHOTS}/maze-strict-sent-back.png` });
  await strokes(cdp, [second]);
  await waitForAttempts(page, 1);
  const a = theOnly((await exportJson(page)).attempts, 'maze');
  expect(a.params).toMatchObject({ walls: 'strict', seed, corridorMm: 14 });
  expect(a.maze!.open).toEqual([...grid.open]);
  expect(a.metrics).toMatchObject({ mode: 'maze', completed: true, wrongTurns: 1, wallContacts: 1, sentBack: 1, strayTouches: 0 });
  if (a.metrics.mode !== 'maze') throw new Error('a maze');
  // Into the dead end's cell to its middle and back out: half a cell each way.
  expect(a.metrics.backtrackedMm).toBeGreaterThan(geometry.cellMm - 2);
  expect(a.metrics.backtrackedMm).toBeLessThan(geometry.cellMm + 2);
  expect(a.metrics.pathEfficiency!).toBeLessThan(0.9);
  expect(a.strokes).toHaveLength(2); // the first, held for the picture and carried on; then the one that picked the mouse up again
  recounted(a);
  const csv = await csvRow(page, 'Mazes and dots');
  expect(csv).toMatchObject({ 'params.walls': 'strict', 'metrics.wrongTurns': '1', 'metrics.wallContacts': '1', 'metrics.sentBack': '1' });
});

test('dot-to-dot: a star joined in order, with one lift between dots, comes alive; a house with a dot skipped is an order error, finished with done', async ({ page }) => {
  const star = dotsOnPage(page, { picture: 'star' });
  let cdp = await openActivity(page, '#/play/maze?mode=dots&picture=star&demo=0');
  const d = star.dots;
  const halfway = mmPoint((d[2]!.x + d[3]!.x) / 2, (d[2]!.y + d[3]!.y) / 2);
  await strokes(cdp, [[d[0]!, d[1]!, d[2]!, halfway]]);
  await touchStroke(cdp, onPage([d[2]!, d[3]!, d[4]!, d[5]!]), { end: 'hold' });
  await page.screenshot({ path: `${SCREENSHOTS}/dots-star-mid.png` });
  await touchStroke(cdp, onPage([d[5]!, ...d.slice(6)]));
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${SCREENSHOTS}/dots-star-alive.png` });
  await waitForAttempts(page, 1);
  const starred = theOnly((await exportJson(page)).attempts, 'maze');
  expect(starred.metrics).toMatchObject({ mode: 'dots', completed: true, dots: 10, joined: 9, orderErrors: 0, skipped: [], liftsBetweenDots: 1, finishedBy: 'joined', passed: true });
  if (starred.metrics.mode !== 'dots') throw new Error('dots');
  expect(starred.metrics.maxDeviationMm!).toBeLessThan(0.5);
  expect(starred.metrics.meanStraightness!).toBeGreaterThan(0.97);
  recounted(starred);

  const house = dotsOnPage(page, { picture: 'house', labels: 'numbers' });
  cdp = await openActivity(page, '#/play/maze?mode=dots&picture=house&labels=numbers&demo=0');
  const h = house.dots;
  await strokes(cdp, [[h[0]!, h[1]!, h[3]!]]);
  await page.screenshot({ path: `${SCREENSHOTS}/dots-house-skipped.png` });
  await page.getByRole('button', { name: 'Done' }).click();
  await waitForAttempts(page, 2);
  const skipped = (await exportJson(page)).attempts.find((a) => a.activity === 'maze' && a.params.picture === 'house') as MazeAttempt;
  expect(skipped).toMatchObject({ status: 'completed', endReason: 'done-button' });
  expect(skipped.metrics).toMatchObject({ mode: 'dots', completed: false, dots: 5, joined: 1, orderErrors: 1, skipped: [2], finishedBy: 'done', passed: false });
  recounted(skipped);
  const rows = (await exportCsv(page, 'Mazes and dots')).split('\r\n').filter(Boolean);
  expect(rows).toHaveLength(3);
  expect(rows[0]).toContain('metrics.orderErrors');
});
