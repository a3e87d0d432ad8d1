import { convexHull } from '../../../geometry/convex-hull';
import type { MmPoint } from '../../../geometry/units';

/**
 * How fully the ink's convex hull fills the smallest rectangle round it, at
 * any angle (rotating calipers: the best rectangle has a side on a hull
 * edge). Independent of size, stretch and rotation: 1/2 for any triangle,
 * π/4 ≈ 0.79 for any ellipse, 1 for any rectangle. A rounded corner lowers a
 * square a little; it does not turn it into a circle, as a corner count can.
 */
export function hullFill(points: readonly MmPoint[]): number {
  const hull = convexHull(points.map((p) => [p.x, p.y] as const));
  if (hull.length < 3) return 0;
  let hullArea = 0;
  hull.forEach(([x0, y0], i) => { const [x1, y1] = hull[(i + 1) % hull.length]!; hullArea += (x0 * y1 - x1 * y0) / 2; });
  let smallestBox = Infinity;
  hull.forEach(([x0, y0], i) => {
    const [x1, y1] = hull[(i + 1) % hull.length]!;
    const length = Math.hypot(x1 - x0, y1 - y0);
    if (length === 0) return;
    const [ux, uy] = [(x1 - x0) / length, (y1 - y0) / length];
    let [minU, maxU, minV, maxV] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const [x, y] of hull) {
      const u = (x - x0) * ux + (y - y0) * uy, v = -(x - x0) * uy + (y - y0) * ux;
      minU = Math.min(minU, u); maxU = Math.max(maxU, u); minV = Math.min(minV, v); maxV = Math.max(maxV, v);
    }
    smallestBox = Math.min(smallestBox, (maxU - minU) * (maxV - minV));
  });
  return smallestBox > 0 ? Math.abs(hullArea) / smallestBox : 0;
}
