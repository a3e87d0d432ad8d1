import { expect, test } from './fixtures';
import type { CDPSession, Locator, Page } from '@playwright/test';
import { exportJson, formOnPage, holdGate, openActivity, openGrownUps, pageShot, PX_PER_MM, roundOnPage, SCREENSHOTS, segment, streamToText, theOnly, touchStroke, touchTap, type CssPoint } from './drive';
import { CATEGORY_PICTURES, pictureSilhouette } from '../../src/activities/sort/pictures';
import { fitRing } from '../../src/activities/targets/fit-ring';
import { planLink, readPlanLink } from '../../src/plans/share-link';
import { summarize } from '../../src/registry/attempt-summary';
import { exportFileSchema } from '../../src/export/export-file';
import { byBucket, withSummaries } from '../../src/storage/summary-buckets';
import { centreOfArea } from '../unit/helpers';
import { traced } from '../unit/sample-attempt';
import { planContentSchema } from '../../src/registry/plan';
import { targetsParamsSchema } from '../../src/activities/targets/params';
import { areaCentre, playArea } from '../../src/activities/targets/play-area';
import { ringOrder, ringTargets } from '../../src/activities/targets/ring';

/** The sizes a new user tried (issue 14): iPad landscape, and a phone. */
const SCREENS = { ipad: { width: 1180, height: 820 }, phone: { width: 390, height: 844 } } as const;

test('item 12 (issue 14): the built page asks for no eval, so its strict CSP reports nothing, on any screen', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${location.hash}`));
  });
  for (const hash of ['#/', '#/play/trace?form=circle', '#/play/sort', '#/grown-ups/data']) {
    await page.goto(`./${hash}`);
    await page.locator('.stage[data-ready=true], .home, .gate').first().waitFor();
    await page.waitForTimeout(300);
  }
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

for (const [name, viewport] of Object.entries(SCREENS)) {
  test(`item 2 (issue 14): a tap on the start dot is not an attempt: the demonstration shows again, and the tap is logged in the next record (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const cdp = await openActivity(page, '#/play/trace?form=circle&demo=0');
    const [circle] = await formOnPage(page, 'circle');
    await touchTap(cdp, circle![0]!);
    await page.waitForTimeout(700); // mid-demonstration
    await page.screenshot({ path: `${SCREENSHOTS}/first-user-tap-${name}.png` });
    await page.waitForTimeout(2500); // longer than a missed attempt's pause: nothing was scored
    await expect(page.locator('.stage')).not.toHaveAttribute('data-saved', /.*/);
    await expect(page.locator('button.done')).toBeHidden();
    await touchStroke(cdp, circle!);
    await expect(page.locator('.stage')).toHaveAttribute('data-saved', '1');
    const attempt = theOnly((await exportJson(page)).attempts, 'trace');
    expect(attempt.strokes).toHaveLength(1);
    expect(attempt.taps).toHaveLength(1);
    expect(attempt.taps[0]!.points[0]!.t).toBeLessThan(attempt.strokes[0]!.points[0]!.t);
    expect(attempt.metrics.passed).toBe(true);
  });
}

test('item 3 (issue 14): the ring on a phone: no ring asked for fits, so the largest that fits is offered and played, never a black screen', async ({ page }) => {
  // On an iPad the ring asked for fits: no note.
  await page.setViewportSize(SCREENS.ipad);
  await openActivity(page, '#/play/targets?mode=ring');
  await expect(page.locator('.grown-up-note')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/first-user-ring-ipad.png` });
  await page.goto('./#/');
  await page.locator('body[data-screen=home]').waitFor();
  await page.setViewportSize(SCREENS.phone);
  const cdp = await openActivity(page, '#/play/targets?mode=ring');
  const area = playArea(SCREENS.phone.width / PX_PER_MM, SCREENS.phone.height / PX_PER_MM);
  const fit = fitRing(targetsParamsSchema.parse({ mode: 'ring' }), Math.min(area.width, area.height));
  expect(fit.largestThatFits).not.toBeNull();
  const { amplitudeMm, widthMm } = fit.largestThatFits!;
  await expect(page.getByRole('status')).toHaveText(`The ring is too wide for this screen (${Math.floor(Math.min(area.width, area.height))} mm): the largest that fits is used, ${amplitudeMm} × ${widthMm} mm.`);
  await page.screenshot({ path: `${SCREENSHOTS}/first-user-ring-phone.png` });
  const targets = ringTargets(fit.largestThatFits!, areaCentre(area));
  for (const index of ringOrder()) {
    const t = targets[index]!;
    await touchTap(cdp, { x: t.x * PX_PER_MM, y: t.y * PX_PER_MM });
    await page.waitForTimeout(120);
  }
  await expect(page.locator('.stage')).toHaveAttribute('data-saved', '1');
  const attempt = theOnly((await exportJson(page)).attempts, 'targets');
  if (attempt.metrics.mode !== 'ring') throw new Error('not a ring record');
  expect(attempt.metrics.sequences).toMatchObject([{ amplitudeMm, widthMm }]);
  expect(attempt.taps.filter((tp) => tp.hit)).toHaveLength(14);
});

for (const [name, viewport] of Object.entries(SCREENS)) {
  test(`item 5 (issue 14): a grown-up's note stays in the band along the top, lets touches through and needs no OK (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    // 8 objects of 30 mm: on a phone some do not fit, and the grown-up is told; and a wrong link value, told too.
    const cdp = await openActivity(page, '#/play/sort?rule=color&items=8&size=30&bins=2&seed=42&colour=red');
    const note = page.locator('.grown-up-note');
    await expect(note).toContainText('“colour” is not a setting');
    if (name === 'phone') await expect(note).toContainText('objects did not fit');
    await expect(note.getByRole('button')).toHaveCount(0);
    expect(await note.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    // It stays above everything the game lays out (the band sort keeps clear, 24 mm), and clear of the corner buttons.
    const box = (await note.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(24 * PX_PER_MM);
    const back = (await page.getByRole('button', { name: 'Back' }).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(back.x + back.width);
    await page.screenshot({ path: `${SCREENSHOTS}/first-user-note-${name}.png` });
    if (name === 'phone') {
      // Two notes take turns, so each fits the band whole on a phone.
      await expect(note.locator('p:visible')).toHaveCount(1);
      await expect(note.locator('p:visible')).toContainText('objects did not fit');
      await expect(note.locator('p:visible')).toContainText('“colour” is not a setting', { timeout: 8000 });
      await page.screenshot({ path: `${SCREENSHOTS}/first-user-note-${name}-turn.png` });
    }
    // The child plays on at once: an object carried into its bin counts, with the note still there.
    const { layout, px, binCentre } = roundOnPage(page, { rule: 'color', itemCount: 8, itemSizeMm: 30, binCount: 2, seed: 42 });
    if (name === 'phone') expect(layout.unplaced.length).toBeGreaterThan(0);
    const item = layout.items[0]!;
    await touchStroke(cdp, segment(px(item), binCentre(item.bin!), 16));
    await page.getByRole('button', { name: 'Back' }).click();
    await page.locator('body[data-screen=sort]').waitFor();
    const attempt = theOnly((await exportJson(page)).attempts, 'sort');
    expect(attempt.metrics.correctCount).toBe(1);
  });
}

const MIA = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const SAM = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';
const PLAN = '3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f';

/** Two children on the device and a two-step plan for both (two circles, then a line), imported as a therapist's file. */
async function twoChildrenAndAPlan(page: Page): Promise<void> {
  const child = (id: string, nickname: string, avatar: string) => ({ id, nickname, avatar, ageBand: '4–5', handedness: 'right', notes: '', createdAt: '2026-11-01T09:00:00.000Z' });
  const file = {
    format: 'deft-export', version: 1, exportedAt: new Date().toISOString(), attempts: [],
    profiles: [child(MIA, 'Mia', 'owl'), child(SAM, 'Sam', 'frog')],
    plans: [{ id: PLAN, name: 'Circles', assignedTo: [MIA, SAM], createdAt: '2026-11-01T09:00:00.000Z', steps: [
      { activity: 'trace', params: { form: 'circle', demo: false }, trials: 2 },
      { activity: 'trace', params: { form: 'vertical', demo: false }, trials: 1 },
    ] }],
  };
  await openGrownUps(page);
  await page.locator('input[type=file]').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('status')).toContainText('2 children, 1 plan');
}

/** Mia taps her face, then her plan on Today's practice. */
async function miaStartsHerPlan(page: Page): Promise<void> {
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Mia', exact: true }).click();
  await page.getByRole('link', { name: 'Circles' }).click();
}

/** A finger held on a point for `ms`, through the real touch pipeline. */
async function touchHold(cdp: CDPSession, at: CssPoint, ms: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...at, id: 1 }] });
  await new Promise((resolve) => setTimeout(resolve, ms));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const centreOf = async (locator: Locator): Promise<CssPoint> => { const b = (await locator.boundingBox())!; return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; };
const fullDots = (page: Page) => page.locator('.trail li[data-state=current] .trail-trials i.full');

/** On an iPad, with two children and a plan for both: Mia starts her plan and traces its first circle. */
async function miaTracesHerFirstCircle(page: Page): Promise<{ cdp: CDPSession; circle: CssPoint[] }> {
  await page.setViewportSize(SCREENS.ipad);
  await twoChildrenAndAPlan(page);
  await miaStartsHerPlan(page);
  await page.locator('.stage[data-ready=true][data-step="0"]').waitFor();
  const cdp = await page.context().newCDPSession(page);
  const [circle] = await formOnPage(page, 'circle');
  await touchStroke(cdp, circle!);
  await expect(fullDots(page)).toHaveCount(1);
  return { cdp, circle: circle! };
}

test('item 6 (issue 14): a reload mid-session keeps the child and the place; every attempt is the child’s', async ({ page }) => {
  test.setTimeout(150_000);
  const first = await miaTracesHerFirstCircle(page);
  const { circle } = first;
  let { cdp } = first;
  const sessionUrl = page.url();
  expect(sessionUrl).toMatch(new RegExp(`#/session/${PLAN}/[0-9a-f-]{36}$`));
  await page.waitForTimeout(2700); // the reward, then the second circle: half drawn when the page reloads
  await touchStroke(cdp, circle.slice(0, 20), { end: 'hold' });
  await page.reload();
  // Back in the same session, at the same trial, without asking who is playing.
  await page.locator('.stage[data-ready=true][data-step="0"]').waitFor();
  expect(page.url()).toBe(sessionUrl);
  await expect(fullDots(page)).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Who is playing?' })).toHaveCount(0);
  cdp = await page.context().newCDPSession(page);
  await touchStroke(cdp, circle);
  await page.locator('.stage[data-ready=true][data-step="1"]').waitFor();
  const [line] = await formOnPage(page, 'vertical');
  await touchStroke(cdp, line!);
  await expect(page.getByRole('region', { name: 'Well done!' })).toBeVisible();

  const exported = await exportJson(page);
  expect(exported.sessions).toHaveLength(1);
  expect(exported.sessions[0]).toMatchObject({ profileId: MIA, stepsDone: 2, sticker: 0 });
  const made = exported.attempts.map((a) => [a.session?.step, a.status, a.endReason]).sort();
  expect(made).toEqual([[0, 'abandoned', 'hidden'], [0, 'completed', 'strokes'], [0, 'completed', 'strokes'], [1, 'completed', 'strokes']]);
  expect(exported.attempts.every((a) => a.profileId === MIA && a.session?.id === exported.sessions[0]!.id)).toBe(true);
});

test('item 7 (issue 14): the session’s back arrow takes a hold; starting the plan again offers to carry on; the report shows sessions ended early', async ({ page }) => {
  test.setTimeout(150_000);
  const { cdp } = await miaTracesHerFirstCircle(page);
  const back = page.getByRole('button', { name: 'Back (hold)' });
  // A tap, as a child's: nothing happens.
  await touchTap(cdp, await centreOf(back));
  await page.waitForTimeout(1500);
  await expect(page.locator('body[data-screen=session]')).toBeVisible();
  await expect(fullDots(page)).toHaveCount(1);
  // The hold: home, and the session waits.
  await touchHold(cdp, await centreOf(back), 1300);
  await page.locator('body[data-screen=home]').waitFor();

  for (const [name, viewport] of Object.entries(SCREENS)) {
    await page.setViewportSize(viewport);
    await page.getByRole('link', { name: 'Circles' }).click();
    await expect(page.getByRole('button', { name: 'Carry on where you stopped' })).toBeVisible();
    await expect(page.locator('.carry-on .trail li[data-state=current] .trail-trials i.full')).toHaveCount(1);
    await page.screenshot({ path: `${SCREENSHOTS}/first-user-carry-on-${name}.png` });
    await page.goto('./#/');
  }
  await page.setViewportSize(SCREENS.ipad);
  /** Mia taps her plan again, makes her choice, finds the trial count it leads to, and holds the back arrow. */
  const startAgain = async (choice: string, trialsDone: number) => {
    await page.getByRole('link', { name: 'Circles' }).click();
    await page.getByRole('button', { name: choice }).click();
    await page.locator('.stage[data-ready=true][data-step="0"]').waitFor();
    await expect(fullDots(page)).toHaveCount(trialsDone);
    await touchHold(cdp, await centreOf(back), 1300);
    await page.locator('body[data-screen=home]').waitFor();
  };
  await startAgain('Carry on where you stopped', 1);
  // Starting again makes a new session; the one left stays, ended early.
  await startAgain('Start again from the first step', 0);

  await openGrownUps(page, `#/grown-ups/reports?child=${MIA}`);
  const rows = page.locator('.report tr[data-session-id]');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-outcome', 'ended-early');
  await expect(rows.nth(1)).toContainText('Ended early');
  await expect(rows.nth(1)).toContainText('1 (1 completed)');
  await pageShot(page, 'first-user-report-sessions');
  const exported = await exportJson(page);
  expect(exported.sessions).toHaveLength(2);
  expect(exported.sessions.every((s) => s.endedAt === null && s.sticker === null)).toBe(true);
});

test('item 10 (issue 14): a parent opens a shared link: a labelled gate, plain words, one button, the child made on the spot, and the practice waiting on the home screen', async ({ page }) => {
  test.setTimeout(120_000);
  const plan = { name: 'Circles at home', steps: [
    { activity: 'trace', params: { form: 'circle' }, trials: 2, goal: { measure: 'coveragePct', comparison: 'atLeast', value: 70, inTrials: 2, ofTrials: 2 } },
    { activity: 'trace', params: { form: 'circle', guide: 'dotted' }, trials: 2 },
    { activity: 'targets', params: { mode: 'pop', trials: 10 }, trials: 1 },
  ] };
  const link = planLink(planContentSchema.parse(plan), '');
  for (const [name, viewport] of Object.entries(SCREENS)) {
    await page.setViewportSize(viewport);
    await page.goto('./#/'); // leaving the grown-ups' area shuts the gate again
    await page.locator('body[data-screen=home]').waitFor();
    await page.goto(`./${link}`);
    await expect(page.locator('.gate-caption')).toHaveText('Grown-ups: hold here');
    await page.screenshot({ path: `${SCREENSHOTS}/first-user-parent-gate-${name}.png` });
    await holdGate(page);
    await expect(page.getByRole('heading', { name: 'Practice from your child’s therapist' })).toBeVisible();
    // 2 + 2 traces of 20 s and 10 bubbles: 95 s, about 2 minutes; no therapist's terms.
    await expect(page.locator('.shared-summary')).toHaveText('3 short games, about 2 minutes');
    await expect(page.locator('.shared-plan li').first()).toHaveText('Trace over the path: circle (2 times)');
    await expect(page.locator('.shared-plan')).not.toContainText('Coverage');
    await expect(page.locator('.shared-plan button')).toHaveText(['Add to Today’s practice']); // one clear button
    await pageShot(page, `first-user-parent-plan-${name}`);
    if (name === 'ipad') continue;
    // No child on this tablet yet: a face and a nickname, and the one button.
    await page.locator('input[name=avatar][value=fox]').check({ force: true });
    await page.getByLabel('Nickname').fill('Ben');
    await page.getByRole('button', { name: 'Add to Today’s practice' }).click();
    await expect(page.getByRole('status')).toHaveText('Done. “Circles at home” now waits on the home screen, under Today’s practice, for Ben: tap the big green play button to start.');
    await pageShot(page, `first-user-parent-added-${name}`);
    await page.getByRole('link', { name: 'Go to the home screen' }).click();
    await expect(page.getByRole('navigation', { name: 'Today’s practice' }).getByRole('link', { name: 'Circles at home' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/first-user-parent-home-${name}.png` });
  }
  const exported = await exportJson(page);
  expect(exported.profiles).toMatchObject([{ nickname: 'Ben', avatar: 'fox' }]);
  expect(exported.plans).toMatchObject([{ name: 'Circles at home', assignedTo: [exported.profiles[0]!.id] }]);
});

test('items 8 and 9 (issue 14): a new plan is stored only when saved, and Share offers exactly what is on screen, or nothing', async ({ page }) => {
  await openGrownUps(page, '#/grown-ups/plans');
  // Item 9: a new empty plan, left unsaved, leaves nothing behind, even after a reload.
  await page.getByRole('button', { name: 'New empty plan' }).click();
  await expect(page.getByLabel('Plan name')).toHaveValue('New plan');
  // Item 8: before its first save, nothing to share.
  await expect(page.locator('.share-link')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Share' })).toContainText('Save the plan to share it.');
  await page.goto('./#/grown-ups/plans');
  await expect(page.getByText('No plans yet')).toBeVisible();
  await page.reload();
  await holdGate(page);
  await expect(page.getByText('No plans yet')).toBeVisible();
  // Saved, it is shared as saved; edited, nothing is shared until the edit is saved too.
  await page.getByRole('button', { name: 'New empty plan' }).click();
  await page.getByLabel('Plan name').fill('Circles');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status')).toHaveText('Plan saved.');
  expect(page.url()).toMatch(/#\/grown-ups\/plans\/[0-9a-f-]{36}$/);
  const shared = async () => readPlanLink(new URLSearchParams((await page.locator('.share-link').inputValue()).split('?')[1]));
  expect(await shared()).toMatchObject({ ok: true, plan: { name: 'Circles' } });
  await page.getByLabel('Plan name').fill('Squares');
  await expect(page.locator('.share-link')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Share' })).toContainText('Save your changes to share the plan as it is now.');
  await pageShot(page, 'first-user-plan-unsaved-share');
  await page.getByRole('button', { name: 'Save plan' }).click();
  expect(await shared()).toMatchObject({ ok: true, plan: { name: 'Squares' } });
  await page.goto('./#/grown-ups/plans');
  await expect(page.locator('.plan-list li')).toHaveCount(1);
});

test('item 11 (issue 14): a large export is written in parts and imported back as a stream, with progress; nothing is lost, and a damaged file changes nothing', async ({ page }) => {
  test.setTimeout(180_000);
  const COUNT = 150;
  const attempts = Array.from({ length: COUNT }, (_, i) => traced(40 + (i % 60), i % 1440, { id: crypto.randomUUID(), profileId: null }));
  const summaries = attempts.map((a) => summarize(a));
  const buckets = [...byBucket(summaries)].map(([key, group]) => withSummaries(undefined, key, group));
  await page.goto('./#/');
  await page.locator('body[data-screen=home]').waitFor();
  // Stored straight into the app's database, as the app stores them: each record, and its month's summaries.
  await page.evaluate(async ([records, summaryBuckets]) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => { const open = indexedDB.open('deft'); open.onsuccess = () => resolve(open.result); open.onerror = () => reject(open.error); });
    const tx = db.transaction(['attempts', 'summaries'], 'readwrite');
    for (const r of records) tx.objectStore('attempts').put(r);
    for (const b of summaryBuckets) tx.objectStore('summaries').put(b);
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  }, [attempts, buckets] as const);

  await openGrownUps(page);
  await expect(page.locator('tr[data-attempt-id]')).toHaveCount(COUNT);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  await expect(page.getByRole('status')).toContainText('The file is ready');
  const text = await streamToText(await download.createReadStream());
  expect(text).not.toMatch(/\n/); // compact
  const file = exportFileSchema.parse(JSON.parse(text));
  expect(file.attempts).toHaveLength(COUNT);
  const byId = new Map(attempts.map((a) => [a.id, a]));
  for (const a of file.attempts) expect(a).toEqual(byId.get(a.id));

  // Everything gone, then the file brought back: progress shown, every attempt back as it was.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => { const open = indexedDB.open('deft'); open.onsuccess = () => resolve(open.result); open.onerror = () => reject(open.error); });
    const tx = db.transaction(['attempts', 'summaries'], 'readwrite');
    tx.objectStore('attempts').clear();
    tx.objectStore('summaries').clear();
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
  });
  await page.reload();
  await holdGate(page);
  await expect(page.locator('tr[data-attempt-id]')).toHaveCount(0);
  await page.evaluate(() => {
    const seen: string[] = (window as unknown as { statusTexts: string[] }).statusTexts = [];
    new MutationObserver(() => { const s = document.querySelector('[role=status]')?.textContent; if (s && s !== seen.at(-1)) seen.push(s); }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.locator('input[type=file]').setInputFiles({ name: 'deft.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status')).toContainText(`Imported ${COUNT} attempts`);
  const shown = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
  expect(shown.some((s) => /^Checking the file… \d+%$/.test(s))).toBe(true);
  expect(shown.some((s) => /^Adding what is new… \d+%$/.test(s))).toBe(true);
  await expect(page.locator('tr[data-attempt-id]')).toHaveCount(COUNT);
  await page.screenshot({ path: `${SCREENSHOTS}/first-user-import-done.png` });
  const again = await exportJson(page);
  expect(again.attempts.map((a) => a.id).sort()).toEqual(attempts.map((a) => a.id).sort());

  // A file damaged near its end: it says where, and nothing changes.
  const damaged = JSON.parse(text);
  damaged.attempts[COUNT - 10].durationMs = 'long';
  damaged.attempts[0].id = crypto.randomUUID(); // would be new, were the file whole
  await page.locator('input[type=file]').setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
  await expect(page.getByRole('status')).toContainText(`nothing was changed. attempts[${COUNT - 10}].durationMs`);
  await expect(page.locator('tr[data-attempt-id]')).toHaveCount(COUNT);
});

for (const [name, viewport] of Object.entries(SCREENS)) {
  test(`item 4 (issue 14): cherries are picked up by the middle of their picture, between the stems (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    // A seed whose round has cherries on the table at this size.
    const link = { rule: 'category', itemCount: 6, itemSizeMm: 24, binCount: 2 } as const;
    const seed = Array.from({ length: 200 }, (_, s) => s + 1).find((s) => roundOnPage(page, { ...link, seed: s }).layout.items.some((i) => i.kind === 'cherries'))!;
    const cdp = await openActivity(page, `#/play/sort?rule=category&items=6&size=24&bins=2&seed=${seed}`);
    const { layout, px, binCentre } = roundOnPage(page, { ...link, seed });
    const cherries = layout.items.find((i) => i.kind === 'cherries')!;
    // The centre of the picture's filled area (its silhouette's), in mm on the page.
    const centre = centreOfArea(pictureSilhouette(CATEGORY_PICTURES.cherries));
    const middle = px({ x: cherries.x + centre.x * cherries.sizeMm, y: cherries.y + centre.y * cherries.sizeMm });
    await touchStroke(cdp, segment(middle, binCentre(cherries.bin!), 16), { end: 'hold' });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SCREENSHOTS}/first-user-cherries-${name}.png` });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.getByRole('button', { name: 'Back' }).click();
    await page.locator('body[data-screen=sort]').waitFor();
    const attempt = theOnly((await exportJson(page)).attempts, 'sort');
    expect(attempt.events.map((e) => [e.type, e.itemId, e.outcome])).toEqual([['grab', cherries.id, undefined], ['drop', cherries.id, 'correct']]);
    expect(attempt.metrics.grabMisses).toBe(0);
  });
}
