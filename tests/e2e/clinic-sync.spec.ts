import { addChild, exportJson, formOnPage, openActivity, openGrownUps, SCREENSHOTS, touchStroke } from './drive';
import { addStaff, COUCH_ADMIN, expect, inStep, STAFF, tabletProblems, test, turnSyncOn } from './clinic';

// Clinic sync, with two tablets (browser contexts) and the clinic's CouchDB behind the app's /db/.
test.describe.configure({ timeout: 120_000 });

test("a child plays on tablet A; the therapist's tablet B receives the child and the attempt, identical to the last number", async ({ couch, tablet }) => {
  await addStaff(couch);
  const a = await tablet('A');
  await turnSyncOn(a, COUCH_ADMIN);
  await a.goto('./#/grown-ups/children');
  await addChild(a, 'Mia', 'fox');
  const cdp = await openActivity(a, '#/play/trace?form=circle&demo=0');
  const [circle] = await formOnPage(a, 'circle');
  await touchStroke(cdp, circle!);
  await expect(a.locator('.stage')).toHaveAttribute('data-saved', '1');
  await openGrownUps(a, '#/grown-ups/settings');
  await inStep(a);
  await a.locator("fieldset.clinic-sync").screenshot({ path: `${SCREENSHOTS}/clinic-sync-on.png` });

  const b = await tablet('B');
  await turnSyncOn(b, STAFF);
  await inStep(b);
  const fromA = await exportJson(a);
  await expect.poll(async () => (await exportJson(b)).attempts.length).toBe(1);
  const fromB = await exportJson(b);
  // The record that went in is the record that came out: a JSON diff of the two exports' attempt and profile.
  expect(JSON.stringify(fromB.attempts)).toBe(JSON.stringify(fromA.attempts));
  expect(fromB.profiles).toEqual(fromA.profiles);
  await b.goto(`./#/grown-ups/reports?child=${fromA.profiles[0]!.id}&activity=trace`);
  await expect(b.locator(".report tr[data-attempt-id]")).toHaveCount(1);
  await b.screenshot({ path: `${SCREENSHOTS}/clinic-sync-report-on-b.png`, fullPage: true });
  expect([...tabletProblems(a), ...tabletProblems(b)]).toEqual([]);
});
