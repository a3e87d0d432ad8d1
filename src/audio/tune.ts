/**
 * The background tune as data: a calm eight-bar loop, a music-box melody in
 * C major pentatonic (no semitones, so it never clashes) over a soft bass of
 * C, A, F and G. Beats are quarter notes.
 */
export interface TuneNote {
  /** Beat within the loop, from 0. */
  readonly beat: number;
  /** MIDI note number: 60 is middle C. */
  readonly midi: number;
  readonly beats: number;
  readonly voice: 'melody' | 'bass';
}

export const TUNE_BEATS = 32;
/** Slow enough to stay in the background of careful work. */
export const TUNE_BPM = 76;

const MELODY: readonly [number, number, number][] = [
  [0, 72, 1], [1, 76, 1], [2, 79, 2], [4, 81, 1], [5, 79, 1], [6, 76, 2],
  [8, 74, 1], [9, 76, 1], [10, 72, 2], [12, 69, 2], [14, 72, 2],
  [16, 72, 1], [17, 76, 1], [18, 79, 2], [20, 81, 1], [21, 84, 1], [22, 81, 2],
  [24, 79, 1], [25, 76, 1], [26, 74, 2], [28, 72, 4],
];
const BASS_ROOTS = [48, 45, 41, 43]; // C, A, F, G: two bars each pass

export const TUNE: readonly TuneNote[] = [
  ...MELODY.map(([beat, midi, beats]) => ({ beat, midi, beats, voice: 'melody' as const })),
  ...Array.from({ length: TUNE_BEATS / 4 }, (_, bar) => ({ beat: bar * 4, midi: BASS_ROOTS[bar % BASS_ROOTS.length]!, beats: 4, voice: 'bass' as const })),
];

/** The notes starting in [from, to) beats, counted from the tune's first play: the loop repeats for ever. */
export function notesBetween(from: number, to: number): { note: TuneNote; at: number }[] {
  const found: { note: TuneNote; at: number }[] = [];
  for (let loop = Math.floor(from / TUNE_BEATS); loop * TUNE_BEATS < to; loop++) {
    for (const note of TUNE) {
      const at = loop * TUNE_BEATS + note.beat;
      if (at >= from && at < to) found.push({ note, at });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

export function frequency(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}
