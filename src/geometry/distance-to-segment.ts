import type { MmPoint } from './units';

/** Distance from p to the closed segment a–b, and where along it (0..1) the nearest point lies. */
export function distanceToSegment(p: MmPoint, a: MmPoint, b: MmPoint): { distance: number; along: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const raw = lengthSquared === 0 ? 0 : ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared;
  const along = Math.min(1, Math.max(0, raw));
  return { distance: Math.hypot(p.x - (a.x + along * dx), p.y - (a.y + along * dy)), along };
}
