import type { MmPoint } from './units';

export function distance(a: MmPoint, b: MmPoint): number {
  return Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2);
}
