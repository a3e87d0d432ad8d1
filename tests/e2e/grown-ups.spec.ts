import { expect, test } from './fixtures';
import { exportJson, holdGate, openActivity, SCREENSHOTS, theOnly, touchStroke } from './drive';

test('the gate: deep links show it first, a short press does not open it, a 3-second hold does, and leaving closes it', async ({ page }) => {
  await page.goto('./#/grown-ups/children');
  await expect(page.getByText('press and hold the button below until its ring is full (3 seconds)')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/grown-ups-gate.png` });
  await holdGate(page, 1200); // a child's press
  await page.waitForTimeout(500);
  await expect(page.locator('.grown-ups-page')).toHaveCount(0);
  await holdGate(page);
  await expect(page.getByRole('heading', { name: 'Children' })).toBeVisible();
  // The old Data link goes to the gate too, once the grown-up has left.
  await page.getByRole('link', { name: 'Grown-ups' }).click();
  await page.getByRole('link', { name: 'Back to the games' }).click();
  await page.locator('body[data-screen=home]').waitFor();
  await page.goto('./#/data');
  await expect(page.getByText('press and hold the button below until its ring is full (3 seconds)')).toBeVisible();
  await expect(page).toHaveURL(/#\/grown-ups\/data$/);
  // From the home screen, the corner button is the same hold.
  await page.goto('./#/');
  await holdGate(page);
  await expect(page.getByRole('heading', { name: 'Grown-ups' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/grown-ups-menu.png` });
});

test('profiles: two children added; the child taps their own face; their attempts carry their id and drawing hand', async ({ page }) => {
  await page.goto('./#/grown-ups/children');
  await holdGate(page);
  for (const child of [{ name: 'Mia', avatar: 'owl', hand: 'Left', age: '4–5' }, { name: 'Sam', avatar: 'frog', hand: 'Right', age: '5–6' }]) {
    await page.getByRole('link', { name: 'Add a child' }).click();
    await page.getByLabel('Nickname').fill(child.name);
    await page.locator(`input[name=avatar][value=${child.avatar}]`).check({ force: true });
    await page.getByLabel('Age (years)').selectOption(child.age);
    await page.getByRole('radio', { name: child.hand }).check();
    await page.getByLabel('Notes').fill(`${child.name} grips with the whole hand`);
    if (child.name === 'Mia') await page.screenshot({ path: `${SCREENSHOTS}/grown-ups-child-form.png` });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator(`.children li`, { hasText: child.name })).toBeVisible();
  }
  await page.screenshot({ path: `${SCREENSHOTS}/grown-ups-children.png` });
  await expect(page.locator('.children li')).toHaveCount(2);
  // A nickname that is only spaces is refused, with the field named.
  await page.getByRole('link', { name: 'Add a child' }).click();
  await page.getByLabel('Nickname').fill('   ');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('Nickname');
  await page.getByRole('link', { name: 'Cancel' }).click();

  // The child's side: who is playing?
  await page.goto('./#/');
  await expect(page.getByRole('button', { name: 'Mia', exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/home-who-is-playing.png` });
  await page.getByRole('button', { name: 'Mia', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Trace' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Mia is playing/ })).toBeVisible();
  const cdp = await openActivity(page, '#/play/trace?form=circle&guide=copy');
  await touchStroke(cdp, [{ x: 600, y: 300 }, { x: 620, y: 320 }, { x: 640, y: 330 }]);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('body[data-screen=trace]').waitFor(); // the attempt is stored before the picker shows
  const attempt = theOnly((await exportJson(page)).attempts, 'trace');
  expect(attempt.status).toBe('abandoned');
  expect(attempt.handedness).toBe('left');
  expect(attempt.profileId).toMatch(/^[0-9a-f-]{36}$/);
});

test('settings: a bank card calibrates the screen, and drills then record true mm; a PIN guards the gate', async ({ page }) => {
  await page.goto('./#/grown-ups/settings');
  await holdGate(page);
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  // This screen's card measures 400 CSS px across: 400 / 85.6 px per mm.
  await page.locator('input[name=card-width]').fill('400');
  await expect(page.getByTestId('card-outline')).toHaveCSS('width', '400px');
  await page.getByRole('button', { name: 'Use this size' }).click();
  await expect(page.getByText('4.673 CSS px per mm')).toBeVisible();
  await page.getByLabel('PIN for the grown-ups’ area').fill('2468');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await page.screenshot({ path: `${SCREENSHOTS}/grown-ups-settings.png`, fullPage: true });

  // A drill now measures with the calibrated scale.
  const cdp = await openActivity(page, '#/play/targets?mode=pop&size=20&seed=3');
  await page.waitForTimeout(900);
  await touchStroke(cdp, [{ x: 512, y: 400 }]);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('body[data-screen=targets]').waitFor(); // the attempt is stored before the picker shows

  // The gate now asks for the PIN after the hold; a wrong one is refused.
  await page.goto('./#/grown-ups/data');
  await holdGate(page);
  await page.getByLabel('PIN', { exact: true }).fill('1111');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByText('That PIN is not right.')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/grown-ups-gate-pin.png` });
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByRole('button', { name: 'Open' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  const attempts = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { attempts: { device: { pxPerMm: number }; taps: { x: number }[] }[] }).attempts;
  expect(attempts).toHaveLength(1);
  expect(attempts[0]!.device.pxPerMm).toBeCloseTo(400 / 85.6, 6);
  expect(attempts[0]!.taps[0]!.x).toBeCloseTo(512 / (400 / 85.6), 4);
});

test("data: one child's export, deleted with confirmation, imported back; importing twice changes nothing; a damaged file or a clashing record changes nothing", async ({ page }) => {
  await page.goto('./#/grown-ups/children/new');
  await holdGate(page);
  await page.getByLabel('Nickname').fill('Mia');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.children li')).toHaveCount(1);
  // Mia is the only child, so she is playing: one attempt, left early.
  const cdp = await openActivity(page, '#/play/trace?form=circle&guide=copy');
  await touchStroke(cdp, [{ x: 600, y: 300 }, { x: 620, y: 320 }, { x: 640, y: 330 }]);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('body[data-screen=trace]').waitFor(); // the attempt is stored before the picker shows

  const file = await exportJson(page);
  expect(file.profiles.map((p) => p.nickname)).toEqual(['Mia']);
  expect(file.attempts.map((a) => a.profileId)).toEqual([file.profiles[0]!.id]);
  const text = JSON.stringify(file);
  const upload = (name: string, body: string) => page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });

  // Delete Mia's data, confirming the question.
  await page.getByRole('combobox', { name: 'Child' }).selectOption({ label: 'Mia' });
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete Mia’s data' }).click();
  await expect(page.getByRole('status')).toHaveText('Mia and 1 attempt deleted.');
  await expect(page.locator('tr[data-attempt-id]')).toHaveCount(0);

  // Import the export back: everything returns; a second import adds nothing.
  await upload('mia.json', text);
  await expect(page.getByRole('status')).toHaveText('Imported 1 attempt, 1 child, 0 plans and 0 sessions; 0 already here.');
  await expect(page.locator('tr[data-attempt-id]')).toHaveCount(1);
  await upload('mia.json', text);
  await expect(page.getByRole('status')).toHaveText('Imported 0 attempts, 0 children, 0 plans and 0 sessions; 2 already here.');
  await page.screenshot({ path: `${SCREENSHOTS}/grown-ups-data.png` });

  // A damaged file says where it is damaged, and nothing changes.
  const damaged = JSON.parse(text) as { attempts: { durationMs: number }[] };
  damaged.attempts[0]!.durationMs = -5;
  await upload('damaged.json', JSON.stringify(damaged));
  await expect(page.getByRole('status')).toContainText('nothing was changed');
  await expect(page.getByRole('status')).toContainText('attempts[0].durationMs');
  // The same id with other content is reported and left as it was.
  const clashing = JSON.parse(text) as { attempts: { durationMs: number }[] };
  clashing.attempts[0]!.durationMs += 1000;
  await upload('clash.json', JSON.stringify(clashing));
  await expect(page.getByRole('status')).toContainText('1 record with the same id but other content was left as it was');
  const after = await exportJson(page);
  expect(after.attempts).toHaveLength(1);
  expect(after.attempts[0]!.durationMs).toBe(file.attempts[0]!.durationMs);
});

test('a nickname is text, never HTML: a script in a child\'s name shows as written and runs nowhere', async ({ page }) => {
  const payload = '<img src=x onerror="window.__xss=1">Zoë';
  page.on('dialog', () => { throw new Error('a dialog opened'); });
  await page.goto('./#/grown-ups/children/new');
  await holdGate(page);
  for (const name of [payload, 'Sam']) {
    await page.getByRole('link', { name: 'Add a child' }).or(page.getByLabel('Nickname')).first().waitFor();
    if (await page.getByRole('link', { name: 'Add a child' }).count()) await page.getByRole('link', { name: 'Add a child' }).click();
    await page.getByLabel('Nickname').fill(name);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('.children li', { hasText: name })).toBeVisible();
  }
  // Wherever the name appears: the grown-ups' list, the child's "who is playing", the report.
  await expect(page.locator('.children img')).toHaveCount(0);
  await page.goto('./#/');
  await expect(page.getByRole('button', { name: payload, exact: true })).toBeVisible();
  await expect(page.locator('.avatar-name', { hasText: payload })).toHaveText(payload);
  await expect(page.locator('main img')).toHaveCount(0);
  await page.goto('./#/grown-ups/reports');
  await holdGate(page);
  await expect(page.locator('.report-head h2')).toContainText(payload);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // And behind it, the built page's policy: scripts only from the app's own files.
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/^default-src 'self'; script-src 'self'; connect-src 'self';/);
});
