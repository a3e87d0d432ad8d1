import type Phaser from 'phaser';
import { drawRoundPolyline } from '../../ink/draw-polyline';
import type { GamePoint } from '../../ink/ink-renderer';
import { palette } from '../../stage/palette';

export interface GameBox { x: number; y: number; width: number; height: number }

/** Corners of the boxes, as on a printed copying sheet. */
const BOX_RADIUS_SHARE = 0.06;

/**
 * The copy and memory stages: the model (the form as a printed picture, on
 * its own card) beside an empty drawing box.
 */
export class ModelView {
  private readonly model: Phaser.GameObjects.Graphics;
  private readonly box: Phaser.GameObjects.Graphics;
  private fade: Phaser.Tweens.Tween | null = null;

  constructor(private readonly scene: Phaser.Scene, modelLines: readonly (readonly GamePoint[])[], modelBox: GameBox, drawingBox: GameBox, style: { linePx: number; edgePx: number }) {
    this.box = scene.add.graphics().setDepth(1);
    this.box.fillStyle(palette.paper).fillRoundedRect(drawingBox.x, drawingBox.y, drawingBox.width, drawingBox.height, drawingBox.width * BOX_RADIUS_SHARE);
    this.box.lineStyle(style.edgePx, palette.boxEdge).strokeRoundedRect(drawingBox.x, drawingBox.y, drawingBox.width, drawingBox.height, drawingBox.width * BOX_RADIUS_SHARE);
    this.model = scene.add.graphics().setDepth(1);
    this.model.fillStyle(palette.paper).fillRoundedRect(modelBox.x, modelBox.y, modelBox.width, modelBox.height, modelBox.width * BOX_RADIUS_SHARE);
    this.model.lineStyle(style.edgePx, palette.modelEdge).strokeRoundedRect(modelBox.x, modelBox.y, modelBox.width, modelBox.height, modelBox.width * BOX_RADIUS_SHARE);
    for (const line of modelLines) drawRoundPolyline(this.model, line, style.linePx, palette.model);
  }

  get modelVisible(): boolean {
    return this.model.visible && this.model.alpha > 0;
  }

  showModel(): void {
    this.fade?.stop();
    this.model.setAlpha(1).setVisible(true);
  }

  /** Memory stage: the model goes, quickly but not abruptly. */
  hideModel(): void {
    if (!this.model.visible) return;
    this.fade?.stop();
    this.fade = this.scene.tweens.add({ targets: this.model, alpha: 0, duration: 350, onComplete: () => this.model.setVisible(false) });
  }

  /** The gentle "try again": the box dims and brightens twice. */
  nudge(): void {
    this.scene.tweens.add({ targets: this.box, alpha: 0.55, duration: 260, yoyo: true, repeat: 1, ease: 'Sine.easeInOut' });
  }

  destroy(): void {
    this.fade?.stop();
    this.model.destroy();
    this.box.destroy();
  }
}
