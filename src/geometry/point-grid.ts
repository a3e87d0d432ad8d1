import type { MmPoint } from './units';

export interface PointGrid {
  /** Whether any indexed point lies within radiusMm of p (radiusMm at most the grid's radius). */
  hasPointWithin(p: MmPoint, radiusMm: number): boolean;
}

/**
 * Points bucketed in a grid with cells as large as the search radius, so a
 * query looks only at the 3×3 cells around it. Flat arrays: this is built
 * from thousands of ink points on every score.
 */
export function createPointGrid(points: readonly MmPoint[], radiusMm: number): PointGrid {
  if (points.length === 0) return { hasPointWithin: () => false };
  const cellMm = Math.max(radiusMm, 1e-6);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of points) { minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y); }
  const columns = Math.floor((maxX - minX) / cellMm) + 1;
  const rows = Math.floor((maxY - minY) / cellMm) + 1;
  const cellOf = (p: MmPoint) => Math.floor((p.y - minY) / cellMm) * columns + Math.floor((p.x - minX) / cellMm);
  // Counting sort into one flat list: cell c holds xs/ys[start[c] .. start[c+1]).
  const start = new Int32Array(columns * rows + 1);
  for (const p of points) start[cellOf(p) + 1]!++;
  for (let c = 0; c < columns * rows; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, columns * rows);
  const xs = new Float64Array(points.length), ys = new Float64Array(points.length);
  for (const p of points) { const k = fill[cellOf(p)]!++; xs[k] = p.x; ys[k] = p.y; }
  return {
    hasPointWithin(p, r) {
      const c = Math.floor((p.x - minX) / cellMm), row = Math.floor((p.y - minY) / cellMm);
      const r2 = r * r;
      for (let y = Math.max(0, row - 1); y <= Math.min(rows - 1, row + 1); y++) {
        for (let x = Math.max(0, c - 1); x <= Math.min(columns - 1, c + 1); x++) {
          const cell = y * columns + x;
          for (let k = start[cell]!; k < start[cell + 1]!; k++) {
            if ((xs[k]! - p.x) ** 2 + (ys[k]! - p.y) ** 2 <= r2) return true;
          }
        }
      }
      return false;
    },
  };
}
