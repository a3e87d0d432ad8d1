/** A rhythm trial: the beats the metronome plays, and how long the child goes on alone after them. */
export interface MetronomePlan {
  /** Each beat's time on the audio clock, s. */
  readonly beats: readonly number[];
  readonly intervalS: number;
  /** When the continuation ends, s: as many intervals again as `continuationBeats`. */
  readonly endS: number;
}

/**
 * `syncBeats` beats at `tempoBpm` from `startS` (audio-clock seconds, a
 * little ahead of now so the first is never late), then `continuationBeats`
 * intervals of silence in which the child keeps the beat: the classic
 * synchronisation–continuation task (Wing and Kristofferson, 1973).
 */
export function metronomePlan(tempoBpm: number, syncBeats: number, continuationBeats: number, startS: number): MetronomePlan {
  const intervalS = 60 / tempoBpm;
  const beats = Array.from({ length: syncBeats }, (_, i) => startS + i * intervalS);
  return { beats, intervalS, endS: startS + (syncBeats - 1 + continuationBeats + 0.5) * intervalS };
}

/** Taps (audio-clock s) split into those kept with the beat and those after it stopped: a tap more than half an interval after the last beat is the child's own. */
export function splitPhases(taps: readonly number[], plan: MetronomePlan): { synchronised: number[]; continued: number[] } {
  const last = plan.beats.at(-1) ?? -Infinity;
  const cut = last + plan.intervalS / 2;
  return { synchronised: taps.filter((t) => t <= cut), continued: taps.filter((t) => t > cut && t <= plan.endS) };
}
