import { describe, expect, it } from 'vitest';
import { buildTargetsRecord } from '../../src/activities/targets/build-record';
import { targetsRecordFrom1 } from '../../src/activities/targets/record-from-1';
import { sequenceThroughput, type Selection } from '../../src/activities/targets/fitts';
import { ringConditions, targetsParamsSchema, TARGETS_URL_NAMES, type TargetsParams } from '../../src/activities/targets/params';
import { layoutPinch, PinchRound } from '../../src/activities/targets/pinch-round';
import { PopRound } from '../../src/activities/targets/pop-round';
import { fitRing } from '../../src/activities/targets/fit-ring';
import { ringOrder, ringTargets } from '../../src/activities/targets/ring';
import { RingRound } from '../../src/activities/targets/ring-round';
import { scorePinch, scoreRing } from '../../src/activities/targets/score';
import { TouchLog } from '../../src/activities/targets/touch-log';
import type { InputSample } from '../../src/input/input-sample';
import { seededRandom } from '../../src/random/seeded-random';
import { parseUrlParams } from '../../src/schema/url-params';

const params = (over: Partial<TargetsParams> = {}) => targetsParamsSchema.parse(over);
const sample = (x: number, y: number, t: number, pointerId = 1, contact: InputSample['contact'] = null) =>
  ({ x, y, t, pressure: 0.5, tiltX: 0, tiltY: 0, pointerType: 'touch', pointerId, contact }) as InputSample;
const AREA = { x: 6, y: 24, width: 259, height: 173 };

describe("Fitts' throughput, MacKenzie's method, on hand-worked data", () => {
  // Targets 100 mm apart on the x axis, W = 10; the first selection only starts the sequence.
  // dx along the task axis: +2 (overshoot), +1 (overshoot, with 3 mm off the axis), −6 (a miss, short), 0.
  const selections: Selection[] = [
    { targetX: 0, targetY: 0, x: 1, y: 0, t: 0, hit: true },
    { targetX: 100, targetY: 0, x: 102, y: 0, t: 500, hit: true },
    { targetX: 0, targetY: 0, x: -1, y: 3, t: 1100, hit: true },
    { targetX: 100, targetY: 0, x: 94, y: 0, t: 1500, hit: false },
    { targetX: 0, targetY: 0, x: 0, y: 0, t: 2100, hit: true },
  ];

  it('We = 4.133 × SD(dx), Ae = mean(a + dx + the previous dx) (a serial task), IDe = log2(Ae/We + 1), TP = IDe / MT', () => {
    const r = sequenceThroughput({ amplitudeMm: 100, widthMm: 10 }, selections);
    // SD of [2, 1, −6, 0] (n − 1) = √(38.75 / 3) = 3.59398
    expect(r.effectiveWidthMm).toBeCloseTo(4.133 * 3.593976, 4);
    // a + dx: 102, 101, 94, 100; each movement also starts where the last selection landed, dx before it
    // along the axis (none for the first): 102, 101 + 2, 94 + 1, 100 − 6 = 102, 103, 95, 94. Mean 98.5
    // (without the serial term, MacKenzie's discrete-task Ae, 99.25).
    expect(r.effectiveAmplitudeMm).toBeCloseTo(98.5, 10);
    expect(r.effectiveIdBits).toBeCloseTo(2.931920, 5); // log2(98.5 / 14.853905 + 1)
    expect(r.meanMovementMs).toBeCloseTo(525, 10); // (500 + 600 + 400 + 600) / 4
    expect(r.throughputBitsPerS).toBeCloseTo(5.584609, 5);
    expect(r).toMatchObject({ hits: 3, misses: 1, errorRatePct: 25 });
  });

  it('a second hand-worked serial sequence: alternate overshoot and undershoot move Ae by the previous dx', () => {
    // dx: +2, +3, −1, −1. Ae = mean(100 + 2, 100 + 3 + 2, 100 − 1 + 3, 100 − 1 − 1) = 407 / 4.
    const r = sequenceThroughput({ amplitudeMm: 100, widthMm: 10 }, [
      { targetX: 0, targetY: 0, x: 1, y: 0, t: 0, hit: true },
      { targetX: 100, targetY: 0, x: 102, y: 0, t: 500, hit: true },
      { targetX: 0, targetY: 0, x: -3, y: 0, t: 1000, hit: true },
      { targetX: 100, targetY: 0, x: 99, y: 0, t: 1500, hit: true },
      { targetX: 0, targetY: 0, x: 1, y: 0, t: 2000, hit: true },
    ]);
    expect(r.effectiveAmplitudeMm).toBeCloseTo(101.75, 10);
    expect(r.effectiveWidthMm).toBeCloseTo(4.133 * Math.sqrt(12.75 / 3), 10); // SD of [2, 3, −1, −1]: √(12.75 / 3) = 2.061553
    expect(r.effectiveIdBits).toBeCloseTo(3.693981, 5);
    expect(r.throughputBitsPerS).toBeCloseTo(7.387962, 5); // ÷ 0.5 s
  });

  it('dx from the triangle of distances equals the projection on the task axis, in any direction', () => {
    const random = seededRandom(4);
    for (let i = 0; i < 50; i++) {
      const from = { x: random() * 200, y: random() * 200 };
      const to = { x: random() * 200, y: random() * 200 };
      const sel = { x: to.x + (random() - 0.5) * 20, y: to.y + (random() - 0.5) * 20 };
      const a = Math.hypot(to.x - from.x, to.y - from.y);
      const projected = ((sel.x - to.x) * (to.x - from.x) + (sel.y - to.y) * (to.y - from.y)) / a;
      const r = sequenceThroughput({ amplitudeMm: a, widthMm: 10 }, [
        { targetX: from.x, targetY: from.y, x: from.x, y: from.y, t: 0, hit: true },
        { targetX: to.x, targetY: to.y, x: sel.x, y: sel.y, t: 400, hit: true },
      ]);
      expect(r.effectiveAmplitudeMm).toBeCloseTo(a + projected, 8);
    }
  });

  it('with no spread along the axis there is no effective width, so no throughput (never a division by zero)', () => {
    const r = sequenceThroughput({ amplitudeMm: 100, widthMm: 10 }, [selections[0]!, { ...selections[1]!, x: 100 }, { ...selections[2]!, x: 0, y: 0 }]);
    expect(r.effectiveWidthMm).toBeNull();
    expect(r.throughputBitsPerS).toBeNull();
  });
});

describe('item 3 (issue 14): the ring on a screen too small for it', () => {
  it('keeps the conditions that fit and counts the skipped ones', () => {
    const fit = fitRing(params({ conditions: '120x8,60x16', sequences: 2 }), 100);
    expect(fit).toEqual({ conditions: [{ amplitudeMm: 60, widthMm: 16 }, { amplitudeMm: 60, widthMm: 16 }], skipped: 2, largestThatFits: null });
  });

  it('offers the largest ring that fits when none does, never an empty round', () => {
    const phone = fitRing(params({ amplitudeMm: 120, widthMm: 8, sequences: 2 }), 91.2); // a 390 px wide phone
    expect(phone.largestThatFits).toEqual({ amplitudeMm: 83, widthMm: 8 });
    expect(phone.conditions).toEqual([{ amplitudeMm: 83, widthMm: 8 }, { amplitudeMm: 83, widthMm: 8 }]);
    expect(phone.skipped).toBe(2);
    // The narrowest target asked for is kept; a target wider than a quarter of the room shrinks.
    expect(fitRing(params({ conditions: '200x20,150x12' }), 60).largestThatFits).toEqual({ amplitudeMm: 48, widthMm: 12 });
    expect(fitRing(params({ amplitudeMm: 100, widthMm: 40 }), 40).largestThatFits).toEqual({ amplitudeMm: 30, widthMm: 10 });
    for (const room of [1, 5, 20, 50, 119, 127]) {
      const fit = fitRing(params({ amplitudeMm: 120, widthMm: 8 }), room);
      expect(fit.conditions.length).toBeGreaterThan(0);
      for (const c of fit.conditions) { expect(c.amplitudeMm + c.widthMm).toBeLessThanOrEqual(Math.max(room, 3)); expect(c.widthMm).toBeGreaterThanOrEqual(2); }
    }
  });
});

describe('the ring', () => {
  it('13 targets on a circle of diameter A, each selection nearly across from the last, ending where it began', () => {
    expect(ringOrder()).toEqual([0, 7, 1, 8, 2, 9, 3, 10, 4, 11, 5, 12, 6, 0]);
    const targets = ringTargets({ amplitudeMm: 120, widthMm: 8 }, { x: 100, y: 100 });
    expect(targets).toHaveLength(13);
    for (const t of targets) expect(Math.hypot(t.x - 100, t.y - 100)).toBeCloseTo(60, 10);
    const order = ringOrder();
    for (let k = 1; k < order.length; k++) {
      const [a, b] = [targets[order[k - 1]!]!, targets[order[k]!]!];
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeCloseTo(120 * Math.sin((7 * Math.PI) / 13), 8); // 0.993 A
    }
  });

  it('conditions: a list, each run `sequences` times; amplitude and width when none is given', () => {
    expect(ringConditions(params({ conditions: '120x8,60x16', sequences: 2 }))).toEqual([
      { amplitudeMm: 120, widthMm: 8 }, { amplitudeMm: 120, widthMm: 8 }, { amplitudeMm: 60, widthMm: 16 }, { amplitudeMm: 60, widthMm: 16 },
    ]);
    expect(ringConditions(params({ amplitudeMm: 100, widthMm: 6 }))).toEqual([{ amplitudeMm: 100, widthMm: 6 }]);
    expect(targetsParamsSchema.shape.conditions.safeParse('120x8;60').success).toBe(false);
  });

  it('a touch older than the last selection (a second finger reaching the game late) selects nothing', () => {
    const round = new RingRound([{ amplitudeMm: 120, widthMm: 8 }], { x: 130, y: 110 }, 1000);
    const first = round.ring!.targets[round.ring!.current]!;
    round.tap(sample(first.x, first.y, 2000));
    expect(round.tap(sample(first.x, first.y, 1990))).toBeNull();
    expect(round.log.taps).toHaveLength(1);
    expect(round.tap(sample(first.x, first.y, 2500))!.tap.movementMs).toBe(500);
  });

  it('a played sequence: every touch-down selects, misses included, and the record recomputes the throughput', () => {
    const round = new RingRound([{ amplitudeMm: 120, widthMm: 8 }], { x: 130, y: 110 }, 1000);
    const random = seededRandom(9);
    let t = 1000;
    while (!round.finished) {
      const ring = round.ring!;
      const target = ring.targets[ring.current]!;
      t += 600 + random() * 200;
      round.tap(sample(target.x + (random() - 0.5) * 10, target.y + (random() - 0.5) * 10, t));
    }
    expect(round.log.taps).toHaveLength(14);
    const metrics = scoreRing(round.conditions, round.log.targets, round.log.taps);
    const again = sequenceThroughput({ amplitudeMm: 120, widthMm: 8 }, round.log.taps.map((tap) => ({ targetX: round.log.targets[tap.targetIndex]!.x, targetY: round.log.targets[tap.targetIndex]!.y, x: tap.x, y: tap.y, t: tap.t, hit: tap.hit })));
    expect(metrics.sequences).toEqual([again]);
    expect(metrics.throughputBitsPerS).toBe(again.throughputBitsPerS);
    expect(metrics.hits + metrics.misses).toBe(13);
    expect(round.log.taps[1]!.movementMs).toBeCloseTo(round.log.taps[1]!.t - round.log.taps[0]!.t);
  });

  it('a version 1 ring record is scored again by the serial method when read; pop records keep their metrics', () => {
    const conditions = [{ amplitudeMm: 120, widthMm: 8 }, { amplitudeMm: 60, widthMm: 16 }, { amplitudeMm: 90, widthMm: 10 }];
    const round = new RingRound(conditions, { x: 130, y: 110 }, 1000);
    const random = seededRandom(12);
    let t = 1000;
    // Two whole sequences, then the third left after five taps.
    while (round.log.taps.length < 2 * 14 + 5) {
      const ring = round.ring!;
      const target = ring.targets[ring.current]!;
      t += 500 + random() * 300;
      round.tap(sample(target.x + (random() - 0.5) * 12, target.y + (random() - 0.5) * 12, t));
    }
    const now = scoreRing(round.conditions, round.log.targets, round.log.taps);
    expect(now.sequences).toHaveLength(2);
    // Version 1 stored the discrete-task Ae: a different number, which reading replaces.
    const stale = { ...now, throughputBitsPerS: 1, sequences: now.sequences.map((q) => ({ ...q, effectiveAmplitudeMm: q.effectiveAmplitudeMm + 0.7 })) };
    const v1 = { schemaVersion: 1, activity: 'targets', layout: { targets: round.log.targets, jar: null }, taps: round.log.taps, metrics: stale };
    expect(targetsRecordFrom1(v1)).toEqual({ ...v1, schemaVersion: 2, metrics: now });
    const pop = { schemaVersion: 1, activity: 'targets', layout: { targets: [], jar: null }, taps: [], metrics: { mode: 'pop', hits: 3 } };
    expect(targetsRecordFrom1(pop)).toEqual({ ...pop, schemaVersion: 2 });
  });
});

describe('pop and its staircase', () => {
  /** A tapper whose touches scatter round the centre with a normal spread of `sigmaMm` on each axis. */
  function tapper(sigmaMm: number, seed: number) {
    const random = seededRandom(seed);
    const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return (x: number, y: number) => ({ x: x + sigmaMm * gauss(), y: y + sigmaMm * gauss() });
  }

  it('3-down/1-up converges where a tapper of known spread hits 79% of the time', () => {
    // P(hit | D) = 1 − exp(−D² / 8σ²) for a circular normal scatter; 79.4% at D = σ √(−8 ln 0.206) ≈ 3.55 σ.
    const sigma = 2;
    const expected = sigma * Math.sqrt(-8 * Math.log(1 - 0.7937));
    const thresholds: number[] = [];
    for (let seed = 1; seed <= 20; seed++) {
      const round = new PopRound(params({ sizeMm: 20, trials: 100, stepPct: 15 }), AREA, seed, 0);
      const aim = tapper(sigma, 1000 + seed);
      let t = 0;
      while (!round.finished) {
        const target = round.next(t)!;
        const p = aim(target.x, target.y);
        round.tap(sample(p.x, p.y, (t += 700)));
      }
      thresholds.push(round.thresholdMm!);
    }
    const mean = thresholds.reduce((a, b) => a + b, 0) / thresholds.length;
    expect(mean).toBeGreaterThan(expected * 0.85);
    expect(mean).toBeLessThan(expected * 1.15);
  });

  it('shrinks after three hits in a row, grows after a miss, and stays put without the staircase', () => {
    const round = new PopRound(params({ sizeMm: 10, stepPct: 20 }), AREA, 1, 0);
    const hit = () => { const t = round.next(0)!; round.tap(sample(t.x, t.y, 500)); return t.diameterMm; };
    const miss = () => { const t = round.next(0)!; round.tap(sample(t.x + t.diameterMm, t.y, 500)); return t.diameterMm; };
    expect([hit(), hit(), hit(), hit(), miss(), hit()]).toEqual([10, 10, 10, 8, 8, 10]);
    const fixed = new PopRound(params({ sizeMm: 10, adaptive: false }), AREA, 1, 0);
    for (let i = 0; i < 5; i++) { const t = fixed.next(0)!; fixed.tap(sample(t.x, t.y, 1)); expect(t.diameterMm).toBe(10); }
  });

  it('a finger that came down before the bubble appeared answers nothing, even when it reaches the game after', () => {
    const round = new PopRound(params({ sizeMm: 20, trials: 2 }), AREA, 1, 0);
    const target = round.next(1000)!;
    expect(round.tap(sample(target.x, target.y, 990))).toBeNull();
    expect(round.log.taps).toEqual([]);
    expect(round.tap(sample(target.x, target.y, 1400))).toMatchObject({ hit: true, movementMs: 400 });
  });

  it('bubbles lie inside the area, each far from the last, the same for the same seed', () => {
    const places = (seed: number) => {
      const round = new PopRound(params({ adaptive: false, sizeMm: 30 }), AREA, seed, 0);
      return Array.from({ length: 20 }, () => { const t = round.next(0)!; round.tap(sample(t.x, t.y, 1)); return t; });
    };
    const a = places(7);
    expect(places(7)).toEqual(a);
    for (const [i, t] of a.entries()) {
      expect(t.x - 15 >= AREA.x && t.x + 15 <= AREA.x + AREA.width && t.y - 15 >= AREA.y && t.y + 15 <= AREA.y + AREA.height).toBe(true);
      if (i > 0) expect(Math.hypot(t.x - a[i - 1]!.x, t.y - a[i - 1]!.y)).toBeGreaterThanOrEqual(40);
    }
  });

  it('a tap counts at touch-down with its contact size; the touch-up is recorded too; taps between bubbles are not trials', () => {
    const round = new PopRound(params(), AREA, 3, 1000);
    expect(round.tap(sample(50, 50, 1100))).toBeNull(); // no bubble yet
    const target = round.next(1200)!;
    const tap = round.tap(sample(target.x + 1, target.y, 1650, 1, { widthMm: 9.5, heightMm: 8 }))!;
    expect(tap).toMatchObject({ hit: true, t: 650, movementMs: 450, contact: { widthMm: 9.5, heightMm: 8 }, targetIndex: 0 });
    round.up(sample(target.x + 1.5, target.y, 1750));
    expect(round.log.ups).toEqual([{ sequence: 0, targetIndex: 0, x: target.x + 1.5, y: target.y, t: 750 }]);
  });
});

describe('pinch', () => {
  const layout = { objects: [{ id: 'item1', kind: 'pea' as const, x: 100, y: 60, sizeMm: 8 }], jar: { x: 130, y: 160, diameterMm: 50 } };
  /** Two fingers moving together in 1 mm steps, as pointer events arrive: one finger's sample, then the other's. */
  function glide(round: PinchRound, from: [[number, number], [number, number]], to: [[number, number], [number, number]], t0: number, t1: number) {
    const steps = Math.ceil(Math.max(...[0, 1].map((i) => Math.hypot(to[i]![0] - from[i]![0], to[i]![1] - from[i]![1]))));
    let result: ReturnType<PinchRound['move']> = { grasped: null, released: null };
    for (let k = 1; k <= steps; k++) {
      const t = t0 + ((t1 - t0) * k) / steps;
      for (const i of [0, 1]) {
        const r = round.move([sample(from[i]![0] + ((to[i]![0] - from[i]![0]) * k) / steps, from[i]![1] + ((to[i]![1] - from[i]![1]) * k) / steps, t, i + 1)]);
        result = { grasped: r.grasped ?? result.grasped, released: r.released ?? result.released };
      }
    }
    return result;
  }

  it('two fingers closing on an object from opposite sides grasp it; it follows their midpoint into the jar', () => {
    const round = new PinchRound(layout, 0);
    expect(round.down(sample(85, 60, 10, 1))).toBeNull(); // 15 mm left of the centre
    expect(round.down(sample(115, 60, 20, 2))).toBeNull(); // 15 mm right: 30 mm apart, not closed yet
    const { grasped } = round.move([sample(92, 60, 30, 1), sample(108, 60, 30, 2)]); // 16 mm apart: closed on an 8 mm pea
    expect(grasped?.spec.id).toBe('item1');
    expect(round.events[0]).toMatchObject({ type: 'grasp', itemId: 'item1', apertureMm: 16, x: 100, y: 60 });
    glide(round, [[92, 60], [108, 60]], [[122, 160], [138, 160]], 30, 200);
    expect(round.objects.get('item1')!.x).toBeCloseTo(130, 6);
    expect(round.objects.get('item1')!.y).toBeCloseTo(160, 6);
    const released = round.up(sample(122, 160, 300, 1));
    expect(released?.inJar).toBe(true);
    expect(round.finished).toBe(true);
    round.up(sample(138, 160, 310, 2));
    const m = scorePinch(round.events, 1);
    expect(m).toMatchObject({ grasps: 1, failedGrasps: 0, meanGripApertureMm: 16, meanTransportMs: 270, dropsOutside: 0, inJar: 1 });
  });

  it('one finger alone cannot carry it: the object stays and the failed grasp is counted', () => {
    const round = new PinchRound(layout, 0);
    round.down(sample(100, 60, 0, 1));
    round.move([sample(120, 100, 50, 1), sample(130, 150, 100, 1)]);
    expect(round.objects.get('item1')).toMatchObject({ x: 100, y: 60, heldBy: null });
    round.up(sample(130, 150, 120, 1));
    expect(round.events).toEqual([expect.objectContaining({ type: 'failed', reason: 'one-finger', apertureMm: null })]);
    expect(scorePinch(round.events, 1)).toMatchObject({ grasps: 0, failedGrasps: 1, failedOneFinger: 1 });
  });

  it('two fingers at the object that never close fail once; fingers on the same side never grasp', () => {
    const round = new PinchRound(layout, 0);
    round.down(sample(85, 60, 0, 1));
    round.down(sample(115, 60, 0, 2));
    round.up(sample(85, 60, 100, 1));
    round.up(sample(115, 60, 110, 2));
    expect(scorePinch(round.events, 1)).toMatchObject({ failedGrasps: 1, failedNotClosing: 1, failedOneFinger: 0 });
    const same = new PinchRound(layout, 0);
    same.down(sample(92, 55, 0, 1));
    same.down(sample(94, 65, 0, 2)); // both left of the centre, 10 mm apart
    expect(same.events.filter((e) => e.type === 'grasp')).toHaveLength(0);
  });

  it('a pair that never closed is one failed grasp, even when both fingers started on the object', () => {
    const round = new PinchRound(layout, 0);
    round.down(sample(90.5, 60, 0, 1)); // 9.5 mm each side of an 8 mm pea: 19 mm apart, not closed
    round.down(sample(109.5, 60, 0, 2));
    round.up(sample(90.5, 60, 100, 1));
    round.up(sample(109.5, 60, 110, 2));
    expect(scorePinch(round.events, 1)).toMatchObject({ failedGrasps: 1, failedNotClosing: 1, failedOneFinger: 0 });
  });

  it('opening the fingers lets go; outside the jar it counts as a drop outside', () => {
    const round = new PinchRound(layout, 0);
    round.down(sample(94, 60, 0, 1));
    round.down(sample(106, 60, 0, 2));
    glide(round, [[94, 60], [106, 60]], [[94, 80], [106, 80]], 0, 100);
    const { released } = glide(round, [[94, 80], [106, 80]], [[80, 80], [120, 80]], 100, 150);
    expect(released).toMatchObject({ inJar: false });
    expect(released!.x).toBeCloseTo(100, 6);
    expect(released!.y).toBeCloseTo(80, 6);
    expect(round.events.at(-1)).toMatchObject({ type: 'release', reason: 'opened', inJar: false });
    expect(scorePinch(round.events, 1)).toMatchObject({ grasps: 1, dropsOutside: 1, inJar: 0, meanTransportMs: null });
  });

  it('the seeded layout keeps objects apart, above the jar, inside the area', () => {
    const { objects, jar } = layoutPinch(AREA, 8, 8, 5);
    expect(layoutPinch(AREA, 8, 8, 5).objects).toEqual(objects);
    for (const o of objects) {
      expect(o.y + 4).toBeLessThan(jar.y - jar.diameterMm / 2);
      expect(o.x - 4 >= AREA.x && o.x + 4 <= AREA.x + AREA.width && o.y - 4 >= AREA.y).toBe(true);
    }
  });
});

describe('the targets record and links', () => {
  it('the documented deep links read as they say', () => {
    const read = (query: string) => parseUrlParams(targetsParamsSchema, TARGETS_URL_NAMES, new URLSearchParams(query));
    expect(read('mode=pop&size=10&adaptive=1&seed=7')).toMatchObject({ problems: [], params: { mode: 'pop', sizeMm: 10, adaptive: true, seed: 7 } });
    expect(read('mode=ring&amplitude=120&width=8')).toMatchObject({ problems: [], params: { mode: 'ring', amplitudeMm: 120, widthMm: 8 } });
    expect(read('mode=pinch&size=8&items=5')).toMatchObject({ problems: [], params: { mode: 'pinch', sizeMm: 8, items: 5 } });
    expect(read('size=1&width=99').problems.map((p) => p.name)).toEqual(['size', 'width']);
  });

  it('a pop round becomes a valid record with taps, touch-ups, raw touches and the staircase', () => {
    const p = params({ trials: 3 });
    const touches = new TouchLog(0);
    const round = new PopRound(p, AREA, 1, 0);
    for (let i = 0; i < 3; i++) {
      const target = round.next(i * 1000)!;
      const down = sample(target.x, target.y, i * 1000 + 400);
      touches.start(down);
      round.tap(down);
      touches.end(down);
      round.up(down);
    }
    const record = buildTargetsRecord({
      head: { id: crypto.randomUUID(), profileId: null, status: 'completed', endReason: 'finished', startedAt: new Date(0), endedAt: new Date(3000), device: { viewport: { width: 1024, height: 768 }, devicePixelRatio: 1, pxPerMm: 3.78, frame: { left: 0, top: 0 }, userAgent: 'test' } },
      params: { ...p, seed: 1 },
      game: { mode: 'pop', round }, touches,
    });
    expect(record.metrics).toMatchObject({ mode: 'pop', hits: 3, misses: 0, meanMovementMs: 400, meanEndpointErrorMm: 0 });
    expect(record.taps).toHaveLength(3);
    expect(record.touchUps).toHaveLength(3);
    expect(record.strokes).toHaveLength(3);
    expect(record.layout.targets).toHaveLength(3);
    expect(record.layout.jar).toBeNull();
  });
});
