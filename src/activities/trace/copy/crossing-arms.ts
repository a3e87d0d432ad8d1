import type { MmPoint, MmPolyline } from '../../../geometry/units';
import { hullFill } from './hull-fill';

/** Where two stretches of ink cross: which resampled line each is on, and the index of the segment's first point. */
export interface CrossingAt { at: MmPoint; first: { line: number; index: number }; second: { line: number; index: number } }

export interface CrossingShape {
  /**
   * How far the shortest of the four arms that meet at the crossing reaches
   * from it, ÷ the drawing's size. An arm runs along the ink to the stroke's
   * end, or round to the crossing again. About ½ for an X or a cross (each
   * arm is half a line); small for an arrow, whose tip and head are short,
   * or for a brace's little kink.
   */
  armShare: number;
  /**
   * When one stroke crosses itself, the ink between its two passes is a
   * loop: how fully that loop's hull fills its smallest rectangle (see
   * hull-fill.ts). An X drawn without lifting makes a triangle there (½); a
   * pigtail makes a round loop (π/4 and more). Null when two strokes cross.
   */
  loopFill: number | null;
}

/** `sizeMm`: the drawing's size (its bounding box's larger side). */
export function crossingShape(lines: readonly MmPolyline[], crossing: CrossingAt, sizeMm: number): CrossingShape {
  const { at, first, second } = crossing;
  const a = lines[first.line]!, b = lines[second.line]!;
  const sameStroke = first.line === second.line;
  const arms = [
    reach(a, at, 0, first.index),
    reach(a, at, first.index + 1, sameStroke ? second.index : a.length - 1),
    reach(b, at, sameStroke ? first.index + 1 : 0, second.index),
    reach(b, at, second.index + 1, b.length - 1),
  ];
  return { armShare: Math.min(...arms) / sizeMm, loopFill: sameStroke ? hullFill(a.slice(first.index + 1, second.index + 1)) : null };
}

/** The furthest the ink from..to (inclusive) gets from the crossing, mm. */
function reach(points: readonly MmPoint[], from: MmPoint, start: number, end: number): number {
  let furthest = 0;
  for (let i = start; i <= end; i++) furthest = Math.max(furthest, Math.hypot(points[i]!.x - from.x, points[i]!.y - from.y));
  return furthest;
}
