import { polylineLength } from '../geometry/polyline-length';
import type { TimedMmPoint } from '../geometry/units';
import { derivative, smoothGaussian, uniformInTime } from './uniform-time';

export interface StrokeMotion {
  /** Peaks in the speed profile: 1 for one fluent movement, more for a hesitant, stop-and-go one. */
  speedPeaks: number;
  /** Teulings' dimensionless normalized jerk: about 19 for one ideal smooth movement, higher when less fluent. */
  normalizedJerk: number;
}

/** A speed peak counts when it rises this share of the stroke's top speed above the dips either side: smaller ripples are noise. */
const PEAK_PROMINENCE_SHARE = 0.1;
/** Strokes shorter than this in time have no meaningful speed profile (a tap). */
const MIN_DURATION_S = 0.1;

/**
 * How fluent one stroke was. Speed peaks after Rohrer et al. (2002,
 * J. Neurosci. 22:8297); normalized jerk after Teulings et al. (1997,
 * Exp. Brain Res. 114:481): √(½ ∫ |d³p/dt³|² dt · T⁵ / L²), with T the
 * stroke's duration and L its length. Both on positions resampled at 100 Hz
 * and low-pass filtered (docs/metrics.md).
 */
export function strokeMotion(points: readonly TimedMmPoint[]): StrokeMotion {
  const path = uniformInTime(points);
  const duration = (path.x.length - 1) * path.dt;
  const length = polylineLength(points);
  if (duration < MIN_DURATION_S || length === 0) return { speedPeaks: 0, normalizedJerk: 0 };
  // The hand is taken as still before touching and after lifting, so the jerk of starting and stopping counts.
  const x = smoothGaussian(padWithRest(path.x), path.dt), y = smoothGaussian(padWithRest(path.y), path.dt);
  const vx = derivative(x, path.dt), vy = derivative(y, path.dt);
  const speed = vx.map((v, i) => Math.hypot(v, vy[i]!));
  const jx = derivative(derivative(vx, path.dt), path.dt), jy = derivative(derivative(vy, path.dt), path.dt);
  let jerkSquared = 0;
  for (let i = 0; i < jx.length; i++) jerkSquared += (jx[i]! ** 2 + jy[i]! ** 2) * path.dt;
  return {
    speedPeaks: countProminentPeaks(speed, PEAK_PROMINENCE_SHARE * Math.max(...speed)),
    normalizedJerk: Math.sqrt((0.5 * jerkSquared * duration ** 5) / length ** 2),
  };
}

/** 100 ms at rest on each side: longer than the smoothing kernel's reach. */
const REST_SAMPLES = 10;

function padWithRest(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length + 2 * REST_SAMPLES);
  out.fill(values[0]!, 0, REST_SAMPLES);
  out.set(values, REST_SAMPLES);
  out.fill(values[values.length - 1]!, REST_SAMPLES + values.length);
  return out;
}

/**
 * Local maxima whose prominence is at least `prominence`: the height above
 * the higher of the two lowest points reached on each side before a higher
 * value (to the right, an equal one too, so a flat top counts once). A side
 * that runs off the end of the stroke without dipping does not count: a
 * stroke often ends while the hand still moves.
 */
export function countProminentPeaks(values: ArrayLike<number>, prominence: number): number {
  let peaks = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if ((i > 0 && values[i - 1]! >= v) || (i < values.length - 1 && values[i + 1]! > v)) continue;
    const before = lowestUntil(values, i, -1, (x) => x > v);
    const after = lowestUntil(values, i, 1, (x) => x >= v);
    const bases = [before, after].filter((b): b is number => b !== null);
    if (bases.length && v - Math.max(...bases) >= prominence) peaks++;
  }
  return peaks;
}

/** The lowest value walking from i in `step` until `stops`; null when the walk falls off the end without going below values[i]. */
function lowestUntil(values: ArrayLike<number>, i: number, step: 1 | -1, stops: (x: number) => boolean): number | null {
  let low = values[i]!;
  for (let k = i + step; k >= 0 && k < values.length; k += step) {
    if (stops(values[k]!)) return low;
    low = Math.min(low, values[k]!);
  }
  return low < values[i]! ? low : null;
}
