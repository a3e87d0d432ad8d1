import type { MmPoint } from './units';

export interface PointGrid {
  /** Whether any indexed point lies within radiusMm of p (radiusMm at most the grid's radius). */
  hasPointWithin(p: MmPoint, radiusMm: number): boolean;
}

/**
 * A hash grid of points with cells as large as the search radius, so a query
 * only looks at the 3×3 cells around it.
 */
export function createPointGrid(points: readonly MmPoint[], radiusMm: number): PointGrid {
  const cellMm = Math.max(radiusMm, 1e-6);
  const cells = new Map<string, MmPoint[]>();
  const key = (c: number, r: number) => `${c},${r}`;
  for (const p of points) {
    const k = key(Math.floor(p.x / cellMm), Math.floor(p.y / cellMm));
    const cell = cells.get(k);
    if (cell) cell.push(p); else cells.set(k, [p]);
  }
  return {
    hasPointWithin(p, r) {
      const c = Math.floor(p.x / cellMm);
      const row = Math.floor(p.y / cellMm);
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          for (const q of cells.get(key(c + dc, row + dr)) ?? []) {
            if (Math.hypot(q.x - p.x, q.y - p.y) <= r) return true;
          }
        }
      }
      return false;
    },
  };
}
