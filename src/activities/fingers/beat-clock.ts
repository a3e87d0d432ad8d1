import type { ClockPair } from './audio-clock';

/**
 * The clock a rhythm game's beats are scheduled on, and its reading beside
 * performance.now(): the audio clock where the device plays sound (so a beat
 * heard is a beat measured), or performance.now() itself where it cannot
 * (beats then only shown). src/audio/metronome.ts makes the audio one.
 */
export interface BeatClock {
  readonly kind: 'audio' | 'performance';
  /** The clock's rate, for the mapping's error bound: the audio context's sample rate (0 for performance). */
  readonly sampleRate: number;
  /** Now, on this clock, s. */
  now(): number;
  /** This clock and performance.now() read together. */
  pair(): ClockPair;
  /** Clicks at these times, this clock's s. */
  play(beats: readonly number[]): void;
  stop(): void;
}

/** A clock for devices without audio: performance.now() in s, the beats shown but not heard. */
export function performanceBeatClock(): BeatClock {
  const now = () => performance.now() / 1000;
  return { kind: 'performance', sampleRate: 0, now, pair: () => { const p = performance.now(); return { contextTime: p / 1000, performanceTime: p }; }, play: () => undefined, stop: () => undefined };
}
