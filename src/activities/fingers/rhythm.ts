import { meanOrNull } from '../../metrics/mean';
import { coefficientOfVariationOrNull, sampleSdOrNull, slopeOrNull } from '../../metrics/spread';

export interface SynchronisationMeasures {
  /** Each beat's tap minus the beat, ms (negative: ahead of it, as people usually are); null for a beat with no tap near it. */
  readonly asynchronies: readonly (number | null)[];
  readonly meanAsynchronyMs: number | null;
  readonly sdAsynchronyMs: number | null;
  /** Beats no tap came near. */
  readonly missedBeats: number;
  /** Taps near no beat (extra taps). */
  readonly extraTaps: number;
}

/**
 * Tapping along with a beat: each beat is paired with the tap nearest it
 * within half the beat's interval, either side; a tap goes to one beat at
 * most. Times on one clock (the audio clock's, mapped: audio-clock.ts).
 */
export function measureSynchronisation(taps: readonly number[], beats: readonly number[]): SynchronisationMeasures {
  const sorted = [...taps].sort((a, b) => a - b);
  const used = new Set<number>();
  const asynchronies = beats.map((beat, i) => {
    const interval = beats[i + 1] !== undefined ? beats[i + 1]! - beat : i > 0 ? beat - beats[i - 1]! : Infinity;
    let best = -1;
    sorted.forEach((tap, k) => {
      if (used.has(k) || Math.abs(tap - beat) > interval / 2) return;
      if (best === -1 || Math.abs(tap - beat) < Math.abs(sorted[best]! - beat)) best = k;
    });
    if (best === -1) return null;
    used.add(best);
    return sorted[best]! - beat;
  });
  const paired = asynchronies.filter((a): a is number => a !== null);
  return {
    asynchronies,
    meanAsynchronyMs: meanOrNull(paired),
    sdAsynchronyMs: sampleSdOrNull(paired),
    missedBeats: asynchronies.length - paired.length,
    extraTaps: sorted.length - used.size,
  };
}

export interface ContinuationMeasures {
  readonly taps: number;
  readonly meanIntervalMs: number | null;
  readonly intervalCv: number | null;
  /** How the interval changed from tap to tap, ms per tap (least squares): positive, slowing down. */
  readonly driftMsPerTap: number | null;
}

/** Keeping the beat once it stops: the taps' intervals, how even they were, and how they drifted. */
export function measureContinuation(taps: readonly number[]): ContinuationMeasures {
  const sorted = [...taps].sort((a, b) => a - b);
  const intervals = sorted.slice(1).map((t, i) => t - sorted[i]!);
  return { taps: sorted.length, meanIntervalMs: meanOrNull(intervals), intervalCv: coefficientOfVariationOrNull(intervals), driftMsPerTap: slopeOrNull(intervals) };
}
