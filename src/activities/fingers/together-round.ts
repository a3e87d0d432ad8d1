import type { InputSample } from '../../input/input-sample';
import type { PlacedSpot } from './layout';
import type { Cue, FingersRound } from './round';
import { onSpot } from './spot';
import type { TouchRecorder } from './touch-recorder';

/** After both hands lift, a pause before the targets light again: long enough that the next press is a new one. */
const NEXT_MS = 900;

/**
 * Two hands together: a target each side lights, and the child presses both
 * at once. A trial is done when both have been pressed and every finger has
 * lifted; then the next lights. Asynchrony is read from the log
 * (bimanual.ts), by each touch's own time.
 */
export class TogetherRound implements FingersRound {
  /** When each trial's targets lit, ms since the round began. */
  readonly shownAt: number[] = [];
  lit = false;
  finished = false;
  private pressed = { left: false, right: false };
  private nextAt = 0;

  constructor(readonly touches: TouchRecorder, readonly left: PlacedSpot, readonly right: PlacedSpot, private readonly trials: number, private readonly cue: Cue) {}

  get pressedNow(): { left: boolean; right: boolean } {
    return { ...this.pressed };
  }

  down(s: InputSample): void {
    const contact = this.touches.down(s);
    if (!this.lit) return;
    if (onSpot(contact, this.left)) this.pressed.left = true;
    if (onSpot(contact, this.right)) this.pressed.right = true;
    if (this.pressed.left && this.pressed.right) { this.lit = false; this.cue('hit'); }
  }

  move(s: InputSample): void {
    this.touches.move(s);
  }

  up(s: InputSample): void {
    this.touches.up(s);
    if (!this.lit && this.touches.holding.length === 0) this.nextAt = this.touches.since(s.t) + NEXT_MS;
  }

  cancel(pointerId: number, nowMs: number): void {
    this.touches.cancel(pointerId, nowMs);
  }

  tick(nowMs: number): void {
    const t = this.touches.since(nowMs);
    if (this.lit || this.touches.holding.length > 0 || t < this.nextAt) return;
    if (this.shownAt.length >= this.trials) { this.finished = true; return; }
    this.shownAt.push(t);
    this.pressed = { left: false, right: false };
    this.lit = true;
  }
}
