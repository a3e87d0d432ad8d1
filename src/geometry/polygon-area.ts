import type { MmPoint } from './units';

/** Area enclosed by a polygon (mm², whichever way round it runs), by the shoelace formula. */
export function polygonArea(polygon: readonly MmPoint[]): number {
  let twice = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2;
}
