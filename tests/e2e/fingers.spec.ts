import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { isolationSequence } from '../../src/activities/fingers/isolation-sequence';
import { layoutFingers, type FingersLayout } from '../../src/activities/fingers/layout';
import { measureFingers } from '../../src/activities/fingers/measure-fingers';
import { fingersParamsSchema, type FingersParams } from '../../src/activities/fingers/params';
import type { FingersAttempt } from '../../src/activities/fingers/record';
import { addChild, csvRow, exportJson, holdGate, openActivity, openGrownUps, PX_PER_MM, SCREENSHOTS, theOnly, waitForAttempts, type CssPoint } from './drive';
import { TouchClock } from './touch-clock';

const screenMm = (page: Page) => ({ width: page.viewportSize()!.width / PX_PER_MM, height: page.viewportSize()!.height / PX_PER_MM });
const px = (p: { x: number; y: number }): CssPoint => ({ x: p.x * PX_PER_MM, y: p.y * PX_PER_MM });

function layoutOnPage(page: Page, over: Partial<FingersParams>, hand: 'left' | 'right' = 'right', spanMm = 120): { params: FingersParams; layout: FingersLayout; at: (role: string) => CssPoint } {
  const params = fingersParamsSchema.parse(over);
  const layout = layoutFingers(params, hand, spanMm, screenMm(page));
  return { params, layout, at: (role) => px(layout.spots.find((s) => s.role === role)!) };
}

/** The measures, recounted from the exported record alone. */
function recounted(a: FingersAttempt): void {
  expect(measureFingers(a, a.status === 'completed')).toEqual(a.metrics);
}

async function theAttempt(page: Page): Promise<FingersAttempt> {
  // The game ends by itself (the last window closes, the last beat's time passes): then it is saved.
  await page.locator('.stage[data-saved="1"]').waitFor();
  await waitForAttempts(page, 1);
  const a = theOnly((await exportJson(page)).attempts, 'fingers');
  expect(a).toMatchObject({ status: 'completed', endReason: 'finished' });
  recounted(a);
  return a;
}

const sd = (xs: readonly number[]) => { const m = xs.reduce((s, x) => s + x, 0) / xs.length; return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1)); };
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

test('isolation: the whole hand laid on the outline is measured and kept in the child’s profile; then the thumb held on its anchor and each lit dot tapped, once with a second finger down with the tap (counted) and once 300 ms after it (not counted); a lifted thumb is counted and holds the next dot back', async ({ page }) => {
  const { layout, at } = layoutOnPage(page, { mode: 'isolate', trials: 3, seed: 5 });
  await page.goto('./#/grown-ups/children');
  await holdGate(page);
  await addChild(page, 'Ada', 'owl');
  const cdp = await openActivity(page, '#/play/fingers?mode=isolate&trials=3&seed=5&hand=right&demo=0');
  const fingers = await TouchClock.on(page, cdp);
  const order = isolationSequence(['index', 'middle', 'ring', 'little'], 3, 5);
  const stage = page.locator('.stage');
  const other = (finger: string) => order.find((f) => f !== finger) ?? (finger === 'index' ? 'little' : 'index');
  // The hand laid flat, a tenth larger than the outline (a 132 mm span), the thumb on its star first and the fingers just after: no dot lights until the thumb has settled alone.
  const palm = layout.palm!;
  const spread = (role: string) => { const s = layout.spots.find((x) => x.role === role)!; return px({ x: palm.x + 1.1 * (s.x - palm.x), y: palm.y + 1.1 * (s.y - palm.y) }); };
  let t = fingers.now() + 50;
  await fingers.downs([{ id: 1, at: spread('thumb'), ms: t }, ...(['index', 'middle', 'ring', 'little'] as const).map((finger, i) => ({ id: 10 + i, at: spread(finger), ms: t + 20 + i * 15 }))]);
  await page.screenshot({ path: `${SCREENSHOTS}/fingers-isolate-whole-hand.png` });
  t = fingers.now() + 300;
  for (const [i, finger] of (['index', 'middle', 'ring', 'little'] as const).entries()) await fingers.up(10 + i, spread(finger), t + i * 10);
  // 1: a tap, and another finger 300 ms after it came down: outside the window.
  await expect(stage).toHaveAttribute('data-lit', order[0]!);
  await page.screenshot({ path: `${SCREENSHOTS}/fingers-isolate-lit.png` });
  t = fingers.now() + 30;
  await fingers.tap(2, at(order[0]!), t, 120);
  // The thumb lifts (and comes back below): the next dot waits for it. It lifts before the late finger comes, so no
  // dot can be due yet however slowly a loaded machine hands the touches over (the next dot's timer runs on real time).
  await fingers.up(1, at('thumb'), t + 200);
  await fingers.tap(3, at(other(order[0]!)), t + 300, 80);
  await page.waitForTimeout(900);
  await expect(stage).toHaveAttribute('data-lit', '');
  await fingers.down(1, at('thumb'), fingers.now() + 20);
  // 2: another finger comes down 40 ms after the tapping one, inside the 150 ms window.
  await expect(stage).toHaveAttribute('data-lit', order[1]!);
  t = fingers.now() + 30;
  await fingers.down(2, at(order[1]!), t);
  await fingers.down(3, at(other(order[1]!)), t + 40);
  await page.screenshot({ path: `${SCREENSHOTS}/fingers-isolate-extra-finger.png` });
  await fingers.up(2, at(order[1]!), t + 130);
  await fingers.up(3, at(other(order[1]!)), t + 170);
  // 3: a clean tap; the game ends with the thumb still down.
  await expect(stage).toHaveAttribute('data-lit', order[2]!);
  t = fingers.now() + 30;
  await fingers.tap(2, at(order[2]!), t, 100);
  const a = await theAttempt(page);
  const m = a.metrics;
  if (m.mode !== 'isolate') throw new Error('an isolation record');
  expect(m.trials.map((r) => [r.correct, r.extraContacts])).toEqual([[true, 0], [true, 1], [true, 0]]);
  expect(m).toMatchObject({ correctTaps: 3, anchorLifts: 1, meanExtraContacts: 1 / 3, completed: true });
  // CDP's timestamps arrive to a tenth of a millisecond.
  m.trials.forEach((r, i) => expect(r.dwellMs).toBeCloseTo([120, 130, 100][i]!, 0));
  expect(a.layout.spots.map((s) => s.role)).toEqual(['thumb', 'index', 'middle', 'ring', 'little']);
  expect(a.layout.spots.find((s) => s.role === 'thumb')).toMatchObject({ x: layout.spots[0]!.x, y: layout.spots[0]!.y });
  // The hand's five, tap, the late finger, thumb again, tap and the finger with it, tap: the thumb still down at the end.
  expect(a.contacts).toHaveLength(11);
  expect(a.contacts[7]!.up).toBeNull();
  expect(a.layout).toMatchObject({ spanMm: 120, spanFrom: 'default', measuredHand: { hand: 'right' } });
  expect(a.layout.measuredHand!.spanMm).toBeCloseTo(132, 0);
  expect(a.contacts[0]).toMatchObject({ side: 'left', widthMm: expect.any(Number) });
  const row = await csvRow(page, 'Fingers and hands');
  expect(row).toMatchObject({ 'params.mode': 'isolate', 'metrics.correctTaps': '3', 'metrics.anchorLifts': '1', nickname: 'Ada' });
  // Kept in the profile: the next game's outline is the child's own size.
  expect((await exportJson(page)).profiles[0]!.handSpanMm).toBe(132);
  await page.goto('./#/play/fingers?mode=isolate&trials=3&demo=0');
  await page.locator('.stage[data-ready=true]').waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/fingers-isolate-own-size.png` });
  await openGrownUps(page, '#/grown-ups/children');
  await page.getByRole('link', { name: 'Edit Ada' }).click();
  await expect(page.getByLabel('Hand span (mm)')).toHaveValue('132');
  await page.screenshot({ path: `${SCREENSHOTS}/fingers-profile-hand-span.png` });
});

test('tapping speed: 10 s with the right hand at a set uneven rate; the exported count, interval and CV are what was sent, and taps after the window are left out', async ({ page }) => {
  // One hand: the other hand's turn after the rest, and the difference between hands, are played in fingers-rounds.test.ts.
  const { at } = layoutOnPage(page, { mode: 'tap' });
  const cdp = await openActivity(page, '#/play/fingers?mode=tap&seconds=10&hands=one&hand=right&demo=0');
  const fingers = await TouchClock.on(page, cdp);
  // 190 and 230 ms in turn; the last at 10.08 s, after the window (none lands within a millisecond of its edge).
  const right = Array.from({ length: 49 }, (_, i) => Math.floor(i / 2) * 420 + (i % 2) * 190);
  const t0 = fingers.now() + 100;
  for (const [i, t] of right.entries()) {
    await fingers.tap(1, at('right'), t0 + t, 60);
    if (i === 20) await page.screenshot({ path: `${SCREENSHOTS}/fingers-tap-right.png` });
  }
  const a = await theAttempt(page);
  const m = a.metrics;
  if (m.mode !== 'tap') throw new Error('a tapping record');
  const r = right.filter((t) => t < 10_000);
  const intervals = r.slice(1).map((t, i) => t - r[i]!);
  expect(r).toHaveLength(48);
  expect(m.hands.map((h) => [h.hand, h.taps])).toEqual([['right', 48]]);
  expect(m.hands[0]!.meanIntervalMs).toBeCloseTo(mean(intervals), 1);
  expect(m.hands[0]!.intervalCv).toBeCloseTo(sd(intervals) / mean(intervals), 3);
  expect(m.hands[0]!.meanDwellMs).toBeCloseTo(60, 0);
  expect(m.handDifferenceTaps).toBeNull();
  // Every tap is in the record, the one after the window too: it is only not counted.
  expect(a.contacts).toHaveLength(49);
  const row = await csvRow(page, 'Fingers and hands');
  expect(row).toMatchObject({ 'params.mode': 'tap', 'params.speedHands': 'one', 'params.windowS': '10' });
});

test('rhythm: taps a known offset from each beat of the metronome, then alone and slowing; the asynchronies are the offsets, within the audio clock mapping’s stated bound', async ({ page }) => {
  const { at } = layoutOnPage(page, { mode: 'rhythm' });
  const cdp = await openActivity(page, '#/play/fingers?mode=rhythm&tempo=120&beats=8&alone=6&demo=0');
  const fingers = await TouchClock.on(page, cdp);
  // A touch first, as on the way into any game: the browser lets sound start only after one.
  await fingers.tap(2, { x: 40, y: 700 }, fingers.now() + 30, 80);
  await page.waitForTimeout(300);
  await fingers.tap(1, at('drum'), fingers.now() + 30, 80);
  const beats = JSON.parse((await page.locator('.stage[data-beats]').getAttribute('data-beats'))!) as number[];
  expect(beats).toHaveLength(8);
  const offsets = [-40, -20, -30, -50, 10, -30, -20, -50];
  for (const [i, beat] of beats.entries()) {
    await fingers.tap(1, at('drum'), beat + offsets[i]!, 90);
    if (i === 3) await page.screenshot({ path: `${SCREENSHOTS}/fingers-rhythm-beat.png` });
  }
  const alone = [500, 510, 520, 530, 540, 550];
  let t = beats.at(-1)! + offsets.at(-1)!;
  for (const gap of alone) { t += gap; await fingers.tap(1, at('drum'), t, 90); }
  const a = await theAttempt(page);
  const m = a.metrics;
  if (m.mode !== 'rhythm' || !a.rhythm) throw new Error('a rhythm record');
  // The beats were heard: scheduled on the audio clock, and the taps put on it through getOutputTimestamp.
  expect(a.rhythm.clock).toBe('audio');
  m.asynchronies.forEach((async, i) => {
    const bound = a.rhythm!.tapsMs[i]!.boundMs + 0.15; // data-beats is rounded to 0.1 ms, and CDP's timestamps to about that
    expect(Math.abs(async! - offsets[i]!)).toBeLessThanOrEqual(bound);
  });
  expect(m).toMatchObject({ missedBeats: 0, extraTaps: 0 });
  expect(m.meanAsynchronyMs!).toBeCloseTo(mean(offsets), 0);
  expect(m.continuation.taps).toBe(alone.length);
  expect(m.continuation.driftMsPerTap!).toBeCloseTo(10, 0);
  const row = await csvRow(page, 'Fingers and hands');
  expect(row).toMatchObject({ 'params.mode': 'rhythm', 'metrics.missedBeats': '0' });
});

test('two hands together: the targets pressed 40 ms apart, left first, then the right 25 ms ahead, then at once; exported as 40, −25 and 0 ms', async ({ page }) => {
  const { at } = layoutOnPage(page, { mode: 'together' });
  const cdp = await openActivity(page, '#/play/fingers?mode=together&trials=3&demo=0');
  const fingers = await TouchClock.on(page, cdp);
  const stage = page.locator('.stage');
  for (const [first, second, gap] of [['left', 'right', 40], ['right', 'left', 25], ['left', 'right', 0]] as const) {
    await expect(stage).toHaveAttribute('data-lit', 'left right');
    const t = fingers.now() + 30;
    await fingers.down(1, at(first), t);
    await fingers.down(2, at(second), t + gap);
    if (first === 'left') await page.screenshot({ path: `${SCREENSHOTS}/fingers-together.png` });
    await fingers.up(1, at(first), t + 200);
    await fingers.up(2, at(second), t + 210);
  }
  const a = await theAttempt(page);
  const m = a.metrics;
  if (m.mode !== 'together') throw new Error('a together record');
  m.asynchronies.forEach((async, i) => expect(async).toBeCloseTo([40, -25, 0][i]!, 0));
  expect(m.meanAbsAsynchronyMs).toBeCloseTo(65 / 3, 0);
  expect(a.contacts.map((c) => c.side)).toEqual(['left', 'right', 'right', 'left', 'left', 'right']);
  const row = await csvRow(page, 'Fingers and hands');
  expect(row).toMatchObject({ 'params.mode': 'together' });
  expect(Number(row['metrics.meanAbsAsynchronyMs'])).toBeCloseTo(65 / 3, 0);
});

test('mirror drawing: two fingers at once down both lines, the right 100 ms behind the left; each path scores as tracing does, and the lag is found', async ({ page }) => {
  const { layout } = layoutOnPage(page, { mode: 'mirror', form: 'vertical', sizeMm: 60 });
  const cdp = await openActivity(page, '#/play/fingers?mode=mirror&form=vertical&size=60&demo=0');
  const fingers = await TouchClock.on(page, cdp);
  const [top, bottom] = layout.forms!.left[0]!;
  const steps = 60, stepMs = 20, lagSteps = 5;
  const left = (i: number) => px({ x: top!.x, y: top!.y + ((bottom!.y - top!.y) * Math.min(steps, Math.max(0, i))) / steps });
  const right = (i: number) => { const p = left(i - lagSteps); return { x: 2 * layout.axisXMm * PX_PER_MM - p.x, y: p.y }; };
  const t0 = fingers.now() + 50;
  await fingers.down(1, left(0), t0);
  await fingers.down(2, right(0), t0);
  const step = (i: number) => ({ points: [{ ...left(i), id: 1 }, { ...right(i), id: 2 }], ms: t0 + i * stepMs });
  await fingers.moves(Array.from({ length: 30 }, (_, i) => step(i + 1)));
  await page.screenshot({ path: `${SCREENSHOTS}/fingers-mirror.png` });
  await fingers.moves(Array.from({ length: steps + lagSteps - 30 }, (_, i) => step(i + 31)));
  await fingers.up(1, left(steps), t0 + (steps + lagSteps + 1) * stepMs);
  await fingers.up(2, right(steps + lagSteps), t0 + (steps + lagSteps + 1) * stepMs);
  const a = await theAttempt(page);
  const m = a.metrics;
  if (m.mode !== 'mirror') throw new Error('a mirror record');
  expect(m.left!.coveragePct).toBeGreaterThan(98);
  expect(m.right!.coveragePct).toBeGreaterThan(98);
  expect(m.left!.meanDeviationMm).toBeLessThan(0.3);
  expect(m.lagMs).toBe(lagSteps * stepMs);
  expect(m.symmetryErrorAtLagMm!).toBeLessThan(0.3);
  expect(m.symmetryErrorMm!).toBeGreaterThan(3);
  const row = await csvRow(page, 'Fingers and hands');
  expect(row).toMatchObject({ 'params.mode': 'mirror', 'metrics.lagMs': String(lagSteps * stepMs) });
});
