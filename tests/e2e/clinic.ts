import type { Browser, BrowserContext, Page } from '@playwright/test';
import { COUCH_ADMIN, startCouch, type CouchServer } from '../../scripts/couch-server.mjs';
import { COUCH_PORT } from '../../playwright.config';
import { test as base, expect } from './fixtures';
import { addChild, formOnPage, openActivity, openGrownUps, touchStroke } from './drive';

type Couch = CouchServer;

/** Tablets of one clinic: each a browser context of its own (its own storage, cookies and service worker), all reaching the clinic's CouchDB through the app's /db/. */
export const test = base.extend<{ couch: Couch; tablet: (name: string) => Promise<Page> }>({
  // A fresh in-memory server for each test, on the port the app's server proxies /db/ to.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this destructuring: it needs none
  couch: async ({}, use) => {
    const couch = await startCouch({ port: COUCH_PORT });
    await use(couch);
    await couch.close();
  },
  tablet: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (name) => {
      const context = await newTablet(browser);
      contexts.push(context);
      const page = await context.newPage();
      watchProblems(page, name);
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
export const STAFF = { name: 'therapist-ana', password: 'ana-password' };

const problemsByPage = new Map<Page, string[]>();
function watchProblems(page: Page, name: string): void {
  const problems: string[] = [];
  problemsByPage.set(page, problems);
  page.on('pageerror', (error) => problems.push(`${name}: uncaught: ${error.message}`));
  page.on('console', (message) => {
    // Chrome logs every request to the clinic's database that fails or answers 400 and over, as "Failed to load
    // resource". Here those are the protocol's "not there yet" (404: a replication checkpoint not yet written) and the
    // failures these tests cause (the server cut off, down, or refusing): expected, and shown in the sync status. The
    // app's own errors are kept.
    const failedRequestToServer = message.text().startsWith('Failed to load resource') && new URL(message.location().url, 'http://x').pathname.startsWith('/db/');
    if (message.type() === 'error' && !failedRequestToServer) problems.push(`${name}: console.error: ${message.text()}`);
  });
}

/** What a tablet's page reported going wrong. */
export function tabletProblems(page: Page): string[] {
  return problemsByPage.get(page) ?? [];
}

async function newTablet(browser: Browser): Promise<BrowserContext> {
  const options = test.info().project.use;
  return browser.newContext({ baseURL: options.baseURL, viewport: options.viewport, hasTouch: true, acceptDownloads: true, serviceWorkers: 'block' });
}

/** Creates a staff sign-in on the server, as the clinic's administrator does once per therapist. */
export async function addStaff(couch: Couch, user = STAFF): Promise<void> {
  const response = await couch.admin(`/_users/org.couchdb.user:${user.name}`, { method: 'PUT', body: JSON.stringify({ name: user.name, password: user.password, roles: ['deft-staff'], type: 'user' }) });
  expect(response.ok).toBe(true);
}

/** Turns clinic sync on in Settings, as a grown-up does: the address, a name and a password. */
export async function turnSyncOn(page: Page, user: { name: string; password: string }): Promise<void> {
  await openGrownUps(page, '#/grown-ups/settings');
  const sync = page.locator('fieldset.clinic-sync');
  await sync.getByLabel('Sign-in name').fill(user.name);
  await sync.getByLabel('Password').fill(user.password);
  await sync.getByRole('button', { name: 'Sign in and turn on' }).click();
  await expect(sync.locator('.sync-on')).toContainText(`signed in as ${user.name}`);
}

/** A tablet signed in as the clinic's administrator (who may create each child's database), with Mia added on it. */
export async function signedInWithMia(page: Page): Promise<void> {
  await turnSyncOn(page, COUCH_ADMIN);
  await page.goto('./#/grown-ups/children');
  await addChild(page, 'Mia', 'fox');
}

/** Waits until every database of this tablet is in step with the server, nothing waiting. */
export async function inStep(page: Page, timeout?: number): Promise<void> {
  await openGrownUps(page, '#/grown-ups/settings');
  const sync = page.locator('fieldset.clinic-sync');
  await expect(sync.getByTestId('sync-waiting')).toHaveAttribute('data-waiting', '0', { timeout });
  await expect(sync.locator('.sync-databases li:not([data-state=idle])')).toHaveCount(0);
  await expect(sync.getByTestId('sync-last')).toContainText('Last in step');
}

export { COUCH_ADMIN };

/** This tablet loses (or gets back) its way to the clinic's server; the app's own files still load, as from its offline copy. */
export async function serverReachable(page: Page, reachable: boolean): Promise<void> {
  if (reachable) await page.unroute('**/db/**');
  else await page.route('**/db/**', (route) => route.abort('internetdisconnected'));
}

/** Traces a circle as a child does, start to saved. */
export async function playCircle(page: Page): Promise<void> {
  await page.goto('./#/'); // from home, so a round played just before is not the one opened again
  await page.locator('body[data-screen=home]').waitFor();
  const cdp = await openActivity(page, '#/play/trace?form=circle&demo=0');
  const [circle] = await formOnPage(page, 'circle');
  await touchStroke(cdp, circle!);
  await expect(page.locator('.stage')).toHaveAttribute('data-saved', '1');
}

/** Edits a child's profile on the Children page, as a grown-up does. */
export async function editChild(page: Page, nickname: string, change: { nickname?: string; notes?: string }): Promise<void> {
  await openGrownUps(page, '#/grown-ups/children');
  await page.getByRole('link', { name: `Edit ${nickname}` }).click();
  if (change.nickname !== undefined) await page.getByLabel('Nickname').fill(change.nickname);
  if (change.notes !== undefined) await page.getByLabel('Notes').fill(change.notes);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.children li').first()).toBeVisible();
}
