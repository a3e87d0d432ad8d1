/** A moment read on both clocks at once: the audio context's (s) and performance.now()'s (ms), as AudioContext.getOutputTimestamp() gives them. */
export interface ClockPair {
  readonly contextTime: number;
  readonly performanceTime: number;
}

/**
 * An event's time (performance.now() ms, as PointerEvent.timeStamp is) on
 * the audio clock (s), the clock the metronome's beats are scheduled on.
 * Both clocks run at real time, so one pair read near the event maps it; the
 * error is the pair's own (the output timestamp is updated once per audio
 * render quantum, 128 frames: 2.9 ms at 44.1 kHz) plus the two clocks'
 * drift since the pair was read (a few ms an hour; the pair is read afresh
 * at every beat). docs/metrics.md states the bound; audio-clock.test.ts
 * checks it.
 */
export function toAudioTime(eventMs: number, pair: ClockPair): number {
  return pair.contextTime + (eventMs - pair.performanceTime) / 1000;
}

/** The bound on toAudioTime's error, ms, for a pair read `sinceMs` before the event at `sampleRate`: a render quantum, plus 50 ppm of drift. */
export function audioTimeErrorBoundMs(sampleRate: number, sinceMs: number): number {
  const RENDER_QUANTUM_FRAMES = 128;
  const DRIFT_PER_MS = 50e-6;
  return (1000 * RENDER_QUANTUM_FRAMES) / sampleRate + DRIFT_PER_MS * Math.abs(sinceMs);
}
