import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSortRecord } from '../../src/activities/sort/build-record';
import { binAt, layoutSort, type SortLayout } from '../../src/activities/sort/layout';
import { sortParamsSchema, SORT_URL_NAMES, type SortParams } from '../../src/activities/sort/params';
import { centreOfArea } from './helpers';
import { CATEGORY_PICTURES, pictureContains, pictureOf, pictureSilhouette, SHAPE_PICTURES, type ItemKind } from '../../src/activities/sort/pictures';
import { planRound } from '../../src/activities/sort/round-setup';
import { scoreSort } from '../../src/activities/sort/score';
import { SortRound, type SortEvent } from '../../src/activities/sort/sort-round';
import type { InputSample } from '../../src/input/input-sample';
import type { Stroke } from '../../src/schema/parts';
import { parseUrlParams } from '../../src/schema/url-params';

const params = (over: Partial<SortParams> = {}) => sortParamsSchema.parse(over);
/** A 10-inch tablet in landscape, in mm. */
const TABLET = { width: 271, height: 203 };
const sample = (x: number, y: number, t: number, pointerId = 1, pointerType: InputSample['pointerType'] = 'touch') =>
  ({ x, y, t, pressure: 0.5, tiltX: 0, tiltY: 0, pointerType, pointerId }) as InputSample;

function round(over: Partial<SortParams> = {}, seed = 42) {
  const p = params(over);
  const layout = layoutSort(planRound(p, seed), TABLET.width, TABLET.height, seed);
  return { p, layout, round: new SortRound(layout, { originMs: 1000, grabMarginMm: p.grabMarginMm }) };
}
const binCentre = (layout: SortLayout, id: string) => { const b = layout.bins.find((x) => x.id === id)!; return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; };

describe('sort rules: which bin each object belongs in', () => {
  it('colour: objects take the bins’ colours, shared out evenly; shapes vary', () => {
    const spec = planRound(params({ rule: 'color', itemCount: 8, binCount: 2 }), 7);
    expect(spec.bins).toHaveLength(2);
    for (const bin of spec.bins) expect(spec.items.filter((i) => i.bin === bin)).toHaveLength(4);
    for (const item of spec.items) expect(item.colour).toBe(item.bin);
    expect(new Set(spec.items.map((i) => i.kind)).size).toBeGreaterThan(1);
  });

  it('shape: the kind is the bin; size: buttons whose size is the bin’s class; category: pictures of the bin’s kind', () => {
    for (const item of planRound(params({ rule: 'shape', binCount: 3, itemCount: 9 }), 1).items) expect(item.kind).toBe(item.bin);
    const sized = planRound(params({ rule: 'size', binCount: 2, itemCount: 6, itemSizeMm: 10 }), 1);
    expect(sized.bins).toEqual(['small', 'large']);
    for (const item of sized.items) expect(item.sizeMm).toBeCloseTo(item.bin === 'small' ? 10 : 22);
    const kinds = { fruit: ['apple', 'pear', 'cherries'], animals: ['fish', 'ladybug', 'bird'], vehicles: ['car', 'boat'], flowers: ['tulip', 'daisy'] } as Record<string, string[]>;
    for (const item of planRound(params({ rule: 'category', binCount: 4, itemCount: 12 }), 5).items) expect(kinds[item.bin!]).toContain(item.kind);
  });

  it('distractors show a value no bin has; with the size rule, larger than every bin; none when every value has a bin', () => {
    const spec = planRound(params({ rule: 'color', binCount: 3, itemCount: 6, distractors: 3 }), 9);
    const distractors = spec.items.filter((i) => i.bin === null);
    expect(distractors).toHaveLength(3);
    for (const d of distractors) expect(spec.bins).not.toContain(d.colour);
    const sized = planRound(params({ rule: 'size', binCount: 2, itemSizeMm: 10, distractors: 2 }), 9);
    for (const d of sized.items.filter((i) => i.bin === null)) expect(d.sizeMm).toBeCloseTo(32);
    expect(planRound(params({ rule: 'size', binCount: 4, distractors: 2 }), 9).items.filter((i) => i.bin === null)).toHaveLength(0);
  });
});

describe('seeded layouts', () => {
  const anyParams = fc.record({
    rule: fc.constantFrom('color', 'shape', 'size', 'category'),
    itemCount: fc.integer({ min: 2, max: 24 }),
    itemSizeMm: fc.integer({ min: 5, max: 40 }),
    binCount: fc.integer({ min: 2, max: 4 }),
    distractors: fc.integer({ min: 0, max: 6 }),
  }) as fc.Arbitrary<Partial<SortParams>>;
  const screens = fc.constantFrom(TABLET, { width: 203, height: 271 }, { width: 160, height: 100 });

  it('the same seed gives the same round and layout; another seed another', () => {
    const a = layoutSort(planRound(params(), 42), TABLET.width, TABLET.height, 42);
    expect(layoutSort(planRound(params(), 42), TABLET.width, TABLET.height, 42)).toEqual(a);
    expect(layoutSort(planRound(params(), 43), TABLET.width, TABLET.height, 43)).not.toEqual(a);
  });

  it('the objects themselves depend on the seed alone, not the screen', () => {
    const spec = planRound(params({ itemCount: 10 }), 11);
    const strip = (l: SortLayout) => l.items.map(({ id, kind, colour, sizeMm, bin }) => ({ id, kind, colour, sizeMm, bin }));
    expect(strip(layoutSort(spec, 271, 203, 11))).toEqual(strip(layoutSort(spec, 203, 271, 11)));
  });

  it('no two objects overlap, every one lies wholly on the table inside the screen, and none lies under a bin', () => {
    fc.assert(fc.property(anyParams, screens, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (over, screen, seed) => {
      const layout = layoutSort(planRound(params(over), seed), screen.width, screen.height, seed);
      const { table } = layout;
      for (const [i, a] of layout.items.entries()) {
        expect(a.x - a.sizeMm / 2).toBeGreaterThanOrEqual(table.x - 1e-9);
        expect(a.x + a.sizeMm / 2).toBeLessThanOrEqual(table.x + table.width + 1e-9);
        expect(a.y - a.sizeMm / 2).toBeGreaterThanOrEqual(table.y - 1e-9);
        expect(a.y + a.sizeMm / 2).toBeLessThanOrEqual(table.y + table.height + 1e-9);
        for (const b of layout.items.slice(i + 1)) {
          const apart = Math.abs(a.x - b.x) >= (a.sizeMm + b.sizeMm) / 2 || Math.abs(a.y - b.y) >= (a.sizeMm + b.sizeMm) / 2;
          expect(apart).toBe(true);
        }
      }
      expect(table.x).toBeGreaterThan(0);
      expect(table.y + table.height).toBeLessThan(Math.min(...layout.bins.map((b) => b.y)));
      for (const b of layout.bins) expect(b.x >= 0 && b.x + b.width <= screen.width && b.y + b.height <= screen.height).toBe(true);
    }), { numRuns: 150 });
  });

  it('a round that fits is placed whole: 24 beads of 8 mm on a tablet', () => {
    const layout = layoutSort(planRound(params({ itemCount: 24, itemSizeMm: 8, binCount: 4 }), 3), TABLET.width, TABLET.height, 3);
    expect(layout.items).toHaveLength(24);
    expect(layout.unplaced).toEqual([]);
  });

  it('objects too many for the screen at their size are left out and listed, never shrunk', () => {
    const layout = layoutSort(planRound(params({ itemCount: 24, itemSizeMm: 40 }), 3), 160, 100, 3);
    expect(layout.unplaced.length).toBeGreaterThan(0);
    expect(layout.items.length + layout.unplaced.length).toBe(24);
    for (const item of layout.items) expect(item.sizeMm).toBe(40);
  });
});

describe('grabbing by the visible outline', () => {
  it('a triangle is grabbed inside its outline, not in the empty corner of its box', () => {
    const triangle = SHAPE_PICTURES.triangle;
    expect(pictureContains(triangle, 0, 0)).toBe(true);
    expect(pictureContains(triangle, -0.45, -0.4)).toBe(false); // top-left corner of the box: empty
    expect(pictureContains(triangle, -0.45, -0.4, 0.33)).toBe(false); // 0.354 from the edge
    expect(pictureContains(triangle, -0.45, -0.4, 0.36)).toBe(true); // with a grown-up's margin that reaches it
  });

  it('every picture holds its own centre region and nothing beyond its box', () => {
    for (const kind of ['circle', 'square', 'triangle', 'star', 'heart', 'hexagon', 'button', 'apple', 'fish', 'car', 'tulip'] as const) {
      expect(pictureContains(pictureOf(kind), 0, 0.05)).toBe(true);
      expect(pictureContains(pictureOf(kind), 0.56, 0.56)).toBe(false);
    }
  });

  it('item 4 (issue 14): every picture is grabbed at the centre of its filled area, cherries between their stems included', () => {
    const kinds = [...Object.keys(SHAPE_PICTURES), ...Object.keys(CATEGORY_PICTURES), 'button'] as ItemKind[];
    expect(kinds).toHaveLength(17);
    for (const kind of kinds) {
      const hull = pictureSilhouette(pictureOf(kind));
      const middle = centreOfArea(hull);
      expect(pictureContains(pictureOf(kind), middle.x, middle.y), kind).toBe(true);
      // The silhouette stays inside the picture's box: no hidden zone beyond what is drawn.
      for (const [x, y] of hull) { expect(Math.abs(x)).toBeLessThanOrEqual(0.51); expect(Math.abs(y)).toBeLessThanOrEqual(0.51); }
    }
    expect(pictureContains(CATEGORY_PICTURES.cherries, 0, 0)).toBe(true); // between the stems, above the fruit
    expect(pictureContains(CATEGORY_PICTURES.cherries, -0.4, -0.4)).toBe(false); // beside the stems: empty
  });

  it('a touch beside an object misses without a margin and grabs with one', () => {
    // Buttons are round: 1.5 mm beyond the rim.
    const { layout, round: r } = round({ rule: 'size', itemSizeMm: 10 });
    const item = layout.items[0]!;
    const beside = sample(item.x + item.sizeMm / 2 + 1.5, item.y, 1100);
    expect(r.grab(beside)).toBeNull();
    expect(r.grabMisses).toBe(1);
    const wide = new SortRound(layout, { originMs: 0, grabMarginMm: 3 });
    expect(wide.grab(beside)?.spec.id).toBe(item.id);
  });
});

describe('SortRound', () => {
  it('an object follows the finger exactly, keeping where it was picked up', () => {
    const { layout, round: r } = round();
    const item = layout.items[0]!;
    r.grab(sample(item.x + 1, item.y - 1, 1100));
    const moved = r.move([sample(item.x + 21, item.y + 9, 1150)])!;
    expect(moved.x).toBeCloseTo(item.x + 20);
    expect(moved.y).toBeCloseTo(item.y + 10);
  });

  it('right bin: sorted and kept inside the bin; wrong bin and the table: back home; the round ends when all are in', () => {
    const { layout, round: r } = round({ itemCount: 2, binCount: 2 });
    const [first, second] = layout.items as [typeof layout.items[0], typeof layout.items[0]];
    const wrongBin = layout.bins.find((b) => b.id !== first.bin)!.id;
    r.grab(sample(first.x, first.y, 1100));
    const wrong = binCentre(layout, wrongBin);
    expect(r.release(sample(wrong.x, wrong.y, 1300))).toMatchObject({ outcome: 'wrong', bin: wrongBin, restX: first.x, restY: first.y });
    r.grab(sample(first.x, first.y, 1400));
    expect(r.release(sample(first.x + 5, first.y, 1500))).toMatchObject({ outcome: 'outside', bin: null, restX: first.x });
    r.grab(sample(first.x, first.y, 1600));
    const right = binCentre(layout, first.bin!);
    const drop = r.release(sample(right.x, right.y, 1900))!;
    expect(drop.outcome).toBe('correct');
    expect(binAt(layout.bins, drop.restX, drop.restY)?.id).toBe(first.bin);
    expect(r.itemAt(drop.restX, drop.restY)).toBeNull(); // a sorted object stays put
    expect(r.finished).toBe(false);
    r.grab(sample(second.x, second.y, 2000));
    const other = binCentre(layout, second.bin!);
    r.release(sample(other.x, other.y, 2300));
    expect(r.finished).toBe(true);
    expect(r.events.map((e) => [e.type, e.outcome ?? '', e.t])).toEqual([
      ['grab', '', 100], ['drop', 'wrong', 300], ['grab', '', 400], ['drop', 'outside', 500], ['grab', '', 600], ['drop', 'correct', 900], ['grab', '', 1000], ['drop', 'correct', 1300],
    ]);
  });

  it('sorted objects settle side by side in their bin, all inside it and none on another; the drop is logged where it was let go', () => {
    const { layout, round: r } = round({ itemCount: 8, binCount: 2, itemSizeMm: 12 });
    for (const [k, item] of layout.items.entries()) {
      const to = binCentre(layout, item.bin!);
      r.grab(sample(item.x, item.y, 1100 + k * 100));
      r.release(sample(to.x, to.y, 1150 + k * 100));
    }
    expect(r.finished).toBe(true);
    const sorted = [...r.items.values()];
    for (const [i, a] of sorted.entries()) {
      const bin = layout.bins.find((b) => b.id === a.placedIn)!;
      expect(a.x - 6 >= bin.x && a.x + 6 <= bin.x + bin.width && a.y - 6 >= bin.y && a.y + 6 <= bin.y + bin.height).toBe(true);
      for (const b of sorted.slice(i + 1)) expect(Math.abs(a.x - b.x) >= 12 || Math.abs(a.y - b.y) >= 12).toBe(true);
    }
    const drop = r.events.find((e) => e.type === 'drop')!;
    const to = binCentre(layout, layout.items[0]!.bin!);
    expect([drop.itemX, drop.itemY]).toEqual([to.x, to.y]);
  });

  it('two fingers carry two objects at once; one finger cannot take a second object', () => {
    const { layout, round: r } = round({ itemCount: 4 });
    const [a, b] = layout.items;
    expect(r.grab(sample(a!.x, a!.y, 1100, 1))?.spec.id).toBe(a!.id);
    expect(r.grab(sample(b!.x, b!.y, 1110, 2))?.spec.id).toBe(b!.id);
    expect(r.grab(sample(b!.x, b!.y, 1120, 3))).toBeNull(); // already held
    expect(r.carrying).toBe(2);
    r.move([sample(a!.x + 3, a!.y, 1200, 1), sample(b!.x - 3, b!.y, 1200, 2)]);
    expect(r.items.get(a!.id)!.x).toBeCloseTo(a!.x + 3);
    expect(r.items.get(b!.id)!.x).toBeCloseTo(b!.x - 3);
  });

  it('a palm carry is forgotten entirely and the object goes back; a cancelled carry is kept and marked', () => {
    const { layout, round: r } = round({ itemCount: 4 });
    const [a, b] = layout.items;
    r.grab(sample(a!.x, a!.y, 1100, 1));
    r.grab(sample(b!.x, b!.y, 1110, 2));
    r.move([sample(a!.x + 10, a!.y, 1200, 1)]);
    expect(r.discard(1)?.x).toBe(a!.x);
    expect(r.strokes).toHaveLength(1);
    expect(r.events).toEqual([expect.objectContaining({ type: 'grab', itemId: b!.id, stroke: 0 })]);
    expect(r.cancel(2, 1300)).toMatchObject({ outcome: 'cancelled', itemId: b!.id });
    expect(r.events.at(-1)).toMatchObject({ type: 'drop', stroke: 0, outcome: 'cancelled' });
  });
});

describe('sort metrics, known answers', () => {
  const event = (type: 'grab' | 'drop', itemId: string, stroke: number, t: number, x: number, y: number, outcome?: SortEvent['outcome'], bin?: string | null): SortEvent =>
    ({ type, itemId, stroke, t, x, y, itemX: x, itemY: y, ...(outcome ? { outcome, bin: bin ?? null } : {}) });
  const path = (...points: [number, number, number][]): Stroke => ({ pointerType: 'touch', points: points.map(([x, y, t]) => ({ x, y, t, pressure: 0.5, tiltX: 0, tiltY: 0 })) });
  const items = [
    { id: 'a', kind: 'circle', colour: 'red', sizeMm: 10, bin: 'red', x: 0, y: 0 },
    { id: 'b', kind: 'circle', colour: 'blue', sizeMm: 10, bin: 'blue', x: 0, y: 0 },
    { id: 'c', kind: 'circle', colour: 'green', sizeMm: 10, bin: null, x: 0, y: 0 },
  ] as const;

  it('path efficiency: straight over path length, a detour of 3-4-5 triangle legs gives 5/7', () => {
    // a: straight 30 mm (efficiency 1). b: (0,0)→(30,0)→(30,40): 70 mm of path for 50 mm straight.
    const strokes = [path([0, 0, 0], [15, 0, 100], [30, 0, 200]), path([0, 0, 300], [30, 0, 400], [30, 40, 500])];
    const events = [
      event('grab', 'a', 0, 0, 0, 0), event('drop', 'a', 0, 200, 30, 0, 'correct', 'red'),
      event('grab', 'b', 1, 300, 0, 0), event('drop', 'b', 1, 500, 30, 40, 'correct', 'blue'),
    ];
    const { metrics } = scoreSort(items, events, strokes, 0);
    expect(metrics.pathEfficiency).toBeCloseTo((1 + 5 / 7) / 2, 10);
    expect(metrics.meanTransportMs).toBe(200);
    expect(metrics.correctCount).toBe(2);
    expect(metrics.allSorted).toBe(true);
    expect(metrics.distractorsLeft).toBe(1);
  });

  it('two-handed carries: only carries overlapping another in time count, and both of a pair do', () => {
    const strokes = [0, 1, 2, 3].map(() => path([0, 0, 0], [1, 0, 1]));
    const events = [
      event('grab', 'a', 0, 0, 0, 0), event('grab', 'b', 1, 100, 0, 0), // a and b overlap
      event('drop', 'a', 0, 300, 1, 0, 'outside'), event('drop', 'b', 1, 400, 1, 0, 'outside'),
      event('grab', 'a', 2, 500, 0, 0), event('drop', 'a', 2, 600, 1, 0, 'outside'), // alone
      event('grab', 'b', 3, 600, 0, 0), event('drop', 'b', 3, 700, 1, 0, 'outside'), // starts as the last ends: no overlap
    ];
    const { metrics } = scoreSort(items, events, strokes, 0);
    expect(metrics.twoHandedCarries).toBe(2);
    expect(metrics.dropsOutside).toBe(4);
    expect(metrics.regrabs).toBe(2);
    expect(metrics.meanTransportMs).toBeNull();
    expect(metrics.pathEfficiency).toBeNull();
  });

  it('errors are drops into a wrong bin, distractors included; a cancelled carry is neither error nor outside', () => {
    const strokes = [0, 1, 2].map(() => path([0, 0, 0], [1, 0, 1]));
    const events = [
      event('grab', 'c', 0, 0, 0, 0), event('drop', 'c', 0, 100, 1, 0, 'wrong', 'red'),
      event('grab', 'a', 1, 200, 0, 0), event('drop', 'a', 1, 300, 1, 0, 'wrong', 'blue'),
      event('grab', 'a', 2, 400, 0, 0), event('drop', 'a', 2, 500, 1, 0, 'cancelled'),
    ];
    const { metrics, results } = scoreSort(items, events, strokes, 2);
    expect(metrics).toMatchObject({ errorCount: 2, dropsOutside: 0, correctCount: 0, grabMisses: 2, allSorted: false, totalMs: 500, regrabs: 1 });
    expect(results).toEqual([
      { itemId: 'a', bin: 'red', placedIn: null, correct: false, grabs: 2 },
      { itemId: 'b', bin: 'blue', placedIn: null, correct: false, grabs: 0 },
      { itemId: 'c', bin: null, placedIn: null, correct: true, grabs: 1 },
    ]);
  });
});

describe('the sort record', () => {
  it('a played round becomes a valid record with layout, events, strokes and metrics in mm', () => {
    const { p, layout, round: r } = round({ itemCount: 2 });
    for (const [i, item] of layout.items.entries()) {
      const t = 1100 + i * 1000; // one after the other
      r.grab(sample(item.x, item.y, t));
      const to = binCentre(layout, item.bin!);
      r.move([sample((item.x + to.x) / 2, (item.y + to.y) / 2, t + 100)]);
      r.release(sample(to.x, to.y, t + 200));
    }
    const record = buildSortRecord({
      head: { id: crypto.randomUUID(), profileId: null, status: 'completed', endReason: 'sorted', startedAt: new Date(0), endedAt: new Date(2000), device: { viewport: { width: 1024, height: 768 }, devicePixelRatio: 1, pxPerMm: 3.78, frame: { left: 0, top: 0 }, userAgent: 'test' } },
      params: { ...p, seed: 42 },
      layout, round: r,
    });
    expect(record.metrics).toMatchObject({ correctCount: 2, errorCount: 0, allSorted: true, twoHandedCarries: 0 });
    expect(record.strokes).toHaveLength(2);
    expect(record.layout.items[0]).toEqual({ id: layout.items[0]!.id, kind: layout.items[0]!.kind, colour: layout.items[0]!.colour, x: layout.items[0]!.x, y: layout.items[0]!.y, sizeMm: layout.items[0]!.sizeMm, bin: layout.items[0]!.bin });
    expect(record.params.seed).toBe(42);
  });

  it('the documented deep link reads as it says', () => {
    const { params: parsed, problems } = parseUrlParams(sortParamsSchema, SORT_URL_NAMES, new URLSearchParams('rule=color&items=8&size=12&bins=2&seed=42'));
    expect(problems).toEqual([]);
    expect(parsed).toMatchObject({ rule: 'color', itemCount: 8, itemSizeMm: 12, binCount: 2, seed: 42, distractors: 0, grabMarginMm: 0 });
    const bad = parseUrlParams(sortParamsSchema, SORT_URL_NAMES, new URLSearchParams('items=2.5&bins=9&size=4'));
    expect(bad.problems.map((x) => x.name)).toEqual(['items', 'size', 'bins']);
    expect(bad.params).toMatchObject({ itemCount: 8, itemSizeMm: 15, binCount: 2 });
  });
});
