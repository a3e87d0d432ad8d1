import { distance } from './distance';
import { mmPoint, type MmPoint, type MmPolyline } from './units';

/**
 * Points every `spacingMm` along the polyline, starting at its first point,
 * plus its last point when the length is not a whole number of steps. Uniform
 * spacing makes every measure built on it independent of how densely the
 * device sampled: a 240 Hz pencil and a 60 Hz finger give the same points.
 */
export function resample(line: MmPolyline, spacingMm: number): MmPoint[] {
  const first = line[0];
  if (!first) return [];
  const out: MmPoint[] = [first];
  let carried = 0; // distance travelled since the last emitted point
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const segment = distance(a, b);
    if (segment === 0) continue;
    let along = spacingMm - carried; // where on this segment the next point falls
    while (along <= segment) {
      const f = along / segment;
      out.push(mmPoint(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f));
      along += spacingMm;
    }
    carried = segment - (along - spacingMm);
  }
  const last = line[line.length - 1]!;
  // Append the true end unless the last step already landed on it.
  if (carried > spacingMm * 1e-6) out.push(last);
  return out;
}
