import type { MmPolyline } from '../../../geometry/units';

/** A turn sharper than this, within the reach, is a corner: a square's 90° corners pass, a circle's gentle bend does not. */
export const CORNER_TURN_DEG = 45;

/**
 * Where an evenly resampled line turns sharply: the index of each local
 * peak of the turn measured between the directions `reach` points before and
 * `reach` points after. Used for corners (square, triangle) and for abrupt
 * changes of direction (diagonals).
 */
export function cornerIndices(line: MmPolyline, reach: number, minTurnDeg = CORNER_TURN_DEG): number[] {
  const turns = line.map((_, i) => turnAt(line, i, reach));
  const corners: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const turn = turns[i]!;
    if (turn < minTurnDeg) continue;
    // The peak of its neighbourhood; ties go to the first.
    let isPeak = true;
    for (let j = Math.max(0, i - reach); j <= Math.min(line.length - 1, i + reach); j++) {
      if (turns[j]! > turn || (turns[j] === turn && j < i)) { isPeak = false; break; }
    }
    if (isPeak) corners.push(i);
  }
  return corners;
}

/** The angle, in degrees (0–180), between the way in and the way out of point i. */
export function turnAt(line: MmPolyline, i: number, reach: number): number {
  const before = line[i - reach];
  const after = line[i + reach];
  const here = line[i]!;
  if (!before || !after) return 0;
  const a = Math.atan2(here.y - before.y, here.x - before.x);
  const b = Math.atan2(after.y - here.y, after.x - here.x);
  return Math.abs((Math.atan2(Math.sin(b - a), Math.cos(b - a)) * 180) / Math.PI);
}
