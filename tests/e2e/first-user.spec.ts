import { expect, test } from './fixtures';
import { exportJson, formOnPage, openActivity, SCREENSHOTS, theOnly, touchStroke, touchTap } from './drive';

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
