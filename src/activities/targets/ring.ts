import type { RingCondition } from './params';

/** ISO 9241-9's usual count: odd, so each target is followed by the one across the circle. */
export const RING_TARGET_COUNT = 13;

export interface RingTarget { readonly x: number; readonly y: number; readonly diameterMm: number }

/** The targets of one condition on a circle of diameter A round `centre` (mm), target 0 at the top, going clockwise. */
export function ringTargets(condition: RingCondition, centre: { x: number; y: number }, count = RING_TARGET_COUNT): RingTarget[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / count;
    return { x: centre.x + (condition.amplitudeMm / 2) * Math.cos(angle), y: centre.y + (condition.amplitudeMm / 2) * Math.sin(angle), diameterMm: condition.widthMm };
  });
}

/**
 * The order targets are selected in: each one nearly across the circle from
 * the last (0, 7, 1, 8, … for 13), ending back at the first, so a sequence
 * is count + 1 selections of which the first only starts it.
 */
export function ringOrder(count = RING_TARGET_COUNT): number[] {
  const step = (count + 1) / 2;
  return Array.from({ length: count + 1 }, (_, k) => (k * step) % count);
}
