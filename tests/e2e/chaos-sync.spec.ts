import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, inStep, signedInWithMia, tabletProblems, test } from './clinic';
import { exportJson, SCREENSHOTS } from './drive';
import { letMonkeyLoose } from './monkey';

/**
 * The seeded monkey with clinic sync on, against a server that drops a third
 * of its requests (half of them after doing the work, so the answer is what
 * is lost) and delays the rest by up to a second. Then the server heals:
 * every attempt the tablet stored is on the server, once. `npm test` runs a
 * short pass (CHAOS_SECONDS); `npm run test:chaos` a long one.
 */
const SECONDS = Number(process.env.CHAOS_SECONDS ?? 6);
const SEED = Number(process.env.CHAOS_SEED ?? 20261122) + 23;
const ROUTES = ['#/play/targets?mode=pop&size=40&trials=2&adaptive=0', '#/play/trace?form=vertical&demo=0', '#/play/sort?rule=color&items=2&bins=2&size=30', '#/play/targets?mode=ring&amplitude=60&width=20'];

test(`chaos with clinic sync on: ${SECONDS} s of a seeded monkey against a server that drops and delays; every attempt reaches it, once`, async ({ couch, tablet }) => {
  test.setTimeout(SECONDS * 1000 + 180_000);
  const page = await tablet('A');
  await signedInWithMia(page);
  await inStep(page);
  couch.faults.dropShare = 1 / 3;
  couch.faults.delayMs = 1000;
  const { monkey } = await letMonkeyLoose(page, SEED, ROUTES, SECONDS);
  const requestsDuring = couch.requests;
  await page.screenshot({ path: `${SCREENSHOTS}/chaos-sync-end.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  // The server heals; the tablet's own retries drain what waits.
  couch.faults.dropShare = 0;
  couch.faults.delayMs = 0;
  await inStep(page, 90_000);
  const stored = (await exportJson(page)).attempts;
  const mia = stored.find((a) => a.profileId)?.profileId;
  const onServer = mia ? ((await (await couch.admin(`/deft-child-${mia}/_all_docs`)).json()) as { rows: { id: string }[] }).rows.map((r) => r.id).filter((id) => id.startsWith('attempt:')) : [];
  const lost = stored.filter((a) => a.profileId && !onServer.includes(`attempt:${a.id}`));
  const counts = { seed: SEED, seconds: SECONDS, ...monkey.counts, attempts: stored.length, onServer: onServer.length, lost: lost.length, requests: requestsDuring, errors: tabletProblems(page).length };
  mkdirSync('test-results/chaos', { recursive: true });
  writeFileSync('test-results/chaos/sync.json', JSON.stringify(counts, null, 2));
  expect(tabletProblems(page)).toEqual([]);
  expect(lost).toEqual([]);
  // Once each: as many documents as attempts, none twice.
  expect(onServer).toHaveLength(new Set(onServer).size);
  expect(onServer.length).toBe(stored.filter((a) => a.profileId).length);
});
