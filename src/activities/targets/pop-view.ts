import type Phaser from 'phaser';
import type { InputSample } from '../../input/input-sample';
import type { TargetsParams } from './params';
import type { MmArea } from './pop-round';
import { PopRound } from './pop-round';
import { drawBubble, floatAway, popBurst, touchMark } from './target-view';
import { TOUCH_MARK_MM, type ModeStage } from './mode-view';
import { TapView } from './tap-view';

/** The wait before the next bubble, a little longer after a miss. */
const NEXT_BUBBLE_MS = { hit: 350, miss: 650, first: 500 } as const;

/** Pop the bubbles: one at a time, each popped or floating away, then the next. */
export class PopView extends TapView {
  readonly game;
  protected readonly round: PopRound;
  private bubble: Phaser.GameObjects.Image | null = null;

  constructor(stage: ModeStage, params: TargetsParams, area: MmArea, seed: number, originMs: number) {
    super(stage);
    this.round = new PopRound(params, area, seed, originMs);
    this.game = { mode: 'pop', round: this.round } as const;
    this.nextAt = originMs + NEXT_BUBBLE_MS.first;
  }

  down(sample: InputSample): void {
    const target = this.round.current;
    const tap = this.round.tap(sample);
    if (!tap || !target || !this.bubble) return;
    const { scene } = this.stage;
    const at = this.stage.toGame(target.x, target.y);
    if (tap.hit) {
      // The feedback is drawn in the frame right after the touch: nothing waits.
      this.bubble.destroy();
      popBurst(scene, at.x, at.y, this.stage.mm(target.diameterMm));
      this.stage.play('star');
      this.stage.hit();
    } else {
      const mark = this.stage.toGame(sample.x, sample.y);
      touchMark(scene, mark.x, mark.y, this.stage.mm(TOUCH_MARK_MM));
      floatAway(scene, this.bubble, this.stage.mm(20));
      this.stage.missed();
    }
    this.bubble = null;
    if (!this.round.finished) this.nextAt = performance.now() + (tap.hit ? NEXT_BUBBLE_MS.hit : NEXT_BUBBLE_MS.miss);
  }

  protected shownTarget(): { x: number; y: number } | null {
    return this.bubble ? this.round.current ?? null : null;
  }

  protected showNext(now: number): void {
    const target = this.round.next(now);
    if (!target) return;
    const at = this.stage.toGame(target.x, target.y);
    this.bubble = this.stage.track(drawBubble(this.stage.scene, at.x, at.y, this.stage.mm(target.diameterMm)));
  }
}
