import { distance } from '../../geometry/distance';
import { distanceToSegment } from '../../geometry/distance-to-segment';
import { polylineLength } from '../../geometry/polyline-length';
import { mmPoint, type MmPoint } from '../../geometry/units';
import { createDotJoiner, type DotJoin } from './dot-joiner';

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

export interface DotsMeasures {
  readonly segments: readonly SegmentMeasures[];
  /** Dots joined to the one before (the first dot is never joined to: it is where the line starts). */
  readonly joined: number;
  readonly orderErrors: number;
  readonly skipped: readonly number[];
  readonly liftsBetweenDots: number;
  readonly meanDeviationMm: number | null;
  readonly maxDeviationMm: number | null;
  readonly meanStraightness: number | null;
  readonly meanHitMm: number | null;
  /** From the first touch to the last join (ms); to the last sample when unfinished. */
  readonly totalMs: number;
  readonly completed: boolean;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);

/** A dot-to-dot's measures from its strokes (screen mm, ms), the joins replayed through the joiner as the child made them. */
export function measureDots(dots: readonly MmPoint[], radiusMm: number, strokes: readonly { points: readonly { x: number; y: number; t: number }[] }[]): DotsMeasures {
  const joiner = createDotJoiner(dots, radiusMm);
  for (const stroke of strokes) {
    stroke.points.forEach((p, i) => joiner.add({ ...mmPoint(p.x, p.y), t: p.t }, i === 0));
    joiner.lift();
  }
  const segments = measureJoins(dots, joiner.joins);
  const first = strokes[0]?.points[0]?.t ?? 0;
  const lastJoin = joiner.joins.at(-1)?.points.at(-1)?.t;
  const completed = joiner.next >= dots.length;
  const lastSample = Math.max(first, ...strokes.flatMap((s) => (s.points.length ? [s.points.at(-1)!.t] : [])));
  return {
    segments,
    joined: joiner.joins.length,
    orderErrors: joiner.orderErrors.length,
    skipped: [...joiner.skipped],
    liftsBetweenDots: joiner.liftsBetweenDots,
    meanDeviationMm: mean(segments.map((s) => s.meanDeviationMm)),
    maxDeviationMm: segments.length ? Math.max(...segments.map((s) => s.maxDeviationMm)) : null,
    meanStraightness: mean(segments.map((s) => s.straightness)),
    meanHitMm: mean(segments.map((s) => s.hitMm)),
    totalMs: (completed && lastJoin !== undefined ? lastJoin : lastSample) - first,
    completed,
  };
}
