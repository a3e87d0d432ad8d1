import type { MmPoint } from './units';

/** Whether a point lies inside a polygon (even-odd rule: a ray from it crosses the outline an odd number of times). */
export function pointInPolygon(p: MmPoint, polygon: readonly MmPoint[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}
