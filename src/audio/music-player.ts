import { Howler } from 'howler';
import { frequency, notesBetween, TUNE_BPM } from './tune';

export interface MusicPlayer {
  /** Starts the tune (from its beginning) if the volume is above 0. */
  start(): void;
  stop(): void;
  /** 0..1; 0 is off. */
  setVolume(volume: number): void;
}

/** How far ahead notes are scheduled, and how often: a late timer never makes a late note. */
const LOOKAHEAD_S = 0.4;
const TICK_MS = 150;
/** The tune sits well under the game's own sounds. */
const MUSIC_GAIN = 0.12;

/**
 * Background music made on the device: Web Audio oscillators play the tune in
 * src/audio/tune.ts, through Howler's master gain, so the sound switch mutes
 * it with everything else. Nothing is downloaded.
 */
export function createMusicPlayer(): MusicPlayer {
  let volume = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let output: GainNode | null = null;
  let startedAt = 0;
  let scheduledTo = 0;
  const secondsPerBeat = 60 / TUNE_BPM;

  const tick = () => {
    const ctx = Howler.ctx as AudioContext | undefined;
    if (!ctx || !output || ctx.state !== 'running') return;
    const now = (ctx.currentTime - startedAt) / secondsPerBeat;
    const until = now + LOOKAHEAD_S / secondsPerBeat;
    // After the context was suspended (no touch yet, the tablet slept), carry on from now rather than play the missed notes at once.
    scheduledTo = Math.max(scheduledTo, now);
    for (const { note, at } of notesBetween(scheduledTo, until)) {
      const when = startedAt + at * secondsPerBeat;
      const oscillator = ctx.createOscillator();
      const envelope = ctx.createGain();
      oscillator.type = note.voice === 'melody' ? 'triangle' : 'sine';
      oscillator.frequency.value = frequency(note.midi);
      const peak = note.voice === 'melody' ? 0.5 : 0.35;
      const length = note.beats * secondsPerBeat;
      // A music box: quick onset, long soft decay.
      envelope.gain.setValueAtTime(0.0001, when);
      envelope.gain.exponentialRampToValueAtTime(peak, when + 0.02);
      envelope.gain.exponentialRampToValueAtTime(0.0001, when + length * 0.95);
      oscillator.connect(envelope).connect(output);
      oscillator.start(when);
      oscillator.stop(when + length);
    }
    scheduledTo = Math.max(scheduledTo, until);
  };

  const player: MusicPlayer = {
    start() {
      player.stop();
      const ctx = Howler.ctx as AudioContext | undefined;
      if (!ctx || volume <= 0) return;
      output = ctx.createGain();
      output.gain.value = volume * MUSIC_GAIN;
      output.connect((Howler as unknown as { masterGain: GainNode }).masterGain ?? ctx.destination);
      startedAt = ctx.currentTime + 0.1;
      scheduledTo = 0;
      timer = setInterval(tick, TICK_MS);
      tick();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      output?.disconnect();
      output = null;
    },
    setVolume(next) {
      volume = next;
      if (output) output.gain.value = volume * MUSIC_GAIN;
    },
  };
  return player;
}
