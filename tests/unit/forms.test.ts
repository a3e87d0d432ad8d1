import { describe, expect, it } from 'vitest';
import { FORM_IDS, formDots, formTemplate, SPIRAL_DOTS, SPIRAL_TURNS } from '../../src/forms/forms';
import { polylineLength } from '../../src/geometry/polyline-length';
import type { MmPolyline } from '../../src/geometry/units';

/** Shoelace area; negative means counter-clockwise on a screen where y grows downwards. */
const signedArea = (line: MmPolyline) => line.reduce((sum, p, i) => (i === 0 ? sum : sum + (line[i - 1]!.x * p.y - p.x * line[i - 1]!.y)), 0) / 2;

describe('form templates', () => {
  it('lists the forms in the order children master them, then the spiral', () => {
    expect(FORM_IDS).toEqual(['vertical', 'horizontal', 'circle', 'cross', 'diagonal-right', 'diagonal-left', 'square', 'x', 'triangle', 'spiral']);
  });

  it('draws the diagonals and both strokes of the X downwards: \\ first, then /', () => {
    const [right] = formTemplate('diagonal-right', 70);
    expect(right).toEqual([{ x: -35, y: -35 }, { x: 35, y: 35 }]);
    const [left] = formTemplate('diagonal-left', 70);
    expect(left).toEqual([{ x: 35, y: -35 }, { x: -35, y: 35 }]);
    expect(formTemplate('x', 70)).toEqual([right, left]);
  });

  it('winds the spiral outwards from its centre, counter-clockwise, with evenly spaced turns', () => {
    const [s] = formTemplate('spiral', 70);
    expect(s![0]).toEqual({ x: -0, y: -0 });
    expect(s!.at(-1)!.y).toBeCloseTo(-35, 9); // ends at the top of the outer turn
    expect(signedArea(s!)).toBeLessThan(0);
    // r = b·θ: every point's radius grows in proportion to its angle travelled.
    const b = 35 / (SPIRAL_TURNS * 2 * Math.PI);
    s!.forEach((p, i) => expect(Math.hypot(p.x, p.y)).toBeCloseTo(b * ((i / (s!.length - 1)) * SPIRAL_TURNS * 2 * Math.PI), 9));
  });

  it('puts dot-to-dot dots on starts, corners and ends, evenly round curves, never twice on a closed form', () => {
    expect(formDots('square', 70)).toEqual([[{ x: -35, y: -35 }, { x: -35, y: 35 }, { x: 35, y: 35 }, { x: 35, y: -35 }]]);
    expect(formDots('cross', 70).map((d) => d.length)).toEqual([2, 2]);
    expect(formDots('triangle', 70)[0]).toHaveLength(3);
    expect(formDots('circle', 70)[0]).toHaveLength(8);
    const spiral = formDots('spiral', 70)[0]!;
    expect(spiral.length).toBeGreaterThanOrEqual(SPIRAL_DOTS);
    expect(spiral.length).toBeLessThanOrEqual(SPIRAL_DOTS + 1);
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

  it.each(FORM_IDS.filter((f) => f !== 'spiral'))('makes the %s as large as its size, centred on the origin', (form) => {
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
