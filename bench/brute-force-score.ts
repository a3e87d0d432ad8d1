import { distanceToSegment } from '../src/geometry/distance-to-segment';
import { resample } from '../src/geometry/resample';
import type { MmPolyline, TimedMmPoint } from '../src/geometry/units';

/** The scoring baseline: deviation and coverage by checking every template segment for every point. */
export function bruteForceDeviationAndCoverage(template: readonly MmPolyline[], stroke: readonly TimedMmPoint[], corridorMm: number): { mean: number; coverage: number } {
  const ink = resample(stroke, 0.5);
  const nearest = (p: { x: number; y: number }, lines: readonly MmPolyline[]) => {
    let best = Infinity;
    for (const line of lines) for (let i = 1; i < line.length; i++) best = Math.min(best, distanceToSegment(p as never, line[i - 1]!, line[i]!).distance);
    return best;
  };
  const mean = ink.reduce((sum, p) => sum + nearest(p, template), 0) / ink.length;
  const templatePoints = template.flatMap((line) => resample(line, 0.5));
  const covered = templatePoints.filter((p) => ink.some((q) => Math.hypot(q.x - p.x, q.y - p.y) <= corridorMm / 2)).length;
  return { mean, coverage: (100 * covered) / templatePoints.length };
}
