import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distance } from '../../src/geometry/distance';
import { distanceToSegment } from '../../src/geometry/distance-to-segment';
import { createPointGrid } from '../../src/geometry/point-grid';
import { createPolylineIndex } from '../../src/geometry/polyline-index';
import { polylineLength } from '../../src/geometry/polyline-length';
import { resample } from '../../src/geometry/resample';
import { mmPoint, type MmPoint } from '../../src/geometry/units';
import { cssPxToMm } from '../../src/geometry/frame';
import { cssPxPoint } from '../../src/geometry/units';

const coordinate = fc.double({ min: -200, max: 200, noNaN: true });
const point = fc.tuple(coordinate, coordinate).map(([x, y]) => mmPoint(x, y));
const polyline = fc.array(point, { minLength: 2, maxLength: 30 });

describe('resample', () => {
  it('puts points exactly every step along a straight line, ending at its end', () => {
    const points = resample([mmPoint(0, 0), mmPoint(10, 0)], 0.5);
    expect(points).toHaveLength(21);
    points.forEach((p, i) => expect(p.x).toBeCloseTo(i * 0.5, 9));
  });

  it('adds the true end when the length is not a whole number of steps', () => {
    const points = resample([mmPoint(0, 0), mmPoint(1.2, 0)], 0.5);
    expect(points.map((p) => p.x)).toEqual([0, 0.5, 1, 1.2]);
  });

  it('walks around corners at the same step along the path', () => {
    const points = resample([mmPoint(0, 0), mmPoint(0.7, 0), mmPoint(0.7, 1)], 0.5);
    expect(points[1]).toMatchObject({ x: 0.5, y: 0 });
    expect(points[2]!.x).toBeCloseTo(0.7, 9);
    expect(points[2]!.y).toBeCloseTo(0.3, 9);
  });

  it('gives one point for a single-sample stroke and none for an empty one', () => {
    expect(resample([mmPoint(3, 4)], 0.5)).toEqual([mmPoint(3, 4)]);
    expect(resample([], 0.5)).toEqual([]);
  });

  it('spaces consecutive points by at most the step, and never loses length', () => {
    fc.assert(fc.property(polyline, (line) => {
      const points = resample(line, 0.5);
      for (let i = 1; i < points.length; i++) expect(distance(points[i - 1]!, points[i]!)).toBeLessThanOrEqual(0.5 + 1e-9);
      expect(points.length).toBeGreaterThanOrEqual(Math.floor(polylineLength(line) / 0.5));
    }));
  });

  it('does not depend on how densely the line was sampled', () => {
    fc.assert(fc.property(polyline, (line) => {
      const denser: MmPoint[] = line.flatMap((p, i) => (i === 0 ? [p] : [mmPoint((line[i - 1]!.x + p.x) / 2, (line[i - 1]!.y + p.y) / 2), p]));
      const a = resample(line, 0.5);
      const b = resample(denser, 0.5);
      expect(b.length).toBe(a.length);
      a.forEach((p, i) => expect(distance(p, b[i]!)).toBeLessThan(1e-6));
    }));
  });
});

describe('polyline index', () => {
  it('finds the same nearest distance as checking every segment', () => {
    fc.assert(fc.property(fc.array(polyline, { minLength: 1, maxLength: 3 }), fc.array(point, { minLength: 1, maxLength: 20 }), (lines, queries) => {
      const index = createPolylineIndex(lines, { cellMm: 3 });
      for (const q of queries) {
        let best = Infinity;
        for (const line of lines) for (let i = 1; i < line.length; i++) best = Math.min(best, distanceToSegment(q, line[i - 1]!, line[i]!).distance);
        expect(index.nearest(q).distance).toBeCloseTo(best, 9);
      }
    }));
  });

  it('reports which line and how far along it the nearest point is', () => {
    const index = createPolylineIndex([[mmPoint(0, 0), mmPoint(10, 0), mmPoint(10, 10)], [mmPoint(50, 50), mmPoint(60, 50)]]);
    expect(index.nearest(mmPoint(12, 4))).toEqual({ distance: 2, polyline: 0, arcLengthMm: 14 });
    expect(index.nearest(mmPoint(55, 47))).toEqual({ distance: 3, polyline: 1, arcLengthMm: 5 });
  });
});

describe('point grid', () => {
  it('answers "is any point within r" like a full scan', () => {
    fc.assert(fc.property(fc.array(point, { maxLength: 40 }), fc.array(point, { minLength: 1, maxLength: 20 }), fc.double({ min: 0.1, max: 20, noNaN: true }), (points, queries, r) => {
      const grid = createPointGrid(points, r);
      for (const q of queries) expect(grid.hasPointWithin(q, r)).toBe(points.some((p) => distance(p, q) <= r));
    }));
  });
});

describe('mm frame', () => {
  it('puts (x, y) mm at (left + x·pxPerMm, top + y·pxPerMm) on the page, whatever the frame', () => {
    fc.assert(fc.property(coordinate, coordinate, coordinate, coordinate, fc.double({ min: 1, max: 20, noNaN: true }), (x, y, left, top, pxPerMm) => {
      const mm = cssPxToMm(cssPxPoint(left + x * pxPerMm, top + y * pxPerMm), { left, top, pxPerMm });
      expect(mm.x).toBeCloseTo(x, 6);
      expect(mm.y).toBeCloseTo(y, 6);
    }));
  });

  it('uses the CSS reference of 96 px per inch: 96 px from the origin is 25.4 mm', () => {
    expect(cssPxToMm(cssPxPoint(110, 20), { left: 14, top: 20, pxPerMm: 96 / 25.4 }).x).toBeCloseTo(25.4, 9);
  });
});
