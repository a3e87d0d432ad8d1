import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frequency, notesBetween, TUNE, TUNE_BEATS } from '../../src/audio/tune';

describe('the background tune', () => {
  it('its melody is C major pentatonic and never overlaps itself, and the tune fits its loop', () => {
    const melody = TUNE.filter((n) => n.voice === 'melody').toSorted((a, b) => a.beat - b.beat);
    expect(melody.every((n) => [0, 2, 4, 7, 9].includes(n.midi % 12))).toBe(true);
    melody.slice(1).forEach((n, i) => expect(melody[i]!.beat + melody[i]!.beats).toBeLessThanOrEqual(n.beat));
    expect(TUNE.every((n) => n.beat + n.beats <= TUNE_BEATS)).toBe(true);
    expect(frequency(69)).toBe(440);
    expect(frequency(60)).toBeCloseTo(261.63, 2);
  });

  it('loops: a window across the end of the loop holds its last notes and the next loop\'s first', () => {
    expect(notesBetween(28, 33).map(({ note, at }) => [at, note.midi])).toEqual([[28, 72], [28, 43], [32, 72], [32, 48]]);
  });

  it('property: consecutive windows schedule every note exactly once', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0.01, max: 7, noNaN: true }), { minLength: 1, maxLength: 40 }), (steps) => {
      let from = 0;
      const scheduled: number[] = [];
      for (const step of steps) { scheduled.push(...notesBetween(from, from + step).map((n) => n.at)); from += step; }
      expect(scheduled).toEqual(notesBetween(0, from).map((n) => n.at));
    }));
  });
});
