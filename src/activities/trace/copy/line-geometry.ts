import { resample } from '../../../geometry/resample';
import { mmPoint, type MmPoint, type MmPolyline } from '../../../geometry/units';

/** Direction is read over this much ink either side of a point: steadier than one sample step, shorter than any side. */
const DIRECTION_REACH_MM = 2;

/**
 * The undirected angle of a direction in degrees, 0–180, measured the way
 * drawing tests do: from the horizontal, anticlockwise, with y pointing up
 * (the screen's y points down). A "\\" line is 135°, a "/" line 45°.
 */
export function lineAngleDeg(dx: number, dy: number): number {
  const deg = (Math.atan2(-dy, dx) * 180) / Math.PI;
  return ((deg % 180) + 180) % 180;
}

/** The share of the ink, by length, whose local direction satisfies `accept` (angles as in lineAngleDeg). */
export function shareOfInkAt(strokes: readonly MmPolyline[], accept: (angleDeg: number) => boolean): number {
  let total = 0, accepted = 0;
  for (const stroke of strokes) {
    const line = resample(stroke, 1);
    for (let i = 1; i < line.length; i++) {
      const from = line[Math.max(0, i - 1 - DIRECTION_REACH_MM)]!;
      const to = line[Math.min(line.length - 1, i + DIRECTION_REACH_MM)]!;
      total++;
      if (accept(lineAngleDeg(to.x - from.x, to.y - from.y))) accepted++;
    }
  }
  return total ? accepted / total : 0;
}

/** Where two polylines first cross, if they do. */
export function crossingPoint(a: MmPolyline, b: MmPolyline): MmPoint | null {
  for (let i = 1; i < a.length; i++) {
    for (let j = 1; j < b.length; j++) {
      const p = segmentCrossing(a[i - 1]!, a[i]!, b[j - 1]!, b[j]!);
      if (p) return p;
    }
  }
  return null;
}

/** Where segments p–q and r–s cross, if they do. */
export function segmentCrossing(p: MmPoint, q: MmPoint, r: MmPoint, s: MmPoint): MmPoint | null {
  const d = (q.x - p.x) * (s.y - r.y) - (q.y - p.y) * (s.x - r.x);
  if (d === 0) return null;
  const t = ((r.x - p.x) * (s.y - r.y) - (r.y - p.y) * (s.x - r.x)) / d;
  const u = ((r.x - p.x) * (q.y - p.y) - (r.y - p.y) * (q.x - p.x)) / d;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return mmPoint(p.x + t * (q.x - p.x), p.y + t * (q.y - p.y));
}
