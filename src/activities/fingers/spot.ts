/** A round place on the screen a finger touches, mm: the thumb's anchor, a finger's dot, a target, the drum. */
export interface Spot {
  readonly x: number;
  readonly y: number;
  readonly radiusMm: number;
}

/** Whether a point (a contact's touch-down) is on a spot. */
export function onSpot(p: { x: number; y: number }, spot: Spot): boolean {
  return Math.hypot(p.x - spot.x, p.y - spot.y) <= spot.radiusMm;
}
