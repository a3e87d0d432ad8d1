import { distance } from '../../geometry/distance';
import { distanceToSegment } from '../../geometry/distance-to-segment';
import { polylineLength } from '../../geometry/polyline-length';
import type { MmPoint } from '../../geometry/units';
import type { DotJoin } from './dot-joiner';

/** One join's figures: how straight and how close to the straight line between its dots, how long it took, how close it hit. */
export interface SegmentMeasures {
  readonly from: number;
  readonly meanDeviationMm: number;
  readonly maxDeviationMm: number;
  /** The dots' distance apart over the ink's length between them: 1 for a ruler-straight join. */
  readonly straightness: number;
  readonly ms: number;
  readonly hitMm: number;
}

/** Each join measured against the straight line from its dot to the next. */
export function measureJoins(dots: readonly MmPoint[], joins: readonly DotJoin[]): SegmentMeasures[] {
  return joins.map((join) => {
    const a = dots[join.from]!, b = dots[join.from + 1]!;
    const deviations = join.points.map((p) => distanceToSegment(p, a, b).distance);
    const length = polylineLength(join.points);
    const span = distance(a, b);
    return {
      from: join.from,
      meanDeviationMm: deviations.reduce((s, d) => s + d, 0) / deviations.length,
      maxDeviationMm: Math.max(...deviations),
      straightness: length > 0 ? Math.min(1, span / length) : 0,
      ms: join.points.at(-1)!.t - join.points[0]!.t,
      hitMm: join.hitMm,
    };
  });
}
