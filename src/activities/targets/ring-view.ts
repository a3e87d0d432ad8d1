import type Phaser from 'phaser';
import type { InputSample } from '../../input/input-sample';
import type { RingCondition } from './params';
import { RingRound } from './ring-round';
import { drawRing, touchMark } from './target-view';
import { TOUCH_MARK_MM, type ModeStage } from './mode-view';
import { TapView } from './tap-view';

/** A breath between sequences. */
const BETWEEN_RINGS_MS = 900;

/** Tap round the ring (ISO 9241-9): the lit target, then the one across, round the ring, one sequence per condition. */
export class RingView extends TapView {
  readonly game;
  protected readonly round: RingRound;
  private readonly view: Phaser.GameObjects.Graphics;

  constructor(stage: ModeStage, conditions: readonly RingCondition[], centre: { x: number; y: number }, originMs: number) {
    super(stage);
    this.round = new RingRound(conditions, centre, originMs);
    this.game = { mode: 'ring', round: this.round } as const;
    this.view = stage.track(stage.scene.add.graphics().setDepth(5));
    this.draw();
  }

  down(sample: InputSample): void {
    if (this.nextAt !== null) return; // between sequences, taps wait for the next ring
    const result = this.round.tap(sample);
    if (!result) return;
    const mark = this.stage.toGame(sample.x, sample.y);
    touchMark(this.stage.scene, mark.x, mark.y, this.stage.mm(TOUCH_MARK_MM));
    if (result.tap.hit) { this.stage.play('star'); this.stage.hit(); } else this.stage.missed();
    if (this.round.finished) { this.view.clear(); return; } // finished when this finger lifts
    if (result.sequenceDone) {
      // The next ring (another condition) after a breath.
      this.view.clear();
      this.stage.play('drop');
      this.nextAt = performance.now() + BETWEEN_RINGS_MS;
      return;
    }
    this.draw();
  }

  protected shownTarget(): { x: number; y: number } | null {
    const ring = this.round.ring;
    return this.nextAt === null && ring ? ring.targets[ring.current] ?? null : null;
  }

  protected showNext(): void {
    this.draw();
  }

  private draw(): void {
    const ring = this.round.ring;
    if (!ring) return;
    drawRing(this.view, ring.targets.map((t) => ({ ...this.stage.toGame(t.x, t.y), diameterPx: this.stage.mm(t.diameterMm) })), ring.current);
  }
}
