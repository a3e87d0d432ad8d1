import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCoverageGrid, type GridArea } from '../../src/activities/colour/coverage-grid';
import { measureColour } from '../../src/activities/colour/measure-colour';
import { colourPicture, PICTURE_IDS } from '../../src/activities/colour/pictures';
import { colourStrings, partName } from '../../src/activities/colour/strings';
import { pointInRings } from '../../src/geometry/point-in-rings';
import { polygonArea } from '../../src/geometry/polygon-area';
import { mmPoint, type MmPolyline } from '../../src/geometry/units';

const AREA: GridArea = { x: -40, y: -40, width: 160, height: 160 };
const square = colourPicture('square'); // 60 × 60 mm at the origin
const squareRings = square.regions.map((r) => r.rings);
const insideRings = (rings: readonly MmPolyline[], x: number, y: number) => pointInRings(mmPoint(x, y), rings);

describe('the pictures', () => {
  it('each lies in its box, and no two parts overlap (a point is in one part at most)', () => {
    for (const id of PICTURE_IDS) {
      const picture = colourPicture(id);
      for (const region of picture.regions) for (const ring of region.rings) {
        for (const p of ring) {
          expect(p.x, `${id} ${region.id}`).toBeGreaterThanOrEqual(-1e-9);
          expect(p.x, `${id} ${region.id}`).toBeLessThanOrEqual(picture.width + 1e-9);
          expect(p.y, `${id} ${region.id}`).toBeGreaterThanOrEqual(-1e-9);
          expect(p.y, `${id} ${region.id}`).toBeLessThanOrEqual(picture.height + 1e-9);
        }
      }
      for (let y = 0.25; y < picture.height; y += 1.5) {
        for (let x = 0.25; x < picture.width; x += 1.5) {
          const parts = picture.regions.filter((r) => insideRings(r.rings, x, y)).map((r) => r.id);
          expect(parts.length, `${id} at ${x}, ${y}: ${parts.join(' and ')}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('every part has a name in the catalogue, and a part is named by its place in the picture', () => {
    for (const id of PICTURE_IDS) for (const region of colourPicture(id).regions) expect(colourStrings.partNames[region.id], `${id} ${region.id}`).toBeTruthy();
    expect([0, 1, 5].map((part) => partName('apple', part))).toEqual(['apple', 'leaf', 'leaf']);
  });

  it('the small parts are about 10 mm across, at the default size', () => {
    const spots = colourPicture('ladybird').regions.find((r) => r.id === 'spots')!;
    for (const spot of spots.rings) expect(Math.sqrt(polygonArea(spot) / Math.PI) * 2).toBeCloseTo(10, 0);
    const middle = colourPicture('flower').regions[0]!;
    expect(Math.sqrt(polygonArea(middle.rings[0]!) / Math.PI) * 2).toBeCloseTo(10, 0);
  });
});

describe('the coverage grid', () => {
  it('knows each part’s area, to within a cell’s width round its outline', () => {
    for (const id of PICTURE_IDS) {
      const picture = colourPicture(id);
      const grid = createCoverageGrid(picture.regions.map((r) => r.rings), 0, { x: 0, y: 0, width: picture.width, height: picture.height });
      const { cellsByRegion } = grid.counts();
      picture.regions.forEach((region, r) => {
        // Even-odd: a ring inside another of the same part is a hole in it.
        const area = region.rings.reduce((sum, ring) => sum + (insideRings(region.rings.filter((other) => other !== ring), ring[0]!.x, ring[0]!.y) ? -1 : 1) * polygonArea(ring), 0);
        const perimeter = region.rings.reduce((sum, ring) => sum + ring.slice(1).reduce((s, p, i) => s + Math.hypot(p.x - ring[i]!.x, p.y - ring[i]!.y), 0), 0);
        expect(Math.abs(cellsByRegion[r]! * grid.cellMm ** 2 - area), `${id} ${region.id}`).toBeLessThan(perimeter * grid.cellMm * 0.5);
      });
    }
  });

  it('known stamps: three 10 mm strokes right across the top half of the square colour half of it, and a known share outside', () => {
    const grid = createCoverageGrid(squareRings, 0, AREA);
    for (const y of [5, 15, 25]) grid.stamp(mmPoint(-10, y), mmPoint(70, y), 5);
    const counts = grid.counts();
    const cell = grid.cellMm ** 2;
    expect(counts.colouredByRegion[0]! / counts.cellsByRegion[0]!).toBeCloseTo(0.5, 2);
    // 80 × 30 mm of band and a whole disc at each end of each stroke; the square keeps 60 × 30 of it.
    const laid = 80 * 30 + 3 * Math.PI * 25;
    expect(counts.coloured * cell).toBeCloseTo(laid, -1);
    expect(counts.colouredOutside / counts.coloured).toBeCloseTo((laid - 1800) / laid, 2);
  });

  it('a stroke along the outline lays all its colour within 2 mm of it (a 4 mm crayon), half of it inside', () => {
    const grid = createCoverageGrid(squareRings, 0, AREA);
    const outline = square.regions[0]!.rings[0]!;
    for (let i = 0; i + 1 < outline.length; i++) grid.stamp(outline[i]!, outline[i + 1]!, 2);
    const counts = grid.counts();
    expect(counts.colouredNearEdge / counts.coloured).toBe(1);
    expect((counts.coloured - counts.colouredOutside) / counts.coloured).toBeCloseTo(0.5, 1);
    // The whole inner 2 mm band is coloured.
    expect(counts.colouredInnerEdge / counts.innerEdgeCells).toBeGreaterThan(0.99);
    // A wider crayon along the same line: a third of it is more than 2 mm from the line.
    const wide = createCoverageGrid(squareRings, 0, AREA);
    for (let i = 0; i + 1 < outline.length; i++) wide.stamp(outline[i]!, outline[i + 1]!, 3);
    expect(wide.counts().colouredNearEdge / wide.counts().coloured).toBeCloseTo(2 / 3, 1);
  });

  it('stamping again where colour already is changes nothing; a tap colours a disc', () => {
    const grid = createCoverageGrid(squareRings, 0, AREA);
    grid.stamp(mmPoint(30, 30), mmPoint(30, 30), 5);
    const once = grid.counts();
    expect(once.coloured * grid.cellMm ** 2).toBeCloseTo(Math.PI * 25, -1);
    grid.stamp(mmPoint(30, 30), mmPoint(30, 30), 5);
    grid.stamp(mmPoint(29, 30), mmPoint(31, 30), 4);
    expect(grid.counts()).toEqual(once);
  });

  it('coverage never goes down as colour is added, whatever the strokes', () => {
    const point = fc.record({ x: fc.double({ min: -30, max: 90, noNaN: true }), y: fc.double({ min: -30, max: 90, noNaN: true }) });
    fc.assert(fc.property(fc.array(fc.tuple(point, point, fc.double({ min: 0.5, max: 10, noNaN: true })), { minLength: 1, maxLength: 25 }), (strokes) => {
      const grid = createCoverageGrid(squareRings, 0, AREA);
      let before = grid.counts();
      for (const [a, b, r] of strokes) {
        grid.stamp(mmPoint(a.x, a.y), mmPoint(b.x, b.y), r);
        const after = grid.counts();
        expect(after.colouredByRegion[0]!).toBeGreaterThanOrEqual(before.colouredByRegion[0]!);
        expect(after.coloured).toBeGreaterThanOrEqual(before.coloured);
        before = after;
      }
    }), { numRuns: 60 });
  });
});

describe('measuring a colouring', () => {
  const setup = { regions: squareRings, target: 0, area: AREA, crayonMm: 4 };
  const stroke = (points: [number, number][], t0 = 0, pointerType: 'touch' | 'pen' = 'touch', pressure = 0.5) =>
    ({ pointerType, points: points.map(([x, y], i) => ({ x, y, t: t0 + i * 10, pressure })) });
  const line = (x0: number, y0: number, x1: number, y1: number, step = 1) => {
    const n = Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step);
    return Array.from({ length: n + 1 }, (_, i) => [x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * i) / n] as [number, number]);
  };

  it('back-and-forth strokes inside: the coverage the rows give, nothing outside, never across the outline', () => {
    // Rows 4 mm apart with a 4 mm crayon, from 4 mm in: the middle 52 × 52 of the 60 mm square.
    const rows = Array.from({ length: 13 }, (_, k) => 6 + 4 * k);
    const m = measureColour(setup, rows.map((y, k) => stroke(k % 2 ? line(56, y, 6, y) : line(6, y, 56, y))));
    expect(m.coveragePct).toBeCloseTo((100 * (50 * 52 + 13 * Math.PI * 4)) / 3600, 0);
    expect(m).toMatchObject({ outsidePct: 0, maxExcursionMm: 0, outwardCrossings: 0, strokes: 13 });
    expect(m.meanStrokeLengthMm).toBeCloseTo(50, 6);
    expect(m.meanStraightness).toBeCloseTo(1, 9);
    expect(m.speedMmS).toBeCloseTo(50 / 0.5, 6); // 50 mm in 50 steps of 10 ms
  });

  it('a stroke that goes out twice is counted twice, and its farthest reach is the crayon’s edge', () => {
    // Along y = 30 inside, out past the right side to x = 63, back in, out again to 65, back.
    const path = [...line(40, 30, 63, 30), ...line(63, 30, 50, 30).slice(1), ...line(50, 30, 65, 30).slice(1), ...line(65, 30, 50, 30).slice(1)];
    const m = measureColour(setup, [stroke(path)]);
    expect(m.outwardCrossings).toBe(2);
    expect(m.maxExcursionMm).toBeCloseTo(5 + 2, 6);
    expect(m.outsidePct!).toBeGreaterThan(0);
    // Wobbling along the inside of the outline, the crayon's edge only grazing it, is no crossing.
    const graze = measureColour(setup, [stroke(line(10, 58.3, 50, 58.3))]);
    expect(graze.outwardCrossings).toBe(0);
    expect(graze.maxExcursionMm).toBeCloseTo(0.3, 6);
  });

  it('a pen’s pressure is averaged; a finger has none', () => {
    expect(measureColour(setup, [stroke(line(10, 10, 30, 10), 0, 'pen', 0.8), stroke(line(10, 20, 30, 20), 500, 'pen', 0.4)]).meanPenPressure).toBeCloseTo(0.6, 9);
    expect(measureColour(setup, [stroke(line(10, 10, 30, 10))]).meanPenPressure).toBeNull();
  });

  it('the measures do not change when the picture, the strokes and the screen move together', () => {
    const scribble = fc.array(fc.tuple(fc.double({ min: -10, max: 70, noNaN: true }), fc.double({ min: -10, max: 70, noNaN: true })), { minLength: 2, maxLength: 30 });
    fc.assert(fc.property(scribble, fc.integer({ min: -200, max: 200 }), fc.integer({ min: -200, max: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (points, i, j, f) => {
      const base = measureColour(setup, [stroke(points)]);
      // By whole cells the grid is the same grid, exactly; by any amount, the same to within its cells.
      for (const [dx, dy, exact] of [[i * 0.5, j * 0.5, true], [i * 0.37 + f, j * 0.61 - f, false]] as const) {
        const move = (ring: MmPolyline) => ring.map((p) => mmPoint(p.x + dx, p.y + dy));
        const moved = measureColour({ ...setup, regions: squareRings.map((rings) => rings.map(move)), area: { ...AREA, x: AREA.x + dx, y: AREA.y + dy } }, [stroke(points.map(([x, y]) => [x + dx, y + dy]))]);
        expect(moved.maxExcursionMm).toBeCloseTo(base.maxExcursionMm, 6);
        expect(moved.outwardCrossings).toBe(base.outwardCrossings);
        expect(moved.meanStrokeLengthMm).toBeCloseTo(base.meanStrokeLengthMm!, 6);
        if (exact) expect(moved.coveragePct).toBeCloseTo(base.coveragePct, 6);
        else expect(Math.abs(moved.coveragePct - base.coveragePct)).toBeLessThan(1);
      }
    }), { numRuns: 40 });
  });
});
