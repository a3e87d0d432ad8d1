import type { FingersMode } from './params';

const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`);
const mm = (value: number | null) => (value === null ? '–' : `${Number(value.toFixed(1))} mm`);
const pct = (value: number | null) => (value === null ? '–' : `${Math.round(value)}%`);
const s = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The fingers games' text, for the catalogue (src/text/strings.ts holds what every screen shares). */
export const fingersStrings = {
  name: 'Fingers and hands',
  card: 'Fingers',
  modes: {
    isolate: 'One finger at a time', tap: 'Tap fast', rhythm: 'Tap with the beat', together: 'Both hands together', hold: 'One hand holds, one taps', mirror: 'Draw with both hands',
  } satisfies Record<FingersMode, string>,
  hands: { drawing: 'The drawing hand', left: 'Left hand', right: 'Right hand' },
  speedHands: { both: 'Both hands, one after the other', one: 'One hand' },
  forms: { vertical: 'Vertical lines', horizontal: 'Horizontal lines', circle: 'Circles', cross: 'Crosses', 'diagonal-right': 'Diagonals \\', 'diagonal-left': 'Diagonals /', square: 'Squares', x: 'X shapes', triangle: 'Triangles' },
  /** What the guide says as it shows each game: short, for a child listening. */
  say: {
    isolate: 'Thumb on the star. Tap the light with one finger!', tap: 'Tap, tap, tap, as fast as you can!', rhythm: 'Tap the drum with the beat, and keep going!',
    together: 'Press both at the same time!', hold: 'Hold the drum, and tap the lights!', mirror: 'Draw with both hands at once!',
  } satisfies Record<FingersMode, string>,
  smallerHand: (asked: number, used: number) => `A ${Math.round(asked)} mm hand does not fit this screen: the outline is ${Math.round(used)} mm across here, and the record says so.`,
  params: {
    mode: 'Game', hand: 'Hand', spanMm: 'Hand span (mm)', trials: 'Turns', dotMm: 'Dot size (mm)', windowS: 'Seconds per hand', speedHands: 'Hands',
    tempoBpm: 'Beats per minute', syncBeats: 'Beats played', continuationBeats: 'Beats alone after', targetMm: 'Target size (mm)', form: 'Form', sizeMm: 'Form size (mm)', corridorMm: 'Corridor (mm)', seed: 'Order number', demo: 'Show how first',
  },
  help: {
    mode: 'One finger at a time: the thumb rests on its star and the child taps lit dots with the other fingers. Tap fast: a tapping test. Tap with the beat: a metronome, then keep the beat alone. Both hands: press together, hold with one and tap with the other, or draw mirror images.',
    hand: 'Which hand plays (the one finger game, the first hand for tapping fast, the tapping hand when one hand holds).',
    spanMm: 'From the thumb tip to the little fingertip, with the hand spread flat. Empty: the span measured from the child’s hand, or 120 mm.',
    trials: 'How many dots light (one finger), presses (both hands together) or taps on the lights (one hand holds).',
    dotMm: 'A tap on the lit dot counts as correct.',
    windowS: 'The time counts from the first tap; 10 seconds is the usual test.',
    speedHands: 'The usual test taps with one hand, then the other, to compare them.',
    tempoBpm: '100 beats a minute is a comfortable pace for most children.',
    syncBeats: 'How many beats the child taps along with.',
    continuationBeats: 'After the beat stops, how long the child goes on alone, in beats.',
    targetMm: 'The size of what is tapped.',
    form: 'Both hands draw this form at the same time, the right hand the mirror image of the left.',
    sizeMm: 'How big each form is.',
    corridorMm: 'Each hand’s path is scored as tracing scores it, against a corridor this wide.',
    seed: 'The same number lights the dots in the same order.',
    demo: 'The guide shows how first.',
  },
  empty: { spanMm: 'Measured from the child’s hand, or 120 mm', seed: 'A new order every time' },
  measures: {
    isolateCorrectPct: 'Lit dots tapped correctly', isolateExtraContacts: 'Other fingers down with each tap', isolateAnchorLifts: 'Thumb lifts', isolateReactionMs: 'Time to tap a lit dot',
    tapCount: 'Taps in the time (first hand)', tapIntervalCvPct: 'Unevenness of tapping (first hand)',
    rhythmAsynchronyMs: 'Distance from the beat', rhythmAsynchronySdMs: 'Spread around the beat', rhythmContinuationCvPct: 'Unevenness alone after the beat',
    togetherAsynchronyMs: 'Gap between the hands', holdLifts: 'Holding hand lifts', holdAccuracyPct: 'Taps on the right light', mirrorSymmetryMm: 'Difference between the two drawings',
  },
  /** What the child did, for a goal's sentence in the report. */
  did: {
    isolate: 'Tapped lit dots one finger at a time, thumb on its anchor', tap: 'Tapped as fast as possible', rhythm: 'Tapped with a beat and kept it alone',
    together: 'Pressed with both hands together', hold: 'Held with one hand and tapped with the other', mirror: 'Drew mirror images with both hands at once',
  } satisfies Record<FingersMode, string>,
  result: {
    isolate: (correct: number, trials: number, extra: number | null) => `${correct}/${trials} correct · ${extra === null ? '–' : extra.toFixed(1)} other fingers a tap`,
    tap: (hands: readonly { hand: string; taps: number }[]) => hands.map((h) => `${h.hand} ${s(h.taps, 'tap')}`).join(' · ') || 'no taps',
    rhythm: (mean: number | null, sd: number | null) => `${ms(mean)} from the beat (SD ${ms(sd)})`,
    together: (mean: number | null, trials: number) => `${ms(mean)} apart · ${s(trials, 'press', 'presses')}`,
    hold: (lifts: number, accuracy: number | null) => `${s(lifts, 'lift')} · ${pct(accuracy)} on the light`,
    mirror: (symmetry: number | null, lag: number | null) => `${mm(symmetry)} apart · right hand ${lag === null ? '–' : `${Math.round(lag)} ms`} behind`,
  },
  details: {
    isolate: (lifts: number, reaction: number | null) => `thumb lifted ${lifts}× · ${ms(reaction)} to tap`,
    tap: (cv: number | null, interval: number | null, difference: number | null) => `${ms(interval)} between taps · CV ${cv === null ? '–' : cv.toFixed(2)}${difference === null ? '' : ` · drawing hand ${difference >= 0 ? '+' : ''}${difference}`}`,
    rhythm: (missed: number, cv: number | null) => `${s(missed, 'beat')} missed · alone CV ${cv === null ? '–' : cv.toFixed(2)}`,
    together: (signed: number | null) => `left hand ahead by ${ms(signed)} on average`,
    hold: (taps: number, ms_: number | null) => `${s(taps, 'tap')} in ${ms_ === null ? '–' : `${(ms_ / 1000).toFixed(1)} s`}`,
    mirror: (left: number | null, right: number | null) => `left ${mm(left)} · right ${mm(right)} from the path`,
  },
} as const;

export const fingersOptionNames = { mode: fingersStrings.modes, hand: fingersStrings.hands, speedHands: fingersStrings.speedHands, form: fingersStrings.forms };

export function fingersModeName(id: string): string {
  return (fingersStrings.modes as Record<string, string>)[id] ?? id;
}
