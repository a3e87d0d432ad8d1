import { distance } from './distance';
import { mmPoint, type MmPoint, type MmPolyline } from './units';

/** The point `arcLengthMm` along a polyline (clamped to its ends) and the unit direction of travel there. */
export function pointAlong(line: MmPolyline, arcLengthMm: number): { point: MmPoint; direction: { x: number; y: number } } {
  let remaining = Math.max(0, arcLengthMm);
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const segment = distance(a, b);
    if (segment === 0) continue;
    const direction = { x: (b.x - a.x) / segment, y: (b.y - a.y) / segment };
    if (remaining <= segment || i === line.length - 1) {
      const f = Math.min(1, remaining / segment);
      return { point: mmPoint(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f), direction };
    }
    remaining -= segment;
  }
  return { point: line[0]!, direction: { x: 0, y: 1 } };
}
