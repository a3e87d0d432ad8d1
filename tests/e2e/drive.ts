import { expect, type CDPSession, type Page } from '@playwright/test';
import { layoutSort } from '../../src/activities/sort/layout';
import { sortParamsSchema, type SortParams } from '../../src/activities/sort/params';
import { planRound } from '../../src/activities/sort/round-setup';
import { formTemplate, type FormId } from '../../src/forms/forms';
import { layoutTrace } from '../../src/activities/trace/layout';
import type { Handedness, TraceParams } from '../../src/activities/trace/params';
import { resample } from '../../src/geometry/resample';
import { CSS_REFERENCE_PX_PER_MM } from '../../src/geometry/units';
import type { Attempt } from '../../src/registry/attempt';
import { exportFileSchema, type ExportFile } from '../../src/export/export-file';


export const PX_PER_MM = CSS_REFERENCE_PX_PER_MM;
export type CssPoint = { x: number; y: number };

/** The form's strokes in page CSS px, as the app lays them out: centred in the window. */
export async function formOnPage(page: Page, form: FormId, { sizeMm = 70, stepMm = 2 } = {}): Promise<CssPoint[][]> {
  const { width, height } = page.viewportSize()!;
  return formTemplate(form, sizeMm).map((line) =>
    resample(line, stepMm).map((p) => ({ x: width / 2 + p.x * PX_PER_MM, y: height / 2 + p.y * PX_PER_MM })));
}

/** Where the app lays out a tracing drill (form, drawing box, model), in page CSS px. */
export function layoutOnPage(page: Page, params: Pick<TraceParams, 'form' | 'sizeMm' | 'guide'>, hand: Handedness = 'right') {
  const { width, height } = page.viewportSize()!;
  const placed = layoutTrace(params, width / PX_PER_MM, height / PX_PER_MM, hand);
  const px = (p: { x: number; y: number }) => ({ x: p.x * PX_PER_MM, y: p.y * PX_PER_MM });
  return { ...placed, centrePx: px(placed.centre), modelPx: placed.model && { ...px(placed.model.centre), scale: placed.model.scale } };
}

/** The round the app lays out for these parameters on this page (the canvas fills the window). */
export function roundOnPage(page: Page, over: Partial<SortParams> & { seed: number }) {
  const { width, height } = page.viewportSize()!;
  const params = sortParamsSchema.parse(over);
  const layout = layoutSort(planRound(params, over.seed), width / PX_PER_MM, height / PX_PER_MM, over.seed);
  const px = (p: { x: number; y: number }): CssPoint => ({ x: p.x * PX_PER_MM, y: p.y * PX_PER_MM });
  const binCentre = (id: string) => { const b = layout.bins.find((x) => x.id === id)!; return px({ x: b.x + b.width / 2, y: b.y + b.height / 2 }); };
  return { layout, px, binCentre, item: (i: number) => layout.items[i]! };
}

/** A form drawn as a person would: `sizeMm` wide, centred at `centre` (CSS px), each stroke resampled every `stepMm`. */
export function formAt(form: FormId, centre: CssPoint, { sizeMm = 70, stepMm = 2, reverse = false } = {}): CssPoint[][] {
  return formTemplate(form, sizeMm).map((line) =>
    resample(reverse ? [...line].reverse() : line, stepMm).map((p) => ({ x: centre.x + p.x * PX_PER_MM, y: centre.y + p.y * PX_PER_MM })));
}

/** A straight finger path from a to b in `steps` moves. */
export function segment(a: CssPoint, b: CssPoint, steps = 20): CssPoint[] {
  return Array.from({ length: steps + 1 }, (_, i) => ({ x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps }));
}

export async function openActivity(page: Page, hash: string): Promise<CDPSession> {
  await page.goto(`./${hash}`);
  await page.locator('.stage[data-ready=true]').waitFor();
  return page.context().newCDPSession(page);
}

/**
 * Moves in flight at once. The browser coalesces them into one frame's
 * pointermove (the app keeps every one through getCoalescedEvents), so a
 * stroke costs a frame per batch, not per point. Frames that draw ink are
 * slow on this machine's software WebGL (100–250 ms), so batches of 16 keep a
 * stroke to seconds; the moves still arrive many to a frame, as a 240 Hz
 * stylus's do.
 */
const MOVES_PER_FRAME = 16;

/** One finger along a path through Chrome's real touch pipeline. */
export async function touchStroke(cdp: CDPSession, points: readonly CssPoint[], { id = 1, end = 'lift' as 'lift' | 'cancel' | 'hold', force = 1 } = {}): Promise<void> {
  const [first, ...rest] = points;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: first!.x, y: first!.y, id, force }] });
  await touchMoves(cdp, rest, { id, force });
  if (end === 'lift') await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  if (end === 'cancel') await cdp.send('Input.dispatchTouchEvent', { type: 'touchCancel', touchPoints: [] });
}

/** A finger already down moves along a path, a batch of moves to a frame. */
export async function touchMoves(cdp: CDPSession, points: readonly CssPoint[], { id = 1, force = 1 } = {}): Promise<void> {
  for (let i = 0; i < points.length; i += MOVES_PER_FRAME) {
    await Promise.all(points.slice(i, i + MOVES_PER_FRAME).map((p) => cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: p.x, y: p.y, id, force }] })));
  }
}

/** A stylus stroke with pressure and tilt: CDP mouse events of pointerType "pen". */
export async function penStroke(cdp: CDPSession, points: readonly CssPoint[], { force = 0.6, tiltX = 20, tiltY = -10 } = {}): Promise<void> {
  const base = { pointerType: 'pen' as const, button: 'left' as const, force, tiltX, tiltY };
  const [first, ...rest] = points;
  await cdp.send('Input.dispatchMouseEvent', { ...base, type: 'mousePressed', x: first!.x, y: first!.y, buttons: 1, clickCount: 1 });
  for (let i = 0; i < rest.length; i += MOVES_PER_FRAME) {
    await Promise.all(rest.slice(i, i + MOVES_PER_FRAME).map((p) => cdp.send('Input.dispatchMouseEvent', { ...base, type: 'mouseMoved', x: p.x, y: p.y, buttons: 1 })));
  }
  const last = points.at(-1)!;
  await cdp.send('Input.dispatchMouseEvent', { ...base, type: 'mouseReleased', x: last.x, y: last.y, buttons: 0, clickCount: 1 });
}

/** Another app in front of the browser (hidden), or back (shown): what the page sees when a tablet switches apps. */
export async function setPageHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/** A quick tap of one finger, with a fingertip's contact size. */
export async function touchTap(cdp: CDPSession, at: CssPoint, id = 1): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...at, id, radiusX: 4, radiusY: 3 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Adds a child on the Children page, as a grown-up does: a nickname and a face. */
export async function addChild(page: Page, name: string, avatar: string) {
  await page.getByRole('link', { name: 'Add a child' }).click();
  await page.getByLabel('Nickname').fill(name);
  await page.locator(`input[name=avatar][value=${avatar}]`).check({ force: true });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.children li', { hasText: name })).toBeVisible();
}

/** Opens a grown-up page as a grown-up does: the gate first, held for its three seconds. */
export async function openGrownUps(page: Page, hash = '#/grown-ups/data'): Promise<void> {
  await page.goto(`./${hash}`);
  await page.locator('.gate, .data-page, .grown-ups-page').first().waitFor();
  if (await page.locator('.gate').count()) await holdGate(page);
  await page.locator('.data-page, .grown-ups-page').first().waitFor();
}

/**
 * Presses the gate's "Grown-ups" button and holds it: for `ms` when given (a
 * child's short press), else until the hold has acted and the button is gone
 * (its ring fills in three seconds, on frames: letting go at a fixed moment
 * would fail whenever a loaded machine's frame came late).
 */
export async function holdGate(page: Page, ms?: number): Promise<void> {
  const button = await page.getByRole('button', { name: 'Grown-ups' }).elementHandle();
  const box = (await button!.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  if (ms === undefined) await page.waitForFunction((held) => !held.isConnected, button, { timeout: 15_000 });
  else await page.waitForTimeout(ms);
  await page.mouse.up();
}

/** Opens the Data page and returns what "Export JSON" downloads, checked against the published schema. */
export async function exportJson(page: Page): Promise<ExportFile> {
  await openGrownUps(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  return exportFileSchema.parse(JSON.parse(await streamToText(await download.createReadStream())));
}


/** One activity's CSV, as the Data page downloads it ("Tracing CSV"). */
export async function exportCsv(page: Page, activity: 'Tracing' | 'Sorting' | 'Targets' | 'Cutting' | 'Colouring' | 'Mazes and dots' | 'Fingers and hands'): Promise<string> {
  await openGrownUps(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `${activity} CSV` }).click()]);
  return streamToText(await download.createReadStream());
}

/** An activity's CSV holding one attempt: its row, by column. */
export async function csvRow(page: Page, activity: Parameters<typeof exportCsv>[1]): Promise<Record<string, string>> {
  const [header, values] = (await exportCsv(page, activity)).split('\r\n').map((line) => line.split(','));
  return Object.fromEntries(header!.map((column, i) => [column, values![i]!]));
}

export async function streamToText(stream: NodeJS.ReadableStream): Promise<string> {
  return (await streamToBuffer(stream)).toString('utf8');
}

export async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Waits until the attempt has been stored (the Data page lists it). */
export async function waitForAttempts(page: Page, count: number): Promise<void> {
  await openGrownUps(page);
  await page.locator('tr[data-attempt-id]').nth(count - 1).waitFor();
}

export const SCREENSHOTS = 'test-results/screenshots';

/** The one attempt a test made, of the activity it expects. */
export function theOnly<A extends Attempt['activity']>(attempts: Attempt[], activity: A): Extract<Attempt, { activity: A }> {
  expect(attempts).toHaveLength(1);
  return ofActivity(attempts[0]!, activity);
}

/** An attempt as the record of its activity (the export holds every activity's). */
export function ofActivity<A extends Attempt['activity']>(attempt: Attempt, activity: A): Extract<Attempt, { activity: A }> {
  expect(attempt.activity).toBe(activity);
  return attempt as Extract<Attempt, { activity: A }>;
}

/** A screenshot of a whole grown-up page: it scrolls inside its own box, so the window grows to fit it for the shot. */
export async function pageShot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!;
  const height = await page.locator('.grown-ups-page').evaluate((el) => { el.scrollTo(0, 0); return el.scrollHeight; });
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
  await page.setViewportSize(size);
}
