import { describe, expect, it } from 'vitest';
import { FORM_IDS, formTemplate } from '../../src/activities/trace/forms';
import { polylineLength } from '../../src/geometry/polyline-length';
import type { MmPolyline } from '../../src/geometry/units';

/** Shoelace area; negative means counter-clockwise on a screen where y grows downwards. */
const signedArea = (line: MmPolyline) => line.reduce((sum, p, i) => (i === 0 ? sum : sum + (line[i - 1]!.x * p.y - p.x * line[i - 1]!.y)), 0) / 2;

describe('form templates', () => {
  it('lists the six forms in the order children master them', () => {
    expect(FORM_IDS).toEqual(['vertical', 'horizontal', 'circle', 'cross', 'square', 'triangle']);
  });

  it('draws vertical lines top to bottom and horizontal ones left to right', () => {
    const [v] = formTemplate('vertical', 70);
    expect(v![0]!.y).toBeLessThan(v!.at(-1)!.y);
    const [h] = formTemplate('horizontal', 70);
    expect(h![0]!.x).toBeLessThan(h!.at(-1)!.x);
    const [crossV, crossH] = formTemplate('cross', 70);
    expect(crossV![0]!.y).toBeLessThan(crossV!.at(-1)!.y); // vertical first…
    expect(crossH![0]!.x).toBeLessThan(crossH!.at(-1)!.x); // …then horizontal
  });

  it('starts the circle at the top, counter-clockwise (first towards the left)', () => {
    const [c] = formTemplate('circle', 70);
    expect(c![0]!.y).toBeCloseTo(-35, 9);
    expect(c![1]!.x).toBeLessThan(0);
    expect(signedArea(c!)).toBeLessThan(0);
    expect(polylineLength(c!)).toBeCloseTo(Math.PI * 70, 0);
  });

  it('starts the square at its top-left corner and the triangle at its apex, both counter-clockwise and closed', () => {
    const [s] = formTemplate('square', 70);
    expect(s![0]).toEqual({ x: -35, y: -35 });
    expect(s![1]).toEqual({ x: -35, y: 35 }); // down first
    const [t] = formTemplate('triangle', 70);
    expect(t![0]!.x).toBe(0);
    expect(Math.min(...t!.map((p) => p.y))).toBe(t![0]!.y);
    for (const line of [s!, t!]) {
      expect(line.at(-1)).toEqual(line[0]);
      expect(signedArea(line)).toBeLessThan(0);
    }
  });

  it.each(FORM_IDS)('makes the %s as large as its size, centred on the origin', (form) => {
    for (const size of [30, 70, 120]) {
      const points = formTemplate(form, size).flat();
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      expect(Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))).toBeCloseTo(size, 9);
      expect(Math.max(...xs) + Math.min(...xs)).toBeCloseTo(0, 9);
      expect(Math.max(...ys) + Math.min(...ys)).toBeCloseTo(0, 9);
    }
  });
});
