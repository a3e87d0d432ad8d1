import type { MmPoint } from './units';

export function distance(a: MmPoint, b: MmPoint): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
