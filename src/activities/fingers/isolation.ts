import { meanOrNull } from '../../metrics/mean';
import { onSpot, type Spot } from './spot';

/** A contact with the screen: where it came down (mm), when it came down and lifted (ms; null if still down). */
export interface Contact {
  readonly id: number;
  readonly down: number;
  readonly up: number | null;
  readonly x: number;
  readonly y: number;
}

/** A dot lit for one finger, and the place it is. */
export interface IsolationTrial {
  readonly litAt: number;
  readonly x: number;
  readonly y: number;
  readonly radiusMm: number;
}


/** Fingers that come down within this long of the tapping one came down with it: the sign of poor isolation (docs/metrics.md). */
export const WITH_TAP_MS = 150;

export interface IsolationTrialResult {
  /** The first contact after the dot lit, off the anchor, or null if none came. */
  readonly tap: number | null;
  readonly correct: boolean;
  readonly reactionMs: number | null;
  readonly dwellMs: number | null;
  /** Other contacts, off the anchor, that came down within WITH_TAP_MS of the tap. */
  readonly extraContacts: number;
}

export interface IsolationMeasures {
  readonly trials: readonly IsolationTrialResult[];
  readonly correctTaps: number;
  /** Times the thumb came off its anchor while dots were being lit. */
  readonly anchorLifts: number;
  readonly meanExtraContacts: number | null;
  readonly meanReactionMs: number | null;
  readonly meanDwellMs: number | null;
}


/**
 * Finger isolation from contacts alone. A screen cannot tell which finger
 * touched, but it sees where, and every other contact: each lit dot's tap is
 * the first contact after it lit that is not on the thumb's anchor; it is
 * correct on the dot. Other fingers that came down within WITH_TAP_MS of the
 * tap (either side) came down with it. The anchor is lifted when a contact
 * that began on it ends before the last trial's tap.
 */
export function measureIsolation(trials: readonly IsolationTrial[], contacts: readonly Contact[], anchor: Spot, windowMs = WITH_TAP_MS): IsolationMeasures {
  const offAnchor = contacts.filter((c) => !onSpot(c, anchor)).sort((a, b) => a.down - b.down);
  const results = trials.map((trial, i) => {
    const until = trials[i + 1]?.litAt ?? Infinity;
    const tap = offAnchor.find((c) => c.down >= trial.litAt && c.down < until);
    if (!tap) return { tap: null, correct: false, reactionMs: null, dwellMs: null, extraContacts: 0 };
    const extra = offAnchor.filter((c) => c !== tap && Math.abs(c.down - tap.down) <= windowMs).length;
    return { tap: tap.id, correct: onSpot(tap, trial), reactionMs: tap.down - trial.litAt, dwellMs: tap.up === null ? null : tap.up - tap.down, extraContacts: extra };
  });
  const first = trials[0]?.litAt ?? Infinity;
  const lastTap = Math.max(...results.flatMap((r) => (r.tap === null ? [] : [offAnchor.find((c) => c.id === r.tap)!.down])), first);
  const anchorLifts = contacts.filter((c) => onSpot(c, anchor) && c.up !== null && c.up >= first && c.up < lastTap).length;
  const answered = results.filter((r) => r.tap !== null);
  return {
    trials: results,
    correctTaps: results.filter((r) => r.correct).length,
    anchorLifts,
    meanExtraContacts: meanOrNull(answered.map((r) => r.extraContacts)),
    meanReactionMs: meanOrNull(answered.flatMap((r) => (r.reactionMs === null ? [] : [r.reactionMs]))),
    meanDwellMs: meanOrNull(answered.flatMap((r) => (r.dwellMs === null ? [] : [r.dwellMs]))),
  };
}
