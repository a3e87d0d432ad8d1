import { mmPoint } from '../../geometry/units';
import type { InputSample } from '../../input/input-sample';
import { readHand, type Finger } from './hand-layout';
import { WITH_TAP_MS } from './isolation';
import { isolationSequence } from './isolation-sequence';
import type { PlacedSpot } from './layout';
import type { Cue, FingersRound } from './round';
import { onSpot } from './spot';
import type { TouchRecorder } from './touch-recorder';

/** After the tapping finger lifts, a beat before the next dot lights: the hand settles first. */
const NEXT_DOT_MS = 600;
/**
 * The thumb on its star this long before a dot lights: a child laying the
 * whole hand down puts the thumb first and the fingers a moment later, and
 * those fingers are not taps.
 */
const SETTLE_MS = 400;
const TAPPING_FINGERS: readonly Finger[] = ['index', 'middle', 'ring', 'little'];

export interface LitDot { readonly finger: Finger; readonly litAt: number; readonly x: number; readonly y: number; readonly radiusMm: number }

/**
 * Finger isolation: with the thumb on its anchor, dots light one at a time
 * at the other fingers' places, and the child taps the lit one. A dot lights
 * only once the thumb has held the anchor a moment and no other finger is down; the
 * first contact off the anchor after it lit is its tap (isolation.ts), right
 * or wrong, and the next lights a moment after every finger but the thumb
 * has lifted.
 */
export class IsolationRound implements FingersRound {
  readonly trials: LitDot[] = [];
  readonly order: Finger[];
  lit: LitDot | null = null;
  /** The last dot answered, for the view: which finger, and whether the tap was on it. */
  lastTap: { finger: Finger; correct: boolean } | null = null;
  /** The child's hand, read the first time all five fingers were down at once on the outline (hand-layout.ts). */
  measuredHand: { spanMm: number; hand: 'left' | 'right' } | null = null;
  private nextAt = 0;
  private answered = 0;
  private lastTapAt = 0;

  constructor(readonly touches: TouchRecorder, private readonly spots: readonly PlacedSpot[], trials: number, seed: number, private readonly cue: Cue) {
    this.order = isolationSequence(TAPPING_FINGERS, trials, seed);
  }

  get anchor(): PlacedSpot {
    return this.spots.find((s) => s.role === 'thumb')!;
  }

  get anchorHeld(): boolean {
    return this.touches.holding.some((c) => onSpot(c, this.anchor));
  }

  private get fingersDown(): number {
    return this.touches.holding.filter((c) => !onSpot(c, this.anchor)).length;
  }

  /** Every dot answered, every finger but the thumb up, and the last tap's window past (so fingers that came down with it are counted). */
  finished = false;

  down(s: InputSample): void {
    const contact = this.touches.down(s);
    const holding = this.touches.holding;
    if (!this.measuredHand && holding.length === 5) {
      const read = readHand(holding.map((c) => mmPoint(c.x, c.y)));
      if (read) this.measuredHand = { spanMm: read.spanMm, hand: read.hand };
    }
    if (onSpot(contact, this.anchor) || !this.lit) return;
    const dot = this.lit;
    const correct = onSpot(contact, dot);
    this.lit = null;
    this.answered++;
    this.lastTapAt = contact.down;
    this.lastTap = { finger: dot.finger, correct };
    this.cue(correct ? 'hit' : 'miss');
  }

  move(s: InputSample): void {
    this.touches.move(s);
  }

  up(s: InputSample): void {
    const contact = this.touches.up(s);
    if (contact && onSpot(contact, this.anchor) && this.answered < this.order.length) this.cue('lift');
    if (this.fingersDown === 0) this.nextAt = this.touches.since(s.t) + NEXT_DOT_MS;
  }

  cancel(pointerId: number, nowMs: number): void {
    this.touches.cancel(pointerId, nowMs);
  }

  tick(nowMs: number): void {
    const t = this.touches.since(nowMs);
    if (this.answered === this.order.length) {
      this.finished ||= this.fingersDown === 0 && t >= this.lastTapAt + WITH_TAP_MS;
      return;
    }
    if (this.lit || this.trials.length >= this.order.length || t < this.nextAt || this.fingersDown > 0) return;
    const thumbSince = Math.min(...this.touches.holding.filter((c) => onSpot(c, this.anchor)).map((c) => c.down));
    if (!(t >= thumbSince + SETTLE_MS)) return;
    const finger = this.order[this.trials.length]!;
    const place = this.spots.find((s) => s.role === finger)!;
    this.lit = { finger, litAt: t, x: place.x, y: place.y, radiusMm: place.radiusMm };
    this.trials.push(this.lit);
  }
}
