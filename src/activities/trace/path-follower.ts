import type { PolylineIndex } from '../../geometry/polyline-index';
import { polylineLength } from '../../geometry/polyline-length';
import { mmPoint, type MmPolyline } from '../../geometry/units';

/** The traveller keeps up with the ink, but never leaps ahead: a jump further than this along the path is not followed. */
const LEAP_MM = 12;

/**
 * How far along each stroke of the path the child's ink has brought the
 * traveller (a ladybug walking the meadow's path), headless. It moves on only
 * while the ink stays in the corridor and keeps near it, so it walks the way
 * the child draws, never jumping ahead to where a finger landed. Decoration
 * only: no metric reads it.
 */
export class PathFollower {
  private readonly reached: number[];
  private readonly lengths: number[];
  private current = 0;

  constructor(template: readonly MmPolyline[], private readonly index: PolylineIndex, private readonly corridorMm: number) {
    this.reached = template.map(() => 0);
    this.lengths = template.map((line) => polylineLength(line));
  }

  /** A sample of the ink; returns where the traveller is now: the stroke and mm along it. */
  follow(sample: { x: number; y: number }): { polyline: number; alongMm: number } {
    const near = this.index.nearest(mmPoint(sample.x, sample.y));
    const ahead = near.arcLengthMm - this.reached[near.polyline]!;
    if (near.distance <= this.corridorMm / 2 && ahead > 0 && ahead <= LEAP_MM) {
      this.reached[near.polyline] = near.arcLengthMm;
      this.current = near.polyline;
    }
    return this.at();
  }

  /** Where the traveller stands. */
  at(): { polyline: number; alongMm: number } {
    return { polyline: this.current, alongMm: this.reached[this.current]! };
  }

  /** The share of the whole path walked, 0..1. */
  get share(): number {
    const total = this.lengths.reduce((a, b) => a + b, 0);
    return total > 0 ? this.reached.reduce((a, b) => a + b, 0) / total : 0;
  }
}
