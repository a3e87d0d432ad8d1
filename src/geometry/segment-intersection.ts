import { mmPoint, type MmPoint } from './units';

/** Where segment a–b crosses segment c–d, if it does (touching ends count; parallel segments never cross). */
export function segmentIntersection(a: MmPoint, b: MmPoint, c: MmPoint, d: MmPoint): MmPoint | null {
  const rx = b.x - a.x, ry = b.y - a.y;
  const sx = d.x - c.x, sy = d.y - c.y;
  const denominator = rx * sy - ry * sx;
  if (denominator === 0) return null;
  const t = ((c.x - a.x) * sy - (c.y - a.y) * sx) / denominator;
  const u = ((c.x - a.x) * ry - (c.y - a.y) * rx) / denominator;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return mmPoint(a.x + t * rx, a.y + t * ry);
}
