import { drawingSize } from '../../../geometry/bounding-box';
import { distance } from '../../../geometry/distance';
import { polylineLength } from '../../../geometry/polyline-length';
import { mmPoint, type MmPoint, type MmPolyline } from '../../../geometry/units';

/**
 * A drawing as the $P recognizer sees it (Vatavu, Anthony & Wobbrock 2012,
 * "Gestures as point clouds", ICMI '12): a fixed number of points spread
 * evenly along the ink, strokes kept apart, then moved so their centroid is
 * at the origin and scaled so the larger side of their box is 1. Order and
 * direction are forgotten, so a square drawn in one stroke or four, either
 * way round, gives the same cloud.
 */
export type PointCloud = readonly MmPoint[];

/** $P's own choice: enough points for simple forms, few enough to match fast. */
export const CLOUD_POINTS = 32;

export function pointCloud(strokes: readonly MmPolyline[], count = CLOUD_POINTS): PointCloud {
  const lines = strokes.filter((s) => s.length > 0);
  const total = lines.reduce((sum, line) => sum + polylineLength(line), 0);
  const step = total / (count - 1);
  const points: MmPoint[] = [];
  if (step > 0) {
    // Distance still to travel before the next point; carried across strokes without joining them.
    let toNext = 0;
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        const a = line[i - 1]!;
        const b = line[i]!;
        const segment = distance(a, b);
        let along = toNext;
        while (along <= segment && points.length < count) {
          const f = segment === 0 ? 0 : along / segment;
          points.push(mmPoint(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f));
          along += step;
        }
        toNext = along - segment;
      }
    }
  }
  const last = lines.at(-1)?.at(-1);
  while (points.length < count && last) points.push(last); // rounding, or a single tap
  return normalize(points);
}

function normalize(points: readonly MmPoint[]): MmPoint[] {
  const size = drawingSize(points);
  const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  return points.map((p) => mmPoint((p.x - cx) / size, (p.y - cy) / size));
}

/**
 * $P's greedy cloud distance: from several starting points, each point of
 * one cloud takes the nearest unmatched point of the other, early matches
 * weighing more; the smaller of both directions is the answer. 0 for
 * identical clouds; about 0.5 per point for unrelated forms of size 1.
 * Beyond `giveUpAbove` it answers at least that much, sooner.
 */
export function cloudDistance(a: PointCloud, b: PointCloud, giveUpAbove = Infinity): number {
  const n = a.length;
  const step = Math.floor(Math.sqrt(n)); // ε = 0.5, as in $P
  // Every start pairs the same points: their distances are worked out once.
  const apart = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) apart[i * n + j] = distance(a[i]!, b[j]!);
  const aToB = (i: number, j: number) => apart[i * n + j]!;
  const bToA = (i: number, j: number) => apart[j * n + i]!;
  // Past the ceiling the exact distance does not matter: each start stops as soon as it exceeds it.
  let best = giveUpAbove * n;
  for (let start = 0; start < n; start += step) best = Math.min(best, matchFrom(n, aToB, start, best), matchFrom(n, bToA, start, best));
  return best / n;
}

function matchFrom(n: number, apart: (i: number, j: number) => number, start: number, stopAbove: number): number {
  const matched = new Uint8Array(n);
  let sum = 0;
  let i = start;
  do {
    let nearest = -1;
    let min = Infinity;
    for (let j = 0; j < n; j++) {
      if (matched[j]) continue;
      const d = apart(i, j);
      if (d < min) { min = d; nearest = j; }
    }
    matched[nearest] = 1;
    const weight = 1 - ((i - start + n) % n) / n;
    sum += weight * min;
    if (sum >= stopAbove) return sum; // already worse than the best start
    i = (i + 1) % n;
  } while (i !== start);
  return sum;
}
