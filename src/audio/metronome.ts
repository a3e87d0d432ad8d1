import { Howler } from 'howler';

/** The audio clock and performance.now() read at one moment: seconds and ms. */
export interface ClockReading {
  readonly contextTime: number;
  readonly performanceTime: number;
}

export interface Metronome {
  readonly kind: 'audio';
  readonly sampleRate: number;
  now(): number;
  pair(): ClockReading;
  play(beats: readonly number[]): void;
  stop(): void;
}

/** A woodblock's tick: short, bright, with its onset exactly on the beat. */
const CLICK_HZ = 1600;
const CLICK_S = 0.04;
const CLICK_GAIN = 0.6;

/**
 * A metronome on the audio clock, through Howler's master gain (the sound
 * switch mutes it; the drum still shows each beat). Each click is scheduled
 * at its beat's context time, so it sounds exactly then whatever the main
 * thread is doing. `pair` reads AudioContext.getOutputTimestamp(): the
 * context time of the sample leaving the speaker at that performance.now()
 * moment, so a tap is related to the beat as heard. Null where the device
 * has no running audio (the game then shows the beat on performance.now()).
 */
export function createMetronome(): Metronome | null {
  const ctx = Howler.ctx as AudioContext | undefined;
  if (!ctx || ctx.state !== 'running') return null;
  const sounding: OscillatorNode[] = [];
  const output = (Howler as unknown as { masterGain?: GainNode }).masterGain ?? ctx.destination;
  const pair = (): ClockReading => {
    const stamp = ctx.getOutputTimestamp?.();
    // Before the first buffer has gone out (or on an engine without it), the context's own time and now: the scheduling clock, less the output latency.
    if (!stamp?.contextTime || !stamp.performanceTime) return { contextTime: ctx.currentTime - (ctx.outputLatency || ctx.baseLatency || 0), performanceTime: performance.now() };
    return { contextTime: stamp.contextTime, performanceTime: stamp.performanceTime };
  };
  return {
    kind: 'audio',
    sampleRate: ctx.sampleRate,
    now: () => ctx.currentTime,
    pair,
    play(beats) {
      for (const [i, at] of beats.entries()) {
        const oscillator = ctx.createOscillator();
        const envelope = ctx.createGain();
        oscillator.frequency.value = i === 0 ? CLICK_HZ * 1.25 : CLICK_HZ;
        envelope.gain.setValueAtTime(CLICK_GAIN, at);
        envelope.gain.exponentialRampToValueAtTime(0.0001, at + CLICK_S);
        oscillator.connect(envelope).connect(output);
        oscillator.start(at);
        oscillator.stop(at + CLICK_S);
        sounding.push(oscillator);
      }
    },
    stop() {
      for (const oscillator of sounding.splice(0)) { try { oscillator.stop(); } catch { /* already stopped */ } oscillator.disconnect(); }
    },
  };
}
