import type { InputSample } from '../../input/input-sample';
import type { PlacedSpot } from './layout';
import type { Cue, FingersRound } from './round';
import { onSpot } from './spot';
import type { TouchRecorder } from './touch-recorder';

/**
 * Hold and act: one hand holds the drum down while the other taps the
 * pattern's targets in turn, the one due next lit. It begins when the drum is
 * first held and ends at the `trials`-th tap on a due target. Lifts of the
 * holding hand and the acting hand's accuracy are read from the log
 * (bimanual.ts).
 */
export class HoldRound implements FingersRound {
  /** ms since the round began: the drum first held, and the last due target tapped. */
  from: number | null = null;
  to: number | null = null;
  /** Index into the pattern of the target due next. */
  next = 0;
  onTarget = 0;
  finished = false;

  constructor(readonly touches: TouchRecorder, readonly drum: PlacedSpot, readonly pattern: readonly PlacedSpot[], private readonly trials: number, private readonly cue: Cue) {}

  get drumHeld(): boolean {
    return this.touches.holding.some((c) => onSpot(c, this.drum));
  }

  down(s: InputSample): void {
    const contact = this.touches.down(s);
    if (onSpot(contact, this.drum)) { if (this.from === null) { this.from = contact.down; this.cue('begin'); } return; }
    if (this.from === null || this.to !== null) return;
    if (!onSpot(contact, this.pattern[this.next]!)) { this.cue('miss'); return; }
    this.onTarget++;
    this.next = (this.next + 1) % this.pattern.length;
    if (this.onTarget >= this.trials) this.to = contact.down;
    this.cue('hit');
  }

  move(s: InputSample): void {
    this.touches.move(s);
  }

  up(s: InputSample): void {
    const contact = this.touches.up(s);
    if (contact && onSpot(contact, this.drum) && this.from !== null && this.to === null) this.cue('lift');
  }

  cancel(pointerId: number, nowMs: number): void {
    this.touches.cancel(pointerId, nowMs);
  }

  tick(): void {
    if (this.to !== null && this.touches.holding.filter((c) => !onSpot(c, this.drum)).length === 0) this.finished = true;
  }
}
