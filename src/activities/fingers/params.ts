import { z } from '../../schema/zod';
import { MAX_SEED } from '../../random/seeded-random';
import { FORM_IDS } from '../../forms/forms';

/**
 * The six games, in three families: finger isolation (`isolate`); tapping
 * for speed (`tap`) and with a beat (`rhythm`); and two hands at once, pressed
 * together (`together`), one holding while the other acts (`hold`), and
 * drawing mirror images (`mirror`).
 */
export const FINGERS_MODES = ['isolate', 'tap', 'rhythm', 'together', 'hold', 'mirror'] as const;
export type FingersMode = (typeof FINGERS_MODES)[number];
export const HAND_CHOICES = ['drawing', 'left', 'right'] as const;
export const SPEED_HANDS = ['both', 'one'] as const;
/** The forms both hands can draw at once, mirrored: all but the spiral, whose turns are too tight for two fingers together. */
export const MIRROR_FORMS = FORM_IDS.filter((f) => f !== 'spiral');

/**
 * What a therapist can set. Sizes in mm, times in s or beats per minute. The
 * limits keep the hand outline between a toddler's hand and a grown-up's, a
 * tapping window between a short try and a minute, and the metronome between
 * a slow walk and a quick march.
 */
export const fingersParamsSchema = z.object({
  mode: z.enum(FINGERS_MODES).default('isolate').describe('isolate: thumb on its anchor, tap the lit dot; tap: one target as fast as possible; rhythm: tap with a beat, then keep it going; together: two targets pressed at once; hold: one hand holds the drum while the other taps a pattern; mirror: both hands draw mirror images at once'),
  hand: z.enum(HAND_CHOICES).default('drawing').describe('isolate: the hand on the outline; tap: the hand that goes first; hold: the hand that taps (the other holds). drawing: the child’s drawing hand'),
  spanMm: z.number().min(60).max(220).optional().describe('isolate: the hand outline’s span, thumb tip to little fingertip, mm; empty: the span measured from the child’s hand (in the profile), else 120'),
  trials: z.int().min(3).max(40).default(10).describe('isolate: dots lit; together: presses; hold: taps on the pattern'),
  dotMm: z.number().min(6).max(40).default(18).describe('isolate: the lit dots’ diameter, mm; a tap on it is correct (smaller on a small outline, so no dot touches the next; the record keeps the size used)'),
  windowS: z.number().min(5).max(60).default(10).describe('tap: seconds of tapping per hand, from the first tap'),
  speedHands: z.enum(SPEED_HANDS).default('both').describe('tap: both hands, one after the other, or only the first'),
  tempoBpm: z.number().min(40).max(180).default(100).describe('rhythm: the metronome’s beats per minute'),
  syncBeats: z.int().min(4).max(40).default(12).describe('rhythm: beats the metronome plays'),
  continuationBeats: z.int().min(0).max(40).default(12).describe('rhythm: beats’ worth of time the child goes on alone after the metronome stops'),
  targetMm: z.number().min(12).max(50).default(26).describe('tap, rhythm, together, hold: the targets’ diameter, mm'),
  form: z.enum(MIRROR_FORMS as [typeof MIRROR_FORMS[number], ...typeof MIRROR_FORMS]).default('vertical').describe('mirror: the form each hand draws, the right one the mirror image of the left'),
  sizeMm: z.number().min(30).max(120).default(60).describe('mirror: each form’s size, mm'),
  corridorMm: z.number().min(6).max(30).default(14).describe('mirror: the corridor each path is scored against, mm (as in tracing)'),
  seed: z.int().min(0).max(MAX_SEED).optional().describe('isolate: the same seed lights the dots in the same order; without one the order is new (and recorded)'),
  demo: z.boolean().default(true).describe('the guide shows how first'),
});
export type FingersParams = z.infer<typeof fingersParamsSchema>;

/** Which settings each game reads: what a CSV row of that game carries. */
export const FINGERS_PARAMS_IN_USE: Readonly<Record<FingersMode, readonly (keyof FingersParams)[]>> = {
  isolate: ['mode', 'hand', 'spanMm', 'trials', 'dotMm', 'seed', 'demo'],
  tap: ['mode', 'hand', 'windowS', 'speedHands', 'targetMm', 'demo'],
  rhythm: ['mode', 'tempoBpm', 'syncBeats', 'continuationBeats', 'targetMm', 'demo'],
  together: ['mode', 'trials', 'targetMm', 'demo'],
  hold: ['mode', 'hand', 'trials', 'targetMm', 'demo'],
  mirror: ['mode', 'form', 'sizeMm', 'corridorMm', 'demo'],
};

/** Short names in links: #/play/fingers?mode=rhythm&tempo=100&beats=12&alone=12 */
export const FINGERS_URL_NAMES = {
  mode: 'mode',
  hand: 'hand',
  spanMm: 'span',
  trials: 'trials',
  dotMm: 'dot',
  windowS: 'seconds',
  speedHands: 'hands',
  tempoBpm: 'tempo',
  syncBeats: 'beats',
  continuationBeats: 'alone',
  targetMm: 'target',
  form: 'form',
  sizeMm: 'size',
  corridorMm: 'corridor',
  seed: 'seed',
  demo: 'demo',
} as const satisfies Record<keyof FingersParams, string>;

/** The hand a game uses, with "drawing" read as the child's drawing hand. */
export function chosenHand(params: Pick<FingersParams, 'hand'>, drawingHand: 'left' | 'right'): 'left' | 'right' {
  return params.hand === 'drawing' ? drawingHand : params.hand;
}
