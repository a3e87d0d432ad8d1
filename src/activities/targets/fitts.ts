import { meanOrNull } from '../../metrics/mean';

/**
 * Fitts' throughput for one sequence of the ring test, by MacKenzie's method
 * ("Fitts' throughput and the remarkable case of touch-based target
 * selection", HCII 2015; as in York University's FittsTaskTwo). The inputs
 * are the selections in order, each with the centre of the target it was
 * aimed at; the first selection only starts the sequence and is excluded.
 */
export interface Selection {
  /** Centre of the target aimed at, mm. */
  readonly targetX: number;
  readonly targetY: number;
  /** Where the finger came down, mm. */
  readonly x: number;
  readonly y: number;
  /** Touch-down time, ms. */
  readonly t: number;
  readonly hit: boolean;
}

export interface SequenceThroughput {
  amplitudeMm: number;
  widthMm: number;
  /** We = 4.133 × SD(dx); null when every selection fell at the same distance along the axis. */
  effectiveWidthMm: number | null;
  /** Ae: mean movement distance projected on the task axis, each from where the previous selection landed. */
  effectiveAmplitudeMm: number;
  /** IDe = log2(Ae / We + 1). */
  effectiveIdBits: number | null;
  meanMovementMs: number;
  /** IDe / MT, bits per second. */
  throughputBitsPerS: number | null;
  hits: number;
  misses: number;
  errorRatePct: number;
}

/** √(2πe): the effective width spans 96% of a normal distribution of endpoints. */
const EFFECTIVE_WIDTH_FACTOR = 4.133;

/**
 * For each measured selection: a is the distance from the previous target's
 * centre to this one's, b from this target's centre to the selection, c from
 * the previous target's centre to the selection. dx = (c² − b² − a²) / 2a is
 * the selection's deviation along the task axis (positive: overshoot), and
 * a + dx the movement's length projected on that axis. The ring is a serial
 * task: each movement starts where the last selection landed, not at its
 * target's centre, so from the second measured selection on the previous
 * dx is added too, as MacKenzie's Throughput class does for serial tasks
 * (Ae comparable with GoFitts and FittsTaskTwo). Misses are included.
 */
export function sequenceThroughput(condition: { amplitudeMm: number; widthMm: number }, selections: readonly Selection[]): SequenceThroughput {
  const trials = selections.slice(1).map((s, i) => {
    const from = selections[i]!;
    const a = Math.hypot(s.targetX - from.targetX, s.targetY - from.targetY);
    const b = Math.hypot(s.x - s.targetX, s.y - s.targetY);
    const c = Math.hypot(s.x - from.targetX, s.y - from.targetY);
    return { a, dx: (c * c - b * b - a * a) / (2 * a), movementMs: s.t - from.t, hit: s.hit };
  });
  const measured = trials.map((trial, i) => ({ ...trial, projected: trial.a + trial.dx + (i > 0 ? trials[i - 1]!.dx : 0) }));
  const dxs = measured.map((m) => m.dx);
  const sd = standardDeviation(dxs);
  const effectiveWidthMm = sd > 0 ? EFFECTIVE_WIDTH_FACTOR * sd : null;
  const effectiveAmplitudeMm = mean(measured.map((m) => m.projected));
  const effectiveIdBits = effectiveWidthMm === null ? null : Math.log2(effectiveAmplitudeMm / effectiveWidthMm + 1);
  const meanMovementMs = mean(measured.map((m) => m.movementMs));
  const hits = measured.filter((m) => m.hit).length;
  return {
    amplitudeMm: condition.amplitudeMm,
    widthMm: condition.widthMm,
    effectiveWidthMm,
    effectiveAmplitudeMm,
    effectiveIdBits,
    meanMovementMs,
    throughputBitsPerS: effectiveIdBits === null || meanMovementMs <= 0 ? null : effectiveIdBits / (meanMovementMs / 1000),
    hits,
    misses: measured.length - hits,
    errorRatePct: measured.length ? (100 * (measured.length - hits)) / measured.length : 0,
  };
}

function mean(xs: readonly number[]): number {
  return meanOrNull(xs) ?? 0;
}

/** Sample standard deviation (n − 1), as FittsTaskTwo computes it. */
function standardDeviation(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((sum, x) => sum + (x - m) ** 2, 0) / (xs.length - 1));
}
