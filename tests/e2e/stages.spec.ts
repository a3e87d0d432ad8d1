import { expect, test } from './fixtures';
import { exportJson, formAt, formOnPage, layoutOnPage, ofActivity, openActivity, openGrownUps, pageShot, penStroke, PX_PER_MM, SCREENSHOTS, segment, theOnly, touchStroke } from './drive';
import type { Page } from '@playwright/test';

/** The attempt as a tracing record (the export holds every activity's). */
const saved = (page: Page, n: number) => expect(page.locator('.stage')).toHaveAttribute('data-saved', String(n));

test.describe('guidance stages, each drawn with real touch input and checked in the export', () => {
  test('dotted: the square traced over its faint dotted path passes', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/trace?form=square&guide=dotted');
    await page.screenshot({ path: `${SCREENSHOTS}/stage-dotted-square-start.png` });
    for (const stroke of await formOnPage(page, 'square')) await touchStroke(cdp, stroke);
    await saved(page, 1);
    const a = theOnly((await exportJson(page)).attempts, 'trace');
    expect(a.params).toMatchObject({ form: 'square', guide: 'dotted' });
    expect(a.metrics).toMatchObject({ passed: true, coveragePct: 100, directionCorrect: true });
    expect(a.recognizedForm).toBe('square');
    expect(a.fit).toBeNull();
  });

  test('dots: a circle joined dot to dot passes, with its criteria met', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/trace?form=circle&guide=dots');
    for (const stroke of await formOnPage(page, 'circle')) await touchStroke(cdp, stroke);
    await saved(page, 1);
    const a = theOnly((await exportJson(page)).attempts, 'trace');
    expect(a.params.guide).toBe('dots');
    expect(a.metrics.passed).toBe(true);
    expect(a.criteria.map((c) => [c.id, c.met])).toEqual([['circle-closed', true], ['circle-aspect', true]]);
  });

  test('copy: a square drawn in the box as four separate strokes, smaller and off-centre, is recognized and meets every criterion', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/trace?form=square&guide=copy');
    const layout = layoutOnPage(page, { form: 'square', sizeMm: 70, guide: 'copy' });
    // A 50 mm square, 8 mm right of and 5 mm above the box's centre.
    const c = { x: layout.centrePx.x + 8 * PX_PER_MM, y: layout.centrePx.y - 5 * PX_PER_MM };
    const r = 25 * PX_PER_MM;
    const [tl, tr, br, bl] = [{ x: c.x - r, y: c.y - r }, { x: c.x + r, y: c.y - r }, { x: c.x + r, y: c.y + r }, { x: c.x - r, y: c.y + r }];
    // Four sides, each its own stroke, in a child's order: top, right, bottom, left.
    for (const [a, b] of [[tl, tr], [tr, br], [br, bl], [bl, tl]] as const) await touchStroke(cdp, segment(a, b));
    await page.screenshot({ path: `${SCREENSHOTS}/stage-copy-square-four-strokes.png` });
    // A copy takes as many strokes as the child likes: "done" (or a pause) ends it.
    await expect(page.locator('.stage')).not.toHaveAttribute('data-saved', /./);
    await page.getByRole('button', { name: 'Done' }).click();
    await saved(page, 1);
    const a = theOnly((await exportJson(page)).attempts, 'trace');
    expect(a.endReason).toBe('done-button');
    expect(a.params).toMatchObject({ form: 'square', guide: 'copy' });
    expect(a.handedness).toBe('right');
    expect(a.metrics.strokeCount).toBe(4);
    expect(a.recognizedForm).toBe('square');
    expect(a.criteria.map((c) => c.id)).toEqual(['square-four-sides', 'square-four-corners', 'square-corner-angles']);
    expect(a.criteria.every((c) => c.met)).toBe(true);
    expect(a.fit!.scale).toBeCloseTo(50 / 70, 1);
    expect(a.fit!.dx).toBeCloseTo(8, 0);
    expect(a.fit!.dy).toBeCloseTo(-5, 0);
    expect(a.drawingBox).toEqual(layout.drawingBox);
    expect(a.metrics.meanDeviationMm).toBeLessThan(0.5);
    expect(a.metrics.passed).toBe(true);
  });

  test('copy: a circle drawn clockwise is still a circle; lenient order passes it, and the direction is recorded', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/trace?form=circle&guide=copy');
    const layout = layoutOnPage(page, { form: 'circle', sizeMm: 70, guide: 'copy' });
    for (const stroke of formAt('circle', layout.centrePx, { sizeMm: 60, reverse: true })) await touchStroke(cdp, stroke);
    await saved(page, 1);
    const a = theOnly((await exportJson(page)).attempts, 'trace');
    expect(a.recognizedForm).toBe('circle');
    expect(a.criteria.every((c) => c.met)).toBe(true);
    expect(a.metrics.directionCorrect).toBe(false);
    expect(a.metrics.passed).toBe(true);
    expect(a.fit!.scale).toBeCloseTo(60 / 70, 1);
  });

  test('copy: a circle a tenth of the model\'s size is too small to score, and the grown-ups\' page says so', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/trace?form=circle&guide=copy');
    const layout = layoutOnPage(page, { form: 'circle', sizeMm: 70, guide: 'copy' });
    for (const stroke of formAt('circle', layout.centrePx, { sizeMm: 7, stepMm: 0.5 })) await touchStroke(cdp, stroke);
    await page.getByRole('button', { name: 'Done' }).click();
    await saved(page, 1);
    const a = theOnly((await exportJson(page)).attempts, 'trace');
    expect(a.fit).toBeNull();
    expect(a.metrics).toMatchObject({ tooSmallToScore: true, passed: false });
    await openGrownUps(page);
    const row = page.locator('tr[data-activity=trace]');
    await expect(row).toContainText('too small to score');
    await expect(row).not.toContainText('coverage');
    await pageShot(page, 'data-copy-too-small');
  });

  test('copy with strict stroke order: the clockwise circle fails', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/trace?form=circle&guide=copy&order=strict');
    const layout = layoutOnPage(page, { form: 'circle', sizeMm: 70, guide: 'copy' });
    for (const stroke of formAt('circle', layout.centrePx, { sizeMm: 60, reverse: true })) await touchStroke(cdp, stroke);
    await saved(page, 1);
    const a = theOnly((await exportJson(page)).attempts, 'trace');
    expect(a.recognizedForm).toBe('circle');
    expect(a.metrics.passed).toBe(false);
  });

  test('memory: the model shows, goes after its time, and the triangle drawn from memory is scored', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/trace?form=triangle&guide=memory&model=2');
    const layout = layoutOnPage(page, { form: 'triangle', sizeMm: 70, guide: 'memory' });
    const half = (70 * layout.model!.scale * 1.4 * PX_PER_MM) / 2;
    const modelArea = { x: layout.modelPx!.x - half, y: layout.modelPx!.y - half, width: 2 * half, height: 2 * half };
    const shown = await page.screenshot({ clip: modelArea });
    await page.screenshot({ path: `${SCREENSHOTS}/stage-memory-triangle-model.png` });
    await page.waitForTimeout(2800);
    const gone = await page.screenshot({ clip: modelArea });
    expect(gone.equals(shown)).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}/stage-memory-triangle-hidden.png` });
    for (const stroke of formAt('triangle', layout.centrePx, { sizeMm: 64 })) await touchStroke(cdp, stroke);
    await saved(page, 1);
    const a = theOnly((await exportJson(page)).attempts, 'trace');
    expect(a.params).toMatchObject({ guide: 'memory', modelSeconds: 2 });
    expect(a.recognizedForm).toBe('triangle');
    expect(a.metrics.passed).toBe(true);
  });

  test('left-handed: the model moves to the right of the box, and the record says so', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/trace?form=x&guide=copy&hand=left');
    const layout = layoutOnPage(page, { form: 'x', sizeMm: 70, guide: 'copy' }, 'left');
    expect(layout.modelPx!.x).toBeGreaterThan(layout.centrePx.x);
    for (const stroke of formAt('x', layout.centrePx, { sizeMm: 66 })) await touchStroke(cdp, stroke);
    await saved(page, 1);
    const a = theOnly((await exportJson(page)).attempts, 'trace');
    expect(a.handedness).toBe('left');
    expect(a.recognizedForm).toBe('x');
    expect(a.drawingBox!.x).toBeCloseTo(layout.drawingBox!.x, 6);
    expect(a.metrics.passed).toBe(true);
  });
});

test.describe('feedback and the just-right corridor', () => {
  test('adaptive: two passes narrow the corridor, a fail widens it, and each record carries its corridor', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/trace?form=vertical&adaptive=1&corridor=10&demo=0');
    const [line] = await formOnPage(page, 'vertical');
    const awry = line!.map((p, i) => ({ x: p.x + (i > line!.length / 3 ? 12 * PX_PER_MM : 0), y: p.y })); // two thirds of it 12 mm off
    for (const [n, stroke] of [line!, line!, awry, line!].entries()) {
      await touchStroke(cdp, stroke);
      await saved(page, n + 1);
      // A pass ends the round: the child asks for another. A miss: the result's pause, then the next try.
      if (n === 2) await page.waitForTimeout(2800);
      else if (n < 3) await page.getByRole('button', { name: 'Play again' }).click();
    }
    const attempts = (await exportJson(page)).attempts.map((a) => ofActivity(a, 'trace')).sort((x, y) => x.startedAt.localeCompare(y.startedAt));
    expect(attempts.map((a) => a.metrics.passed)).toEqual([true, true, false, true]);
    expect(attempts.map((a) => +a.adaptive!.corridorMm.toFixed(3))).toEqual([10, 10, 8, 10]);
    expect(attempts.map((a) => +a.params.corridorMm.toFixed(3))).toEqual([10, 10, 8, 10]);
    expect(attempts[1]!.adaptive!.nextCorridorMm).toBeCloseTo(8, 6);
    expect(attempts[2]!.adaptive!.reversals).toBe(1);
    expect(attempts[3]!.adaptive!.thresholdMm).toBeNull(); // six reversals needed
  });

  test('strict mode: leaving the corridor stops the stroke; the child lifts and finishes', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/trace?form=horizontal&strict=1&demo=0');
    const [line] = await formOnPage(page, 'horizontal');
    const half = Math.floor(line!.length / 2);
    // Along the line, then a swerve 15 mm down, then on again: the swerve ends the stroke.
    const swerve = [...line!.slice(0, half), ...[3, 6, 9, 12, 15].map((d) => ({ x: line![half]!.x, y: line![half]!.y + d * PX_PER_MM })), ...line!.slice(half).map((p) => ({ x: p.x, y: p.y + 15 * PX_PER_MM }))];
    await touchStroke(cdp, swerve);
    await page.screenshot({ path: `${SCREENSHOTS}/strict-stopped.png` });
    await touchStroke(cdp, line!.slice(half - 2));
    await saved(page, 1);
    const a = theOnly((await exportJson(page)).attempts, 'trace');
    expect(a.strokes).toHaveLength(2);
    const stopped = a.strokes[0]!.points;
    // The stopped stroke ends at the first sample outside the 5 mm half-corridor: 6 mm below the line.
    expect(stopped.at(-1)!.y - stopped[0]!.y).toBeCloseTo(6, 0);
    expect(a.metrics.coveragePct).toBe(100);
  });

  test('ink outside the corridor turns orange, and the exits are counted', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/trace?form=horizontal&demo=0');
    const [line] = await formOnPage(page, 'horizontal');
    const wave = line!.map((p, i) => ({ x: p.x, y: p.y + (Math.sin(i / 4) > 0.6 ? 8 * PX_PER_MM : 0) }));
    await touchStroke(cdp, wave, { end: 'hold' });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SCREENSHOTS}/ink-outside-orange.png` });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await saved(page, 1);
    const a = theOnly((await exportJson(page)).attempts, 'trace');
    expect(a.metrics.corridorExits).toBe(wave.filter((p, i) => i > 0 && p.y !== line![i]!.y && wave[i - 1]!.y === line![i - 1]!.y).length);
  });

  test('a pen records pressure, its mean and variation in the metrics, and fluency per stroke', async ({ page }) => {
    const cdp = await openActivity(page, '#/play/trace?form=cross&demo=0');
    for (const [i, stroke] of (await formOnPage(page, 'cross')).entries()) await penStroke(cdp, stroke, { force: i === 0 ? 0.4 : 0.8 });
    await saved(page, 1);
    const a = theOnly((await exportJson(page)).attempts, 'trace');
    expect(a.metrics.penPressureMean).toBeCloseTo(0.6, 1);
    expect(a.metrics.penPressureCv).toBeCloseTo(0.2 / 0.6, 1);
    expect(a.metrics.strokeMotion).toHaveLength(2);
    for (const m of a.metrics.strokeMotion) expect(m.speedPeaks).toBeGreaterThanOrEqual(1);
  });
});

test.describe('every stage for two forms, right- and left-handed (screenshots)', () => {
  for (const hand of ['right', 'left'] as const) {
    for (const [w, h] of [[1024, 768], [768, 1024]] as const) {
      test(`${hand}-handed, ${w}×${h}`, async ({ page }) => {
        await page.setViewportSize({ width: w, height: h });
        for (const form of ['square', 'spiral'] as const) {
          for (const guide of ['trace', 'dotted', 'dots', 'copy', 'memory'] as const) {
            await openActivity(page, `#/play/trace?form=${form}&guide=${guide}&hand=${hand}&demo=0`);
            await page.waitForTimeout(200);
            await page.screenshot({ path: `${SCREENSHOTS}/stages/${form}-${guide}-${hand}-${w}x${h}.png` });
          }
        }
      });
    }
  }
});

