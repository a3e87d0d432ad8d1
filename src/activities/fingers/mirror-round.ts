import type { InputSample } from '../../input/input-sample';
import type { FingersLayout } from './layout';
import type { Cue, FingersRound } from './round';
import type { TouchRecorder } from './touch-recorder';

/** Once both hands have drawn and lifted, this long with no finger down ends the drawing: time to put a finger back and go on. */
const IDLE_END_MS = 1200;

/**
 * Mirror drawing: both hands trace at once, the left hand its form, the
 * right hand the mirror image. Every contact is recorded; a side's ink is
 * the strokes that began on its half. The drawing ends when both halves have
 * ink and no finger has been down for a moment.
 */
export class MirrorRound implements FingersRound {
  finished = false;
  private lastUp = 0;
  private begun = false;

  constructor(readonly touches: TouchRecorder, readonly layout: FingersLayout, private readonly cue: Cue) {}

  /** Whether each half has ink. */
  get inked(): { left: boolean; right: boolean } {
    const sides = this.touches.log.contacts.map((c) => c.side);
    return { left: sides.includes('left'), right: sides.includes('right') };
  }

  down(s: InputSample): void {
    this.touches.down(s);
    if (!this.begun) { this.begun = true; this.cue('begin'); }
  }

  move(s: InputSample): void {
    this.touches.move(s);
  }

  up(s: InputSample): void {
    this.touches.up(s);
    this.lastUp = this.touches.since(s.t);
  }

  cancel(pointerId: number, nowMs: number): void {
    this.touches.cancel(pointerId, nowMs);
    this.lastUp = this.touches.since(nowMs);
  }

  tick(nowMs: number): void {
    const { left, right } = this.inked;
    if (left && right && this.touches.holding.length === 0 && this.touches.since(nowMs) >= this.lastUp + IDLE_END_MS) this.finished = true;
  }
}
