import type { TimedMmPoint } from '../../geometry/units';
import { derivative, smoothGaussian, uniformInTime } from '../../metrics/uniform-time';

export interface CutRhythm {
  /** Time the scissors were on the paper, from each touch to its lift (ms). */
  readonly cuttingMs: number;
  /** The cut's length over that time (mm/s); null with no cutting time. */
  readonly speedMmPerS: number | null;
  /** Bursts of movement, each ended by a slowing: a snip of the blades each. */
  readonly snips: number;
  readonly meanSnipMm: number | null;
  /** How much the snips' lengths vary: their coefficient of variation (%), lower is steadier; null under three snips. */
  readonly snipVariationPct: number | null;
  /** Stops of at least PAUSE_MS with the scissors held still on the paper, and their time (ms). */
  readonly pauses: number;
  readonly pausedMs: number;
}

/** A burst starts above half the stroke's brisk speed (its 90th percentile), and at least this fast: slower is creeping, not a snip. */
const MIN_BURST_MM_PER_S = 8;
const BURST_SHARE_OF_BRISK = 0.5;
/** It ends when the speed falls under this share of where it started: the slowing between snips. */
const END_SHARE_OF_START = 0.5;
/** A burst shorter than this is a tremor, not a snip. */
const MIN_SNIP_MM = 1;
/** Held still: under 2 mm/s for at least 300 ms, longer than the slowing between two snips. */
const STILL_MM_PER_S = 2;
const PAUSE_MS = 300;
/** Smoothing of positions before speeds: 30 ms keeps each snip's burst and drops sample jitter. */
const SMOOTHING_S = 0.03;

/**
 * The cutting hand's rhythm over its strokes (scissors down to up): speed
 * along the cut, snips as bursts of movement separated by slowing (positions
 * at 100 Hz, smoothed, a burst found with hysteresis relative to the
 * stroke's own brisk speed; its length all the movement since the slowing
 * before it), and pauses.
 */
export function cutRhythm(strokes: readonly (readonly TimedMmPoint[])[]): CutRhythm {
  let cuttingMs = 0, lengthMm = 0, pauses = 0, pausedMs = 0;
  const snipLengths: number[] = [];
  for (const stroke of strokes) {
    if (stroke.length < 2) continue;
    cuttingMs += stroke.at(-1)!.t - stroke[0]!.t;
    const path = uniformInTime(stroke);
    if (path.x.length < 3) continue;
    const vx = derivative(smoothGaussian(path.x, path.dt, SMOOTHING_S), path.dt);
    const vy = derivative(smoothGaussian(path.y, path.dt, SMOOTHING_S), path.dt);
    const speed = Array.from(vx, (v, i) => Math.hypot(v, vy[i]!));
    lengthMm += speed.reduce((sum, v) => sum + v * path.dt, 0);
    const brisk = [...speed].sort((a, b) => a - b)[Math.floor(0.9 * (speed.length - 1))]!;
    const start = Math.max(MIN_BURST_MM_PER_S, BURST_SHARE_OF_BRISK * brisk);
    // Each snip is all the movement since the slowing that ended the one before: creeping between snips joins the next.
    let inBurst = false;
    let travel = 0;
    let still = 0;
    const endStill = () => {
      if (still >= PAUSE_MS) { pauses += 1; pausedMs += still; }
      still = 0;
    };
    for (const v of speed) {
      travel += v * path.dt;
      if (!inBurst && v >= start) inBurst = true;
      else if (inBurst && v < END_SHARE_OF_START * start) {
        inBurst = false;
        if (travel >= MIN_SNIP_MM) snipLengths.push(travel);
        travel = 0;
      }
      if (v < STILL_MM_PER_S) still += path.dt * 1000;
      else endStill();
    }
    // A stroke ends in a lift: a burst still going is a snip, a stillness is a pause.
    if (inBurst && travel >= MIN_SNIP_MM) snipLengths.push(travel);
    endStill();
  }
  const mean = snipLengths.length ? snipLengths.reduce((a, b) => a + b, 0) / snipLengths.length : null;
  const sd = mean !== null && snipLengths.length >= 3 ? Math.sqrt(snipLengths.reduce((s, x) => s + (x - mean) ** 2, 0) / (snipLengths.length - 1)) : null;
  return {
    cuttingMs,
    speedMmPerS: cuttingMs > 0 ? lengthMm / (cuttingMs / 1000) : null,
    snips: snipLengths.length,
    meanSnipMm: mean,
    snipVariationPct: sd !== null && mean ? (100 * sd) / mean : null,
    pauses,
    pausedMs,
  };
}
