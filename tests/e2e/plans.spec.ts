import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { addChild, exportJson, formOnPage, holdGate, openGrownUps, pageShot, PX_PER_MM, SCREENSHOTS, streamToBuffer, streamToText, touchStroke, touchTap } from './drive';
import type { Page } from '@playwright/test';
import { targetsParamsSchema } from '../../src/activities/targets/params';
import { playArea } from '../../src/activities/targets/play-area';
import { PopRound } from '../../src/activities/targets/pop-round';
import { exportFileSchema } from '../../src/export/export-file';

const POP = { mode: 'pop', sizeMm: 20, adaptive: false, trials: 3, seed: 7 } as const;

/** The therapist builds a two-step plan in the real form: a traced circle with a goal, then popping bubbles. */
async function buildPlan(page: Page) {
  await page.goto('./#/grown-ups/plans');
  await page.getByRole('button', { name: 'New empty plan' }).click();
  await page.getByLabel('Plan name').fill('Monday drill');
  const first = page.locator('.step').nth(0);
  await first.getByLabel('Trials', { exact: true }).fill('2');
  await first.getByText('Tracing settings').click();
  await first.getByLabel('Form', { exact: true }).selectOption('circle');
  await first.getByLabel('Show how first').uncheck();
  await first.getByLabel('Goal').check();
  await first.getByLabel('Value (%)').fill('60');
  await first.getByLabel('In', { exact: true }).fill('2');
  await first.getByLabel('of the last').fill('2');
  await page.getByRole('button', { name: 'Add a step' }).click();
  const second = page.locator('.step').nth(1);
  await second.getByLabel('Activity').selectOption('targets');
  await second.getByLabel('Trials', { exact: true }).fill('1');
  await second.getByText('Targets settings').click();
  await second.getByLabel('Game').selectOption('pop');
  await second.getByLabel('Target size (mm)').fill(String(POP.sizeMm));
  await second.getByLabel('Adjust the size to the child').uncheck();
  await second.getByLabel('Bubbles in a round').fill(String(POP.trials));
  await second.getByLabel('Layout number').fill(String(POP.seed));
  await page.getByRole('checkbox', { name: 'Mia' }).check();
  await pageShot(page, 'grown-ups-plan-editor');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status')).toHaveText('Plan saved.');
}

test('the therapist flow: gate, two children, a plan built in the form, run by touch, reported, exported, cleared, imported, shared', async ({ page, browser }) => {
  test.setTimeout(180_000);
  page.on('dialog', (dialog) => void dialog.accept());
  // Every request of the whole session, the parent's tablet included, stays on the app's origin.
  const requests: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  await page.goto('./#/grown-ups/children');
  await holdGate(page);
  await addChild(page, 'Mia', 'owl');
  await addChild(page, 'Sam', 'frog');
  await buildPlan(page);
  await page.goto('./#/grown-ups/plans');
  await expect(page.locator('.plan-list li')).toHaveCount(1);
  await pageShot(page, 'grown-ups-plans');
  await page.getByRole('link', { name: 'Monday drill' }).click();
  const link = await page.locator('.share-link').inputValue();

  // The child's side: Mia taps her face, then today's practice.
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Mia', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Today’s practice' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/home-todays-practice.png` });
  await page.getByRole('link', { name: 'Monday drill' }).click();
  await page.locator('.stage[data-ready=true][data-step="0"]').waitFor();
  const cdp = await page.context().newCDPSession(page);
  const circle = await formOnPage(page, 'circle');
  for (let trial = 1; trial <= 2; trial++) {
    for (const line of circle) await touchStroke(cdp, line);
    await expect(page.locator('.stage[data-step="0"]')).toHaveAttribute('data-saved', String(trial));
    if (trial === 1) {
      await expect(page.locator('.trail li[data-state=current] .trail-trials i.full')).toHaveCount(1);
      await page.screenshot({ path: `${SCREENSHOTS}/session-trail.png` });
      await page.waitForTimeout(2700); // the reward plays before the next circle
    }
  }
  // Step two: the bubbles, where the seed puts them.
  await page.locator('.stage[data-ready=true][data-step="1"]').waitFor();
  const { width, height } = page.viewportSize()!;
  const mirror = new PopRound(targetsParamsSchema.parse(POP), playArea(width / PX_PER_MM, height / PX_PER_MM), POP.seed, 0);
  for (let i = 0; i < POP.trials; i++) {
    await page.waitForTimeout(1300);
    const target = mirror.next(0)!;
    await touchTap(cdp, { x: target.x * PX_PER_MM, y: target.y * PX_PER_MM });
    mirror.tap({ x: target.x, y: target.y, t: 1, pressure: 0.5, tiltX: 0, tiltY: 0, pointerType: 'touch', pointerId: 1, contact: null } as never);
  }
  await expect(page.getByRole('region', { name: 'Well done!' })).toBeVisible();
  await expect(page.locator('.sticker-collection li')).toHaveCount(1);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${SCREENSHOTS}/session-sticker.png` });

  // The report, across activities: two traced circles and a pop round, the goal met, and a replay.
  await openGrownUps(page, '#/grown-ups/reports');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Mia');
  await expect(page.locator('.report [data-activity=trace] tr[data-attempt-id]')).toHaveCount(2);
  await expect(page.locator('.report [data-activity=targets] tr[data-attempt-id]')).toHaveCount(1);
  await expect(page.locator('.chart[data-measure=coveragePct]')).toBeVisible();
  await expect(page.locator('.goals li')).toContainText('met in 2 of 2 trials');
  await page.getByRole('button', { name: 'Replay' }).first().click();
  await expect(page.locator('.replay[data-playing=false]')).toBeVisible({ timeout: 10_000 });
  expect(await page.locator('.replay line.ink').count()).toBeGreaterThan(50);
  await pageShot(page, 'grown-ups-report');
  await page.getByLabel('Activity').selectOption('targets');
  await expect(page.locator('.report tr[data-attempt-id]')).toHaveCount(1);

  // Export everything, clear it through the UI, import the file, and find it all back.
  await page.goto('./#/grown-ups/data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = exportFileSchema.parse(JSON.parse(await streamToText(await download.createReadStream())));
  expect(exported.attempts.map((a) => a.activity).sort()).toEqual(['targets', 'trace', 'trace']);
  expect(exported.attempts.every((a) => a.session?.planId === exported.plans[0]!.id)).toBe(true);
  expect(exported.attempts.map((a) => a.session!.step).sort()).toEqual([0, 0, 1]);
  expect(exported).toMatchObject({ profiles: [{ nickname: 'Mia' }, { nickname: 'Sam' }], plans: [{ name: 'Monday drill' }], sessions: [{ stepsDone: 2, sticker: 0 }] });
  // The CSV for people: one file per activity in a ZIP, rows named by child and plan, each activity's own columns.
  const [zipped] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV (ZIP, one file per activity)' }).click()]);
  expect(zipped.suggestedFilename()).toMatch(/^deft-csv-.*\.zip$/);
  const zip = await JSZip.loadAsync(await streamToBuffer(await zipped.createReadStream()), { checkCRC32: true });
  expect(Object.keys(zip.files)).toEqual(['tracing.csv', 'targets.csv']);
  const [traceHeader, ...traceRows] = (await zip.file('tracing.csv')!.async('string')).trimEnd().split('\r\n');
  const column = (name: string) => traceHeader!.split(',').indexOf(name);
  expect(traceRows.map((r) => [r.split(',')[column('nickname')], r.split(',')[column('planName')], r.split(',')[column('result')]])).toEqual([['Mia', 'Monday drill', 'passed'], ['Mia', 'Monday drill', 'passed']]);
  const targetsHeader = (await zip.file('targets.csv')!.async('string')).split('\r\n')[0]!.split(',');
  expect(targetsHeader).toContain('params.sizeMm');
  expect(targetsHeader).not.toContain('params.amplitudeMm');
  expect(targetsHeader).not.toContain('params.corridorMm');
  for (const name of ['Mia', 'Sam']) {
    await page.getByLabel('Child').selectOption({ label: name });
    await page.getByRole('button', { name: `Delete ${name}’s data` }).click();
    await expect(page.getByRole('status')).toContainText(`${name} and`);
  }
  await page.goto('./#/grown-ups/plans/' + exported.plans[0]!.id);
  await page.getByRole('button', { name: 'Delete plan' }).click();
  await expect(page.getByText('No plans yet')).toBeVisible();
  await page.goto('./#/grown-ups/data');
  await expect(page.getByText('0 attempts stored')).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({ name: 'deft.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page.getByRole('status')).toContainText('Imported 3 attempts, 2 children, 1 plan and 1 session');
  await page.goto('./#/grown-ups/reports');
  await expect(page.locator('.report [data-activity=trace] tr[data-attempt-id]')).toHaveCount(2);
  await expect(page.locator('.goals li')).toContainText('met in 2 of 2 trials');

  // The shared link on a parent's tablet (a fresh browser context), and the same link tampered with.
  const tablet = await browser.newContext({ baseURL: new URL(page.url()).origin, viewport: page.viewportSize()! });
  tablet.on('request', (request) => requests.push(request.url()));
  const parent = await tablet.newPage();
  await parent.goto(link);
  await holdGate(parent);
  await expect(parent.getByRole('heading', { name: 'Practice from your child’s therapist' })).toBeVisible();
  await expect(parent.locator('.shared-name')).toHaveText('Monday drill');
  await expect(parent.locator('.shared-plan li')).toHaveCount(2);
  await parent.screenshot({ path: `${SCREENSHOTS}/grown-ups-shared-plan.png` });
  await parent.getByLabel('Nickname').fill('Ben');
  await parent.getByRole('button', { name: 'Add to Today’s practice' }).click();
  await expect(parent.getByRole('status')).toContainText('“Monday drill” now waits on the home screen');
  await parent.goto(link.replace('check=', 'check=0'));
  await expect(parent.getByRole('alert')).toContainText('changed after it was shared');
  await parent.goto(link.slice(0, link.indexOf('&check') - 6) + link.slice(link.indexOf('&check')));
  await expect(parent.getByRole('alert')).toBeVisible();
  await parent.screenshot({ path: `${SCREENSHOTS}/grown-ups-shared-plan-broken.png` });
  await tablet.close();
  const origin = new URL(page.url()).origin;
  expect(requests.length).toBeGreaterThan(10);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  // Clinic sync is off: not even the clinic's database on this origin is asked, and its code is never loaded.
  expect(requests.filter((url) => url.startsWith(`${origin}/db/`) || /\/assets\/(clinic-sync|pouchdb)/.test(url))).toEqual([]);
});


test('the grown-up’s session controls: repeat, skip and pause, each recorded honestly', async ({ page }) => {
  const planId = '3f1e2d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';
  const step = (form: string, trials: number) => ({ activity: 'trace', params: { form, demo: false }, trials });
  const file = { format: 'deft-export', version: 1, exportedAt: new Date().toISOString(), attempts: [],
    plans: [{ id: planId, name: 'Lines', steps: [step('vertical', 2), step('horizontal', 1), { activity: 'targets', params: { mode: 'pop' }, trials: 1 }], createdAt: new Date().toISOString() }] };
  await openGrownUps(page);
  await page.locator('input[type=file]').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('status')).toContainText('1 plan');
  // With the background music on: the session must run clean with it (the fixture fails on any error).
  await page.goto('./#/grown-ups/settings');
  await page.locator('input[name=music]').fill('40');
  await expect(page.getByText('Music while playing (40%)')).toBeVisible();

  await page.goto(`./#/session/${planId}`);
  await page.locator('.stage[data-ready=true][data-step="0"]').waitFor();
  const cdp = await page.context().newCDPSession(page);
  const controls = async (item: string) => {
    const box = (await page.getByRole('button', { name: 'Session controls' }).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(1200);
    await page.mouse.up();
    await page.getByRole('menuitem', { name: item }).click();
  };
  const [vertical] = await formOnPage(page, 'vertical');
  await touchStroke(cdp, vertical!);
  await expect(page.locator('.trail li[data-state=current] .trail-trials i.full')).toHaveCount(1);
  await controls('Start this step again');
  await expect(page.locator('.trail li[data-state=current] .trail-trials i.full')).toHaveCount(0);
  await controls('Skip this step');
  await page.locator('.stage[data-ready=true][data-step="1"]').waitFor();
  await expect(page.locator('.trail li').nth(0)).toHaveAttribute('data-state', 'skipped');

  // A pause in the middle of a line: that attempt ends there, as "paused"; carrying on starts afresh.
  const [horizontal] = await formOnPage(page, 'horizontal');
  await touchStroke(cdp, horizontal!.slice(0, 15), { end: 'hold' });
  await controls('Pause');
  await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/session-paused.png` });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchCancel', touchPoints: [] });
  await page.getByRole('button', { name: 'Carry on' }).click();
  await touchStroke(cdp, horizontal!);
  await page.locator('.stage[data-ready=true][data-step="2"]').waitFor();
  await controls('Skip this step');
  await expect(page.getByRole('region', { name: 'Well done!' })).toBeVisible();

  const exported = await exportJson(page);
  const byStep = exported.attempts.map((a) => [a.session!.step, a.status, a.endReason]).sort();
  expect(byStep).toEqual([[0, 'completed', 'strokes'], [1, 'abandoned', 'paused'], [1, 'completed', 'strokes']]);
  expect(exported.sessions).toMatchObject([{ planId, stepsDone: 3, skippedSteps: [0, 2], sticker: 0 }]);
  expect(exported.sessions[0]!.endedAt).not.toBeNull();
});

test('a link to a plan no longer here goes home after a moment, unless the child has gone elsewhere already', async ({ page }) => {
  await page.goto('./#/session/00000000-0000-4000-8000-000000000000');
  await expect(page.getByText('This plan is no longer on this device.')).toBeVisible();
  await page.evaluate(() => { location.hash = '#/play/trace?form=vertical&demo=0'; });
  await page.locator('.stage[data-ready=true][data-activity=trace]').waitFor();
  await page.waitForTimeout(3000); // past the notice's moment
  await expect(page.locator('body[data-screen=play]')).toBeVisible();
  await page.goto('./#/session/00000000-0000-4000-8000-000000000000');
  await page.locator('body[data-screen=home]').waitFor({ timeout: 5000 });
});
