import type { InputSample } from '../../input/input-sample';
import type { TargetsGame } from './build-record';
import type { ModeStage, ModeView } from './mode-view';

/** A round of single taps (pop, ring): it is over when its last tap lifts; between taps, the next target waits for `nextAt`. */
export abstract class TapView implements ModeView {
  abstract readonly game: TargetsGame;
  protected abstract readonly round: { readonly finished: boolean; up(sample: InputSample): void };
  /** When the next target shows, on the real clock; null when none waits. */
  protected nextAt: number | null = null;

  constructor(protected readonly stage: ModeStage) {}

  abstract down(sample: InputSample): void;
  /** The waiting target's time has come. */
  protected abstract showNext(now: number): void;

  move(): void {}

  up(sample: InputSample): void {
    this.round.up(sample);
    // The last tap's lift belongs to the record too: the round ends with it.
    if (this.round.finished) this.stage.finish();
  }

  cancel(): void {
    if (this.round.finished) this.stage.finish();
  }

  tick(now: number): void {
    if (this.nextAt === null || now < this.nextAt) return;
    this.nextAt = null;
    this.showNext(now);
  }
}
