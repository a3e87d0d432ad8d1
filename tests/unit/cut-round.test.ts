import { describe, expect, it } from 'vitest';
import { CutRound } from '../../src/activities/cut/cut-round';
import { CUT_LINE_KINDS, cutSheet } from '../../src/activities/cut/cut-sheets';
import { layoutCut } from '../../src/activities/cut/layout';
import { scoreCut } from '../../src/activities/cut/score';
import { buildCutRecord } from '../../src/activities/cut/build-record';
import { cutMeasures } from '../../src/activities/cut/measures';
import { cutParamsSchema } from '../../src/activities/cut/params';
import { cutAttemptSchema } from '../../src/activities/cut/record';
import { cutSummarySchema, summarizeCut } from '../../src/activities/cut/summary';
import { toScreen, type PaperPose } from '../../src/activities/cut/paper-pose';
import { mmPoint, type MmPoint, type TimedMmPoint } from '../../src/geometry/units';
import type { InputSample } from '../../src/input/input-sample';

const straight = cutSheet('straight', 120, 'right'); // 120 × 66 mm, the line at y = 33
const POSE: PaperPose = { centre: mmPoint(100, 80), angle: 0 };
const at = (p: MmPoint, t: number): TimedMmPoint => ({ ...p, t });
/** A finger's sample as the input layer hands it over (the attempt began at 0 on the performance clock). */
const touch = (pointerId: number, p: TimedMmPoint): InputSample => ({ ...p, pressure: 0.5, tiltX: 0, tiltY: 0, pointerType: 'touch', pointerId, contact: null });
/** A point of the paper where it lies now, timed. */
const onPaper = (round: CutRound, x: number, y: number, t: number) => at(toScreen(mmPoint(x, y), round.pose, straight.paper), t);
const HOLD = { x: 60, y: 8, radiusMm: 8 };

describe('a cutting round, headless', () => {
  it('one finger on the scissors cuts along where it goes; past the far edge the piece comes away', () => {
    const round = new CutRound({ sheet: straight, pose: POSE, holdSpot: null, originMs: 0 });
    expect(round.down(touch(1, onPaper(round, 0, 33, 0)))).toBe('cut');
    let piece = null;
    for (let x = 2, t = 20; x <= 124 && !piece; x += 2, t += 20) piece = round.move(touch(1, onPaper(round, x, 33 + Math.sin(x / 8), t)));
    round.release(1, 1300);
    expect(piece).not.toBeNull();
    expect(round.finished).toBe(true);
    const metrics = scoreCut({ kind: 'straight', lines: straight.lines, cuts: round.cuts, cutting: round.cutting, held: null, angles: round.poses, pieceFree: true, toleranceMm: 6.35, passWithinPct: 80, totalMs: 1300 });
    expect(metrics.meanDeviationMm!).toBeGreaterThan(0.5);
    expect(metrics.meanDeviationMm!).toBeLessThan(0.7); // the mean of |sin|: 2/π
    expect(metrics).toMatchObject({ pieceFree: true, passed: true, startedAtEdge: true, bandExits: 0, heldPct: null });
  });

  it('a touch away from the scissors does nothing; a second finger while one cuts does nothing', () => {
    const round = new CutRound({ sheet: straight, pose: POSE, holdSpot: null, originMs: 0 });
    expect(round.down(touch(1, onPaper(round, 60, 33, 0)))).toBe('none');
    expect(round.down(touch(2, onPaper(round, 1, 34, 10)))).toBe('cut');
    expect(round.down(touch(3, onPaper(round, 2, 33, 20)))).toBe('none');
  });

  it('with the helping hand needed: unheld, the paper slides a little and nothing is cut; held, the scissors cut', () => {
    const round = new CutRound({ sheet: straight, pose: POSE, holdSpot: HOLD, originMs: 0 });
    round.down(touch(1, onPaper(round, 0, 33, 0)));
    const start = round.pose.centre;
    for (let x = 5, t = 20; x <= 40; x += 5, t += 20) round.move(touch(1, at(mmPoint(POSE.centre.x - 60 + x, POSE.centre.y), t)));
    expect(Math.hypot(round.pose.centre.x - start.x, round.pose.centre.y - start.y)).toBeCloseTo(6, 6); // slid to its limit
    expect(round.travelledMm).toBe(0);
    round.release(1, 200);
    expect(round.down(touch(2, onPaper(round, 60, 8, 300)))).toBe('hold');
    expect(round.down(touch(1, at(round.tipOnScreen, 320)))).toBe('cut');
    for (let x = 2, t = 340; x <= 40; x += 2, t += 20) round.move(touch(1, onPaper(round, x, 33, t)));
    expect(round.travelledMm).toBeCloseTo(40, 6);
    round.release(1, 800);
    round.up(touch(2, at(round.pose.centre, 820)));
    expect(round.held).toEqual([{ start: 300, end: 820 }]);
    // Held while the other hand cut: the hold lasts as long as the cutting, though its finger never moved.
    const still = new CutRound({ sheet: straight, pose: POSE, holdSpot: HOLD, originMs: 0 });
    still.down(touch(2, onPaper(still, 60, 8, 0)));
    still.down(touch(1, at(still.tipOnScreen, 10)));
    for (let x = 2, t = 30; x <= 20; x += 2, t += 20) still.move(touch(1, onPaper(still, x, 33, t)));
    expect(still.held).toEqual([{ start: 0, end: 210 }]);
  });

  it('the helping hand turns the paper round its centre; once cutting has begun it pivots on the scissors, and the cut goes on in the paper’s frame', () => {
    const square = cutSheet('square', 60, 'right');
    const round = new CutRound({ sheet: square, pose: { centre: mmPoint(150, 100), angle: 0 }, holdSpot: { x: 10, y: 50, radiusMm: 8 }, originMs: 0 });
    const spot = (t: number) => at(toScreen(mmPoint(10, 50), round.pose, square.paper), t);
    expect(round.down(touch(2, spot(0)))).toBe('hold');
    const lead = square.lines[0]!;
    round.down(touch(1, at(round.tipOnScreen, 10)));
    round.move(touch(1, at(toScreen(lead[1]!, round.pose, square.paper), 30))); // up the lead-in to the square
    const tipBefore = round.tipOnScreen;
    // Drag the hold a quarter turn round the paper's centre (which moves as the paper pivots), five degrees a step.
    let finger = spot(0);
    for (let k = 1; k <= 18; k++) {
      const c = round.pose.centre;
      const a = Math.atan2(finger.y - c.y, finger.x - c.x) + Math.PI / 36;
      const r = Math.hypot(finger.x - c.x, finger.y - c.y);
      finger = at(mmPoint(c.x + r * Math.cos(a), c.y + r * Math.sin(a)), 40 + k * 20);
      round.move(touch(2, finger));
    }
    expect(round.pose.angle).toBeCloseTo(Math.PI / 2, 6);
    expect(round.tipOnScreen.x).toBeCloseTo(tipBefore.x, 6);
    expect(round.tipOnScreen.y).toBeCloseTo(tipBefore.y, 6);
    // Cutting on along the square's bottom side, now running up the screen: measured on the paper, it is on the line.
    for (let k = 1; k <= 10; k++) round.move(touch(1, at(toScreen(mmPoint(lead[1]!.x + 2 * k, lead[1]!.y), round.pose, square.paper), 500 + k * 20)));
    const lastCut = round.cuts.at(-1)!.at(-1)!;
    expect(lastCut.x).toBeCloseTo(lead[1]!.x + 20, 6);
    expect(lastCut.y).toBeCloseTo(lead[1]!.y, 6);
    expect(round.poses.at(-1)!.angle).toBeCloseTo(Math.PI / 2, 6);
  });

  it('fringe: a snip done, the scissors go back to the edge for the next; all done, the round is finished', () => {
    const fringe = cutSheet('fringe', 25, 'right');
    const round = new CutRound({ sheet: fringe, pose: POSE, holdSpot: null, originMs: 0 });
    let t = 0;
    for (const line of fringe.lines) {
      const [from, to] = [line[0]!, line[1]!];
      expect(round.tip).toEqual(from);
      round.down(touch(1, at(round.tipOnScreen, (t += 10))));
      for (let k = 1; k <= 10; k++) round.move(touch(1, at(toScreen(mmPoint(from.x, from.y + ((to.y - from.y) * k) / 10), round.pose, fringe.paper), (t += 20))));
      round.up(touch(1, at(round.tipOnScreen, (t += 10))));
    }
    expect(round.finished).toBe(true);
    expect(round.piece).toBeNull();
    const metrics = scoreCut({ kind: 'fringe', lines: fringe.lines, cuts: round.cuts, cutting: round.cutting, held: null, angles: round.poses, pieceFree: false, toleranceMm: 6.35, passWithinPct: 80, totalMs: t });
    expect(metrics).toMatchObject({ pieceFree: true, passed: true, withinBandPct: 100 });
  });
});

describe('the record of a cutting attempt', () => {
  it('is what its schema says, both hands and both frames in it; its summary too; the measures read it', () => {
    const round = new CutRound({ sheet: straight, pose: POSE, holdSpot: HOLD, originMs: 0 });
    round.down(touch(2, onPaper(round, 60, 8, 0)));
    round.down(touch(1, onPaper(round, 0, 33, 10)));
    for (let x = 2, t = 30; x <= 124 && !round.piece; x += 2, t += 20) round.move(touch(1, onPaper(round, x, 34, t)));
    round.release(1, 1400);
    round.up(touch(2, onPaper(round, 60, 8, 1420)));
    const params = { ...cutParamsSchema.parse({}), lengthMm: 120, hand: 'right' as const };
    const head = { id: crypto.randomUUID(), profileId: null, status: 'completed' as const, endReason: 'finished' as const, startedAt: new Date('2026-11-29T10:00:00.000Z'), endedAt: new Date('2026-11-29T10:00:02.000Z'), device: { viewport: { width: 1024, height: 768 }, devicePixelRatio: 2, pxPerMm: 96 / 25.4, frame: { left: 0, top: 0 }, userAgent: 'test' } };
    const record = cutAttemptSchema.parse(buildCutRecord({ head, params, sheet: straight, holdSpot: HOLD, round, adaptive: () => null, totalMs: 1420 }));
    expect(record.metrics).toMatchObject({ pieceFree: true, passed: true, startedAtEdge: true, heldPct: 100, letGoes: 0 });
    expect(record.metrics.meanDeviationMm!).toBeCloseTo(1, 1);
    expect(record.helperStrokes).toHaveLength(1);
    expect(record.piece!.areaMm2).toBeGreaterThan(0);
    expect(record.sheet.lines[0]![0]).toEqual([0, 33]);
    const summary = cutSummarySchema.parse(summarizeCut(record));
    expect(cutMeasures.cutWithinBandPct.read(summary)).toBeCloseTo(100, 6);
    expect(cutMeasures.cutHeldPct.read(summary)).toBe(100);
  });
});

describe('the sheet on a screen', () => {
  const PX_PER_MM = 96 / 25.4;
  const IPAD = { width: 1024 / PX_PER_MM, height: 768 / PX_PER_MM };
  const PHONE = { width: 390 / PX_PER_MM, height: 844 / PX_PER_MM };

  it('keeps the plan’s length where the sheet fits, and shortens it only where it does not (shapes keep room to turn)', () => {
    expect(layoutCut({ line: 'straight', hold: true }, 'right', IPAD).lengthMm).toBe(120);
    const phone = layoutCut({ line: 'straight', hold: true }, 'right', PHONE);
    expect(phone.lengthMm).toBeLessThan(120);
    expect(phone.sheet.paper.width).toBeLessThanOrEqual(PHONE.width - 12);
    const circle = layoutCut({ line: 'circle', lengthMm: 150, hold: true }, 'right', IPAD);
    expect(circle.sheet.paper.width * Math.SQRT2).toBeLessThanOrEqual(IPAD.height - 30);
  });

  it('the hold mark is on the paper, clear of every line, and on the other hand’s side', () => {
    for (const line of CUT_LINE_KINDS) {
      for (const hand of ['left', 'right'] as const) {
        const { sheet, holdSpot } = layoutCut({ line, hold: true }, hand, IPAD);
        const spot = mmPoint(holdSpot!.x, holdSpot!.y);
        expect(spot.x - holdSpot!.radiusMm, `${line} ${hand}`).toBeGreaterThanOrEqual(0);
        expect(spot.y - holdSpot!.radiusMm).toBeGreaterThanOrEqual(0);
        expect(spot.x + holdSpot!.radiusMm).toBeLessThanOrEqual(sheet.paper.width);
        const clearance = Math.min(...sheet.lines.flatMap((l) => l.map((p) => Math.hypot(p.x - spot.x, p.y - spot.y))));
        expect(clearance, `${line} ${hand}`).toBeGreaterThan(holdSpot!.radiusMm);
        if (line !== 'fringe') expect(hand === 'right' ? spot.x < sheet.paper.width / 2 : spot.x > sheet.paper.width / 2, `${line} ${hand}`).toBe(true);
      }
    }
    expect(layoutCut({ line: 'straight', hold: false }, 'right', IPAD).holdSpot).toBeNull();
  });
});
