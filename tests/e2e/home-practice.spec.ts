import { expect, test } from './fixtures';
import { formOnPage, holdGate, openActivity, openGrownUps, pageShot, streamToText, touchStroke } from './drive';
import { exportToJson } from '../../src/export/attempts-json';
import { planContentSchema } from '../../src/registry/plan';

const MIA = '9d3c5e1a-2b4f-4c6d-8e7f-0a1b2c3d4e5f';
const PLAN = '3f1e2d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';

/** The therapist's tablet: Mia, and a plan for her home practice with a goal. */
function therapistsDevice(): string {
  const plan = planContentSchema.parse({ name: 'Circles at home', steps: [{ activity: 'trace', params: { form: 'circle' }, trials: 2, goal: { measure: 'coveragePct', comparison: 'atLeast', value: 60, inTrials: 2, ofTrials: 2 } }] });
  return exportToJson({
    attempts: [],
    profiles: [{ id: MIA, nickname: 'Mia', avatar: 'owl', ageBand: '4–5', handedness: 'right', notes: '', createdAt: '2026-11-01T09:00:00.000Z' }],
    plans: [{ ...plan, id: PLAN, assignedTo: [MIA], createdAt: '2026-11-01T09:00:00.000Z' }],
  }, new Date());
}

test('home practice comes back: a parent’s tablet plays a shared plan and sends the results; the therapist imports them into her Mia’s report', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const requests: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  await openGrownUps(page);
  await page.locator('input[type=file]').setInputFiles({ name: 'deft.json', mimeType: 'application/json', buffer: Buffer.from(therapistsDevice()) });
  await expect(page.getByRole('status')).toContainText('Imported 0 attempts, 1 child, 1 plan');
  await page.goto(`./#/grown-ups/plans/${PLAN}`);
  await expect(page.getByLabel('For the family of')).toHaveValue(MIA);
  const link = await page.locator('.share-link').inputValue();

  // The parent's tablet: its own browser, its own storage; the child there is "Mimi".
  const tablet = await browser.newContext({ baseURL: new URL(page.url()).origin, viewport: page.viewportSize()!, acceptDownloads: true });
  tablet.on('request', (request) => requests.push(request.url()));
  const parent = await tablet.newPage();
  await parent.goto(link);
  await holdGate(parent);
  await parent.locator('input[name=avatar][value=cat]').check({ force: true });
  await parent.getByLabel('Nickname').fill('Mimi');
  await parent.getByRole('button', { name: 'Add to Today’s practice' }).click();
  await parent.getByRole('link', { name: 'Go to the home screen' }).click();
  await parent.getByRole('navigation', { name: 'Today’s practice' }).getByRole('link', { name: 'Circles at home' }).click();
  await parent.locator('.stage[data-ready=true][data-step="0"]').waitFor();
  const cdp = await tablet.newCDPSession(parent);
  const circle = await formOnPage(parent, 'circle');
  for (let trial = 1; trial <= 2; trial++) {
    for (const line of circle) await touchStroke(cdp, line);
    await expect(parent.locator('.stage[data-step="0"]')).toHaveAttribute('data-saved', String(trial));
    if (trial === 1) await parent.waitForTimeout(2700); // the reward plays before the next circle
  }
  await expect(parent.getByRole('region', { name: 'Well done!' })).toBeVisible();

  // After the session: the grown-ups' area offers to send what is new.
  await parent.goto('./#/grown-ups');
  await holdGate(parent);
  const send = parent.getByRole('button', { name: 'Send Mimi’s results to your therapist' });
  await expect(parent.locator('.send-results')).toContainText('2 new attempts to send.');
  await pageShot(parent, 'home-practice-send');
  // A share sheet closed without choosing is not a send.
  await parent.evaluate(() => {
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: (data: { files?: File[] }) => (data.files?.length ?? 0) > 0 });
    Object.defineProperty(navigator, 'share', { configurable: true, value: async () => { throw new DOMException('closed', 'AbortError'); } });
  });
  await send.click();
  await expect(parent.getByRole('status')).toHaveText('Not sent: nothing was marked as sent, so you can try again.');
  // A sheet that takes the file gets one JSON file, named for the child.
  await parent.evaluate(() => {
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: { files: File[] }) => { (window as unknown as { shared: unknown }).shared = { name: data.files[0]!.name, text: await data.files[0]!.text() }; } });
  });
  await send.click();
  await expect(parent.getByRole('status')).toHaveText('Sent 2 attempts.');
  const shared = await parent.evaluate(() => (window as unknown as { shared: { name: string; text: string } }).shared);
  expect(shared.name).toMatch(/^deft-results-Mimi-\d{4}-\d\d-\d\d\.json$/);
  await expect(send).toBeDisabled();
  await expect(parent.locator('.send-results')).toContainText('Nothing new since the last send.');
  const file = JSON.parse(shared.text) as { homePractice: { childId: string }; attempts: { profileId: string; strokes: unknown[] }[] };
  expect(file.homePractice.childId).toBe(MIA);
  expect(file.attempts.map((a) => a.profileId)).toEqual([MIA, MIA]);

  // Another circle in free play; on a browser with no share sheet for files (desktop Linux Chromium is one), the next send downloads.
  const play = await openActivity(parent, '#/play/trace?form=circle');
  for (const line of await formOnPage(parent, 'circle')) await touchStroke(play, line);
  await expect(parent.locator('.stage')).toHaveAttribute('data-saved', '1');
  await parent.goto('./#/grown-ups');
  await holdGate(parent);
  await expect(parent.locator('.send-results')).toContainText('1 new attempt to send.');
  await parent.evaluate(() => { Object.defineProperty(navigator, 'canShare', { configurable: true, value: undefined }); });
  const [downloaded] = await Promise.all([parent.waitForEvent('download'), send.click()]);
  await expect(parent.getByRole('status')).toContainText('Saved 1 attempt as deft-results-Mimi-');
  const second = { name: downloaded.suggestedFilename(), text: await streamToText(await downloaded.createReadStream()) };
  expect(JSON.parse(second.text).attempts.map((a: { profileId: string }) => a.profileId)).toEqual([MIA]);
  await tablet.close();

  // The therapist imports it: the summary says whose and when, and Mia's report has it.
  await page.goto('./#/grown-ups/data');
  await page.locator('input[type=file]').setInputFiles({ name: shared.name, mimeType: 'application/json', buffer: Buffer.from(shared.text) });
  await expect(page.getByRole('status')).toContainText('2 attempts from Mia’s home practice');
  await expect(page.getByRole('status')).toContainText('1 session.');
  await page.locator('input[type=file]').setInputFiles({ name: shared.name, mimeType: 'application/json', buffer: Buffer.from(shared.text) });
  await expect(page.getByRole('status')).toContainText('Imported 0 attempts'); // twice changes nothing
  await page.locator('input[type=file]').setInputFiles({ name: second.name, mimeType: 'application/json', buffer: Buffer.from(second.text) });
  await expect(page.getByRole('status')).toContainText('1 attempt from Mia’s home practice');
  await page.goto(`./#/grown-ups/reports?child=${MIA}`);
  await expect(page.locator('.report [data-activity=trace] tr[data-attempt-id]')).toHaveCount(3);
  await expect(page.locator('.report tr[data-session-id]')).toContainText('Circles at home');
  await expect(page.locator('.goals li')).toContainText('met in 2 of 2 trials');
  await expect(page.locator('.goal-sentence')).toContainText('on 2 of 2 trials (100%) this week');
  await pageShot(page, 'home-practice-report');

  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  // Clinic sync is off: not even the clinic's database on this origin is asked, and its code is never loaded.
  expect(requests.filter((url) => url.startsWith(`${origin}/db/`) || /\/assets\/(clinic-sync|pouchdb)/.test(url))).toEqual([]);
});
