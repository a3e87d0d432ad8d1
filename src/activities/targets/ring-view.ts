import type Phaser from 'phaser';
import type { InputSample } from '../../input/input-sample';
import type { RingCondition } from './params';
import { RingRound } from './ring-round';
import { drawRing, touchMark } from './target-view';
import { TOUCH_MARK_MM, type ModeStage, type ModeView } from './mode-view';

/** A breath between sequences. */
const BETWEEN_RINGS_MS = 900;

/** Tap round the ring (ISO 9241-9): the lit target, then the one across, round the ring, one sequence per condition. */
export class RingView implements ModeView {
  readonly game;
  private readonly round: RingRound;
  private readonly view: Phaser.GameObjects.Graphics;
  /** Between sequences, taps wait for the next ring, shown at this time. */
  private nextAt: number | null = null;

  constructor(private readonly stage: ModeStage, conditions: readonly RingCondition[], centre: { x: number; y: number }, originMs: number) {
    this.round = new RingRound(conditions, centre, originMs);
    this.game = { mode: 'ring', round: this.round } as const;
    this.view = stage.track(stage.scene.add.graphics().setDepth(5));
    this.draw();
  }

  down(sample: InputSample): void {
    if (this.nextAt !== null) return;
    const result = this.round.tap(sample);
    if (!result) return;
    const mark = this.stage.toGame(sample.x, sample.y);
    touchMark(this.stage.scene, mark.x, mark.y, this.stage.mm(TOUCH_MARK_MM));
    if (result.tap.hit) this.stage.play('star');
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

  move(): void {}

  up(sample: InputSample): void {
    this.round.up(sample);
    if (this.round.finished) this.stage.finish();
  }

  cancel(): void {
    if (this.round.finished) this.stage.finish();
  }

  tick(now: number): void {
    if (this.nextAt === null || now < this.nextAt) return;
    this.nextAt = null;
    this.draw();
  }

  private draw(): void {
    const ring = this.round.ring;
    if (!ring) return;
    drawRing(this.view, ring.targets.map((t) => ({ ...this.stage.toGame(t.x, t.y), diameterPx: this.stage.mm(t.diameterMm) })), ring.current);
  }
}
