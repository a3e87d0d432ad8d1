import { planLink } from '../../src/plans/share-link';
import { readInvitation } from '../../src/sync/invitation';
import { gunzipJson } from '../../src/sync/record-docs';
import { planContentSchema } from '../../src/registry/plan';
import { addChild, exportJson, openGrownUps, SCREENSHOTS } from './drive';
import { addStaff, editChild, expect, inStep, playCircle, serverReachable, signedInWithMia, STAFF, tabletProblems, test, turnSyncOn } from './clinic';

// Clinic sync, with two tablets (browser contexts) and the clinic's CouchDB behind the app's /db/.
test.describe.configure({ timeout: 120_000 });

test("a child plays on tablet A and the therapist's report on tablet B shows it; then A, cut off from the server, plays two rounds, and back in reach B receives each exactly once, identical to the last number", async ({ couch, tablet }) => {
  await addStaff(couch);
  const a = await tablet('A');
  await signedInWithMia(a);
  await playCircle(a);
  await inStep(a);
  await a.locator('fieldset.clinic-sync').screenshot({ path: `${SCREENSHOTS}/clinic-sync-on.png` });

  const b = await tablet('B');
  await turnSyncOn(b, STAFF);
  const mia = (await exportJson(a)).profiles[0]!;
  await expect.poll(async () => (await exportJson(b)).attempts.length).toBe(1);
  await b.goto(`./#/grown-ups/reports?child=${mia.id}&activity=trace`);
  await expect(b.locator('.report tr[data-attempt-id]')).toHaveCount(1);
  await b.screenshot({ path: `${SCREENSHOTS}/clinic-sync-report-on-b.png`, fullPage: true });

  await serverReachable(a, false);
  for (let round = 0; round < 2; round++) await playCircle(a);
  await openGrownUps(a, '#/grown-ups/settings');
  const sync = a.locator('fieldset.clinic-sync');
  // What waits is said, and why.
  await sync.locator('details summary').click();
  await expect(sync.getByTestId('sync-waiting')).toHaveAttribute('data-waiting', '2');
  await expect(sync.locator('.sync-summary .problem').first()).toContainText('out of reach');
  await sync.screenshot({ path: `${SCREENSHOTS}/clinic-sync-waiting.png` });
  await serverReachable(a, true);
  await inStep(a);
  await inStep(b);
  const [fromA, fromB] = [await exportJson(a), await exportJson(b)];
  expect(fromA.attempts).toHaveLength(3);
  expect(new Set(fromB.attempts.map((x) => x.id)).size).toBe(3);
  // The records that went in are the records that came out: a JSON diff of the two exports.
  expect(JSON.stringify(fromB.attempts)).toBe(JSON.stringify(fromA.attempts));
  expect(fromB.profiles).toEqual(fromA.profiles);
  expect([...tabletProblems(a), ...tabletProblems(b)]).toEqual([]);
});

test('the same child edited on two tablets while apart: a grown-up sees both versions, keeps one, and both tablets end with it', async ({ couch, tablet }) => {
  await addStaff(couch);
  const a = await tablet('A');
  const b = await tablet('B');
  await signedInWithMia(a);
  await inStep(a);
  await turnSyncOn(b, STAFF);
  await inStep(b);
  await expect.poll(async () => (await exportJson(b)).profiles.length).toBe(1);
  await serverReachable(a, false);
  await serverReachable(b, false);
  await editChild(a, 'Mia', { nickname: 'Mia R.' });
  await editChild(b, 'Mia', { notes: 'Prefers the stylus' });
  await serverReachable(a, true);
  await serverReachable(b, true);
  for (const page of [a, b]) {
    await openGrownUps(page, '#/grown-ups/settings');
    await inStep(page);
  }
  // Both tablets see the clash once both edits have met on the server.
  await openGrownUps(a, '#/grown-ups/settings');
  const conflict = a.locator('.sync-conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('Mia R.');
  await expect(conflict).toContainText('Prefers the stylus');
  await a.locator('fieldset.clinic-sync').screenshot({ path: `${SCREENSHOTS}/clinic-sync-conflict.png` });
  // Keep the renamed one.
  const column = await conflict.locator('thead th').evaluateAll((ths, text) => ths.findIndex((th, i) => i > 0 && [...th.closest('table')!.querySelectorAll('tbody tr')].some((tr) => tr.children[i]?.textContent === text)), 'Mia R.');
  await conflict.locator('tbody tr:last-child td').nth(column).getByRole('button', { name: 'Keep this one' }).click();
  await expect(a.locator('.sync-conflict')).toHaveCount(0);
  for (const page of [a, b]) {
    await openGrownUps(page, '#/grown-ups/settings');
    await inStep(page);
    await expect.poll(async () => (await exportJson(page)).profiles.map((p) => [p.nickname, p.notes])).toEqual([['Mia R.', '']]);
  }
  await openGrownUps(b, '#/grown-ups/settings');
  await expect(b.locator('.sync-conflict')).toHaveCount(0);
  // Turned off, the tablet signs out and asks for a sign-in again; what it holds stays.
  await b.getByRole('button', { name: 'Turn off' }).click();
  await expect(b.locator('fieldset.clinic-sync form.sign-in')).toBeVisible();
  expect((await exportJson(b)).profiles).toHaveLength(1);
  expect([...tabletProblems(a), ...tabletProblems(b)]).toEqual([]);
});

test("a family's tablet joins through the invitation in its plan link: it keeps its own child in step, and is refused another child's database", async ({ couch, tablet }) => {
  const a = await tablet('therapist');
  await signedInWithMia(a);
  await addChild(a, 'Leo', 'bear');
  await inStep(a);
  const children = (await exportJson(a)).profiles;
  const mia = children.find((c) => c.nickname === 'Mia')!;
  const leo = children.find((c) => c.nickname === 'Leo')!;
  // A plan for both (the plans page's own flow is tested in plans.spec.ts): its editor's share box makes the invitation.
  const planId = '00000001-aaaa-4bbb-8ccc-000000000001';
  await a.goto(`./${new URL(planLink(HOME_PLAN, 'http://x/', { planId })).hash}`);
  await a.getByRole('button', { name: 'Add to Today’s practice' }).click();
  await expect(a.locator('.shared-added')).toBeVisible(); // stored: its editor can open
  await a.goto(`./#/grown-ups/plans/${planId}`);
  await a.locator('.share select').selectOption(mia.id);
  await a.getByRole('button', { name: "Add a clinic sync invitation for Mia's family" }).click();
  await expect(a.locator('.share-link')).toHaveValue(/&invite=/);
  await a.locator('.share').screenshot({ path: `${SCREENSHOTS}/clinic-sync-invitation.png` });
  const link = new URL(await a.locator('.share-link').inputValue());
  // On the server: a sign-in for the family, a member of Mia's database and of no other.
  const invitation = readInvitation(new URLSearchParams(link.hash.split('?')[1]).get('invite'))!;
  const members = async (db: string) => ((await (await couch.admin(`/${db}/_security`)).json()) as { members: { names: string[] } }).members.names;
  expect(await members(`deft-child-${mia.id}`)).toEqual([invitation.name]);
  expect(await members(`deft-child-${leo.id}`)).toEqual([]);

  const home = await tablet('family');
  await openGrownUps(home, link.hash);
  await home.getByLabel('Choose a password').fill('our own words');
  await home.getByLabel('The same password again').fill('our own words');
  await home.locator('.shared-plan').screenshot({ path: `${SCREENSHOTS}/clinic-sync-join.png` });
  await home.getByRole('button', { name: 'Join' }).click();
  // Mia comes from the clinic, as the therapist keeps her: the plan is added for her.
  await expect(home.getByText('For Mia')).toBeVisible();
  await home.getByRole('button', { name: 'Add to Today’s practice' }).click();
  await expect(home.locator('.shared-added')).toBeVisible();
  await playCircle(home);
  await inStep(home);
  await expect.poll(async () => (await exportJson(a)).attempts.map((x) => x.profileId)).toEqual([mia.id]);
  expect((await exportJson(home)).profiles.map((p) => p.id)).toEqual([mia.id]);

  // The family's sign-in reaches Mia's database and no other. (CouchDB answers 403 to a signed-in member of no
  // database role; pouchdb-server, the tests' CouchDB, answers 401. Either is the server refusing.)
  const status = (name: string) => home.evaluate(async (db) => (await fetch(`/db/${db}`, { credentials: 'include' })).status, name);
  expect(await status(`deft-child-${mia.id}`)).toBe(200);
  expect([401, 403]).toContain(await status(`deft-child-${leo.id}`));
  expect([401, 403]).toContain(await status('deft-clinic'));
  expect((await exportJson(home)).profiles.map((p) => p.nickname)).toEqual(['Mia']);

  // The invitation worked once: the same link on another tablet opens nothing.
  const other = await tablet('other');
  await openGrownUps(other, link.hash);
  await other.getByLabel('Choose a password').fill('somebody else');
  await other.getByLabel('The same password again').fill('somebody else');
  await other.getByRole('button', { name: 'Join' }).click();
  await expect(other.getByRole('alert')).toContainText('used already');
  expect([...tabletProblems(a), ...tabletProblems(home), ...tabletProblems(other)]).toEqual([]);
});

const HOME_PLAN = planContentSchema.parse({ name: 'Home practice', steps: [{ activity: 'trace', params: { form: 'circle' }, trials: 1 }] });

test('the server going down mid-sync loses nothing: what waits is said, and it all arrives, once, when the server is back', async ({ couch, tablet }) => {
  const a = await tablet('A');
  await signedInWithMia(a);
  await playCircle(a);
  await playCircle(a);
  // Down as the second round's record goes up, and while a third is played.
  couch.faults.down = true;
  await playCircle(a);
  await openGrownUps(a, '#/grown-ups/settings');
  const sync = a.locator('fieldset.clinic-sync');
  await expect(sync.locator('.sync-summary .problem').first()).toContainText('out of reach');
  expect(Number(await sync.getByTestId('sync-waiting').getAttribute('data-waiting'))).toBeGreaterThanOrEqual(1);
  couch.faults.down = false;
  // Replication retries on its own (1 s, then twice as long each time): no grown-up needed.
  await inStep(a, 60_000);
  const played = (await exportJson(a)).attempts;
  expect(played).toHaveLength(3);
  const mia = played[0]!.profileId!;
  const onServer = ((await (await couch.admin(`/deft-child-${mia}/_all_docs`)).json()) as { rows: { id: string }[] }).rows.map((r) => r.id).filter((id) => id.startsWith('attempt:'));
  expect(onServer.sort()).toEqual(played.map((x) => `attempt:${x.id}`).sort());
  // Each one whole: its file on the server unpacks to the record as played.
  for (const attempt of played) {
    const file = await couch.admin(`/deft-child-${mia}/attempt:${attempt.id}/record.json.gz`);
    expect(JSON.stringify(await gunzipJson(await file.blob()))).toBe(JSON.stringify(attempt));
  }
  expect(tabletProblems(a)).toEqual([]);
});
