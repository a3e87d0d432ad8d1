import type { MmPoint } from './units';

export interface Box { x: number; y: number; width: number; height: number }

/** The smallest axis-aligned box holding every point (all zero for none). */
export function boundingBox(points: readonly MmPoint[]): Box {
  if (points.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.y > maxY) maxY = p.y;
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** A drawing's size for scale-free rules: the longer side of its box, never 0. */
export function drawingSize(points: readonly MmPoint[]): number {
  const box = boundingBox(points);
  return Math.max(box.width, box.height, 1e-9);
}
