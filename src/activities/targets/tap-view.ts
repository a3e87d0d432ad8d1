import type { InputSample } from '../../input/input-sample';
import type { TargetsGame } from './build-record';
import { approachFrom, tapScript } from '../../stage/hand-script';
import type { ModeDemo, ModeStage, ModeView } from './mode-view';

/** How far the demonstrating hand comes from: a hand's length. */
const REACH_MM = 45;

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

  /** The target to tap now, in mm: null between targets. */
  protected abstract shownTarget(): { x: number; y: number } | null;

  /** The guide's hand taps the target showing (it pops nothing: the round is the child's). */
  demo(): ModeDemo | null {
    const target = this.shownTarget();
    if (!target) return null;
    const at = this.stage.toGame(target.x, target.y);
    const { width, height } = this.stage.scene.scale;
    return { scripts: [tapScript(approachFrom(at, { width, height }, this.stage.mm(REACH_MM)), at)] };
  }
}
