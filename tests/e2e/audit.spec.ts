import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { holdGate, pageShot, SCREENSHOTS } from './drive';
import { exportToJson } from '../../src/export/attempts-json';
import { planLink } from '../../src/plans/share-link';
import { presetPlan } from '../../src/activities/trace/presets';
import { traced } from '../unit/sample-attempt';

const MIA = '9d3c5e1a-2b4f-4c6d-8e7f-0a1b2c3d4e5f';
const SAM = 'b7e2f0c4-1d3a-4e5b-9c6d-7f8e9a0b1c2d';
const PLAN = '3f1e2d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';
const DAY_MS = 24 * 3600 * 1000;

/** Three weeks of Mia's circles, two sessions a week, slowly improving: something real for a report to show. */
function threeWeeks(): string {
  const plan = { ...presetPlan('circle', 'Circle: trace, dotted, copy'), id: PLAN, assignedTo: [MIA], createdAt: '2026-11-01T09:00:00.000Z' };
  const sessions = Array.from({ length: 6 }, (_, s) => ({
    id: `0000000${s}-1111-4222-8333-444444444444`, planId: PLAN, profileId: MIA, stepsDone: 3, trialsDone: 0, skippedSteps: [], sticker: s, note: s === 5 ? 'Tripod grip held for the whole session; fatigue after 8 minutes.' : '',
    startedAt: new Date(Date.UTC(2026, 10, 1, 9) + s * 3.5 * DAY_MS).toISOString(), endedAt: new Date(Date.UTC(2026, 10, 1, 9, 20) + s * 3.5 * DAY_MS).toISOString(),
  }));
  const attempts = sessions.flatMap((session, s) => Array.from({ length: 5 }, (_, i) => {
    const a = traced(Math.min(100, 55 + s * 7 + ((i * 13) % 11)), 0, { profileId: MIA, session: { id: session.id, planId: PLAN, step: 0 } });
    a.startedAt = new Date(Date.parse(session.startedAt) + i * 60_000).toISOString();
    a.metrics.drawingMs = 9000 - s * 900 + i * 150;
    a.metrics.meanDeviationMm = 3.2 - s * 0.35 + (i % 3) * 0.2;
    return a;
  }));
  return exportToJson({
    attempts,
    profiles: [
      { id: MIA, nickname: 'Mia', avatar: 'owl', ageBand: '4–5', handedness: 'left', notes: 'Whole-hand grasp; working towards a tripod grip.', createdAt: '2026-11-01T09:00:00.000Z' },
      // Sam's practice came from a therapist's link: the menu offers to send it back.
      { id: SAM, nickname: 'Sam', avatar: 'frog', ageBand: '5–6', handedness: 'right', notes: '', createdAt: '2026-11-01T09:00:00.000Z', therapistChildId: SAM },
    ],
    plans: [plan],
    sessions,
  }, new Date());
}

async function audit(page: Page, name: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${name}: serious or critical accessibility problems`).toEqual([]);
  await pageShot(page, `audit-${name}`);
}

test('every grown-up page passes an axe-core audit (no serious or critical problems), and the report prints on A4 and Letter', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/grown-ups');
  const gate = await new AxeBuilder({ page }).analyze();
  expect(gate.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await holdGate(page);
  await page.getByRole('link', { name: 'Attempts and export' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: 'deft.json', mimeType: 'application/json', buffer: Buffer.from(threeWeeks()) });
  await expect(page.getByRole('status')).toContainText('Imported 30 attempts, 2 children, 1 plan and 6 sessions');
  const pages: [string, string][] = [
    ['menu', '#/grown-ups'], ['children', '#/grown-ups/children'], ['child-form', `#/grown-ups/children/${MIA}`],
    ['plans', '#/grown-ups/plans'], ['plan-editor', `#/grown-ups/plans/${PLAN}`],
    ['shared-plan', planLink(presetPlan('square', 'Squares'), '')], ['shared-plan-broken', '#/grown-ups/plans/shared?plan=eyJu&check=00000000'],
    ['report', `#/grown-ups/reports?child=${MIA}&activity=trace`], ['report-all', `#/grown-ups/reports?child=${MIA}`],
    ['session', `#/grown-ups/reports/session/00000005-1111-4222-8333-444444444444?child=${MIA}`],
    ['settings', '#/grown-ups/settings'], ['data', '#/grown-ups/data'],
  ];
  for (const [name, hash] of pages) {
    await page.goto(`./${hash}`);
    await page.locator('.grown-ups-page main').waitFor();
    await page.waitForTimeout(200);
    // Coverage, ink in corridor, mean deviation, drawing time; no corridor threshold (not adaptive).
    if (name === 'report') await expect(page.locator('.chart')).toHaveCount(4);
    if (name === 'session') await expect(page.locator('.session-note textarea')).toHaveValue(/Tripod grip/);
    if (name === 'menu') await expect(page.locator('.send-results')).toContainText('Send Sam’s results to your therapist');
    await audit(page, name);
    if (name === 'report-all') {
      // The replay, with its controls and the attempt's numbers: audited open, mid-drawing.
      await page.getByRole('button', { name: 'Replay' }).first().click();
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByLabel('Position in the drawing').fill('1500');
      await expect(page.locator('.replay-metrics')).toContainText('Coverage');
      await audit(page, 'replay');
    }
  }

  // The report and a session on a phone: nothing cut off, still no serious problem.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [name, hash] of [['report-phone', `#/grown-ups/reports?child=${MIA}`], ['session-phone', `#/grown-ups/reports/session/00000005-1111-4222-8333-444444444444?child=${MIA}`]] as const) {
    await page.goto(`./${hash}`);
    await page.locator('.report').waitFor();
    await page.waitForTimeout(200);
    // The page itself never scrolls sideways (a wide table scrolls within itself).
    expect(await page.evaluate(() => [document.documentElement, ...document.querySelectorAll('.grown-ups-page, .page, .report')].every((e) => e.scrollWidth <= e.clientWidth + 1)), `${name}: no sideways scrolling`).toBe(true);
    await audit(page, name);
  }
  await page.setViewportSize({ width: 1024, height: 768 });

  // The printed report, on both paper sizes a therapist is likely to have.
  await page.goto(`./#/grown-ups/reports?child=${MIA}&activity=trace`);
  await page.locator('.chart').first().waitFor();
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(`${SCREENSHOTS}/report-${format}.pdf`, pdf);
  }
  // And one session on its own page: the therapist writes its note there; it stays, the report lists it, and it prints.
  await page.goto(`./#/grown-ups/reports/session/00000004-1111-4222-8333-444444444444?child=${MIA}`);
  await page.getByLabel('Therapist’s note').fill('Needed a reminder to start at the green dot; steadier after the break.');
  await page.getByRole('button', { name: 'Save the note' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await holdGate(page); // a reload shuts the grown-ups' gate
  await expect(page.getByLabel('Therapist’s note')).toHaveValue('Needed a reminder to start at the green dot; steadier after the break.');
  await page.getByRole('link', { name: 'Back to the report' }).click();
  await expect(page.locator('tr[data-session-id="00000004-1111-4222-8333-444444444444"] .note')).toHaveText('Needed a reminder to start at the green dot; steadier after the break.');
  await page.goto(`./#/grown-ups/reports/session/00000004-1111-4222-8333-444444444444?child=${MIA}`);
  await page.locator('.session-step').first().waitFor();
  const session = await page.pdf({ format: 'A4', printBackground: true });
  expect(session.subarray(0, 5).toString()).toBe('%PDF-');
  writeFileSync(`${SCREENSHOTS}/session-A4.pdf`, session);
});
