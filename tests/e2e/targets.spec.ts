import { expect, test } from './fixtures';
import { exportJson, openActivity, PX_PER_MM, SCREENSHOTS, segment, theOnly, touchStroke, touchTap, type CssPoint } from './drive';
import type { Page } from '@playwright/test';
import { targetsParamsSchema } from '../../src/activities/targets/params';
import { areaCentre, playArea } from '../../src/activities/targets/play-area';
import { layoutPinch } from '../../src/activities/targets/pinch-round';
import { PopRound } from '../../src/activities/targets/pop-round';
import { ringOrder, ringTargets } from '../../src/activities/targets/ring';
import { seededRandom } from '../../src/random/seeded-random';

const areaOf = (page: Page) => { const { width, height } = page.viewportSize()!; return playArea(width / PX_PER_MM, height / PX_PER_MM); };
const px = (p: { x: number; y: number }): CssPoint => ({ x: p.x * PX_PER_MM, y: p.y * PX_PER_MM });
const saved = (page: Page, n: number) => expect(page.locator('.stage')).toHaveAttribute('data-saved', String(n));
const tap = touchTap;

test('ring: a full ISO 9241-9 sequence by touch; the exported throughput matches a recomputation from the exported taps', async ({ page }) => {
  const cdp = await openActivity(page, '#/play/targets?mode=ring&amplitude=120&width=8&seed=1');
  const targets = ringTargets({ amplitudeMm: 120, widthMm: 8 }, areaCentre(areaOf(page)));
  await page.screenshot({ path: `${SCREENSHOTS}/targets-ring-start.png` });
  const random = seededRandom(12);
  for (const [k, index] of ringOrder().entries()) {
    const t = targets[index]!;
    // Scatter round the centre, ±5 mm: some land outside the 8 mm target.
    await tap(cdp, px({ x: t.x + (random() - 0.5) * 10, y: t.y + (random() - 0.5) * 10 }));
    if (k === 6) await page.screenshot({ path: `${SCREENSHOTS}/targets-ring-mid.png` });
    await page.waitForTimeout(120);
  }
  await saved(page, 1);
  const a = theOnly((await exportJson(page)).attempts, 'targets');
  expect(a).toMatchObject({ status: 'completed', endReason: 'finished' });
  expect(a.taps).toHaveLength(14);
  expect(a.touchUps).toHaveLength(14);
  expect(a.taps.every((tp) => tp.contact !== null && tp.contact.widthMm > 0)).toBe(true);
  const m = a.metrics;
  if (m.mode !== 'ring') throw new Error('not a ring record');
  // Independent recomputation: the deviation along the task axis by vector projection; a serial task's movement
  // starts where the last selection landed, so its amplitude also takes the previous deviation (MacKenzie).
  const taps = a.taps.map((tp) => ({ ...tp, target: a.layout.targets[tp.targetIndex]! }));
  const projected = taps.slice(1).map((tp, i) => {
    const from = taps[i]!.target;
    const axis = { x: tp.target.x - from.x, y: tp.target.y - from.y };
    const length = Math.hypot(axis.x, axis.y);
    return { length, dx: ((tp.x - tp.target.x) * axis.x + (tp.y - tp.target.y) * axis.y) / length };
  });
  const measured = taps.slice(1).map((tp, i) => ({
    dx: projected[i]!.dx,
    ae: projected[i]!.length + projected[i]!.dx + (i > 0 ? projected[i - 1]!.dx : 0),
    mt: tp.t - taps[i]!.t,
    hit: Math.hypot(tp.x - tp.target.x, tp.y - tp.target.y) <= 4,
  }));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const dxMean = mean(measured.map((x) => x.dx));
  const we = 4.133 * Math.sqrt(measured.reduce((s, x) => s + (x.dx - dxMean) ** 2, 0) / (measured.length - 1));
  const ide = Math.log2(mean(measured.map((x) => x.ae)) / we + 1);
  const tp = ide / (mean(measured.map((x) => x.mt)) / 1000);
  expect(m.sequences).toHaveLength(1);
  expect(m.sequences[0]!.effectiveWidthMm).toBeCloseTo(we, 6);
  expect(m.sequences[0]!.throughputBitsPerS).toBeCloseTo(tp, 6);
  expect(m.throughputBitsPerS).toBeCloseTo(tp, 6);
  expect(m.sequences[0]!.hits).toBe(measured.filter((x) => x.hit).length);
  expect(m.hits + m.misses).toBe(13);
  // The taps landed where they were sent, in mm.
  expect(a.layout.targets[0]!.x).toBeCloseTo(targets[0]!.x, 6);
});

test('pop: three hits in a row shrink the bubble, visibly, and the staircase is in the export', async ({ page }) => {
  const cdp = await openActivity(page, '#/play/targets?mode=pop&size=20&adaptive=1&step=20&trials=7&seed=7');
  // The same round, headless, tells where each bubble appears (the seed and the hits decide).
  const mirror = new PopRound(targetsParamsSchema.parse({ mode: 'pop', sizeMm: 20, stepPct: 20, trials: 7 }), areaOf(page), 7, 0);
  for (let trial = 0; trial < 7; trial++) {
    await page.waitForTimeout(1300); // the next bubble comes within a second
    const target = mirror.next(0)!;
    if (trial === 0 || trial === 6) await page.screenshot({ path: `${SCREENSHOTS}/targets-pop-${target.diameterMm.toFixed(1)}mm.png` });
    await tap(cdp, px(target));
    mirror.tap({ x: target.x, y: target.y, t: 1, pressure: 0.5, tiltX: 0, tiltY: 0, pointerType: 'touch', pointerId: 1, contact: null } as never);
  }
  await saved(page, 1);
  const a = theOnly((await exportJson(page)).attempts, 'targets');
  const m = a.metrics;
  if (m.mode !== 'pop') throw new Error('not a pop record');
  expect(m.staircase.map((s) => +s.diameterMm.toFixed(2))).toEqual([20, 20, 20, 16, 16, 16, 12.8]);
  expect(m).toMatchObject({ hits: 7, misses: 0, finalDiameterMm: 12.8 });
  expect(a.layout.targets.map((t) => +t.diameterMm.toFixed(2))).toEqual([20, 20, 20, 16, 16, 16, 12.8]);
  expect(m.meanEndpointErrorMm!).toBeLessThan(0.5);
  expect(a.taps.every((t) => t.hit && t.movementMs > 0)).toBe(true);
});

test('pinch: one finger cannot carry the ladybug; two fingers closing on it carry it into the jar', async ({ page }) => {
  const cdp = await openActivity(page, '#/play/targets?mode=pinch&size=8&items=1&seed=3');
  const { objects, jar } = layoutPinch(areaOf(page), 1, 8, 3);
  const bug = objects[0]!;
  await page.screenshot({ path: `${SCREENSHOTS}/targets-pinch-start.png` });
  // One finger from the ladybug to the jar: it stays where it is.
  await touchStroke(cdp, segment(px(bug), px(jar), 20));
  await page.waitForTimeout(300);
  // Two fingers 30 mm apart either side of it close to 14 mm, carry it to the jar together, and lift.
  const pair = (c: { x: number; y: number }, half: number) => [px({ x: c.x - half, y: c.y }), px({ x: c.x + half, y: c.y })] as const;
  let [left, right] = pair(bug, 15);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...left, id: 1 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...left, id: 1 }, { ...right, id: 2 }] });
  for (let half = 14; half >= 7; half--) {
    [left, right] = pair(bug, half);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ ...left, id: 1 }, { ...right, id: 2 }] });
  }
  const steps = 24;
  for (let i = 1; i <= steps; i++) {
    const c = { x: bug.x + ((jar.x - bug.x) * i) / steps, y: bug.y + ((jar.y - bug.y) * i) / steps };
    [left, right] = pair(c, 7);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ ...left, id: 1 }, { ...right, id: 2 }] });
    if (i === steps / 2) await page.screenshot({ path: `${SCREENSHOTS}/targets-pinch-carrying.png` });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await saved(page, 1);
  const a = theOnly((await exportJson(page)).attempts, 'targets');
  const m = a.metrics;
  if (m.mode !== 'pinch') throw new Error('not a pinch record');
  expect(m).toMatchObject({ grasps: 1, failedGrasps: 1, failedOneFinger: 1, failedNotClosing: 0, inJar: 1, dropsOutside: 0 });
  expect(m.meanGripApertureMm!).toBeLessThanOrEqual(18 + 1e-9);
  expect(m.meanGripApertureMm!).toBeGreaterThan(12);
  expect(a.pinchEvents.map((e) => `${e.type}${e.reason ? `:${e.reason}` : ''}`)).toEqual(['failed:one-finger', 'grasp', 'release:lifted']);
  expect(a.pinchEvents.at(-1)!.inJar).toBe(true);
  expect(a.layout.jar!.diameterMm).toBeCloseTo(jar.diameterMm, 6);
  expect(a.strokes).toHaveLength(3); // the lone finger, then the two of the pinch
});
