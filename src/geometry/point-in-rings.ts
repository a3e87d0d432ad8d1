import { pointInPolygon } from './point-in-polygon';
import type { MmPoint } from './units';

/** Whether a point lies inside a shape of several rings, even-odd: inside one ring but also inside a second (a hole) is outside. */
export function pointInRings(p: MmPoint, rings: readonly (readonly MmPoint[])[]): boolean {
  let inside = false;
  for (const ring of rings) if (pointInPolygon(p, ring)) inside = !inside;
  return inside;
}
