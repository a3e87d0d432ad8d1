import type Phaser from 'phaser';
import { drawRoundPolyline } from './draw-polyline';
import type { GamePoint, InkRenderer, InkStyle } from './ink-renderer';

/**
 * Points kept as vector graphics before they are baked. Small enough that the
 * live segment costs next to nothing, large enough that baking (one texture
 * draw) happens a few times a second, not every frame.
 */
const LIVE_POINTS_BEFORE_BAKE = 32;

/**
 * Ink whose cost per frame does not grow with the stroke: finished segments
 * are drawn once into a texture, and only the live segment (and the predicted
 * tail) is redrawn as vector graphics each frame.
 */
export class BakedInk implements InkRenderer {
  private readonly baked: Phaser.GameObjects.RenderTexture;
  private readonly live: Phaser.GameObjects.Graphics;
  private livePoints: GamePoint[] = [];
  private predicted: readonly GamePoint[] = [];
  private dirty = false;
  private color: number;

  constructor(scene: Phaser.Scene, private readonly style: InkStyle, depth = 10) {
    this.color = style.color;
    // Hidden while empty: a full-screen texture costs fill rate even when blank.
    this.baked = scene.add.renderTexture(0, 0, scene.scale.width, scene.scale.height).setOrigin(0, 0).setDepth(depth).setVisible(false);
    this.live = scene.add.graphics().setDepth(depth);
  }

  beginStroke(p: GamePoint): void {
    this.bake();
    this.livePoints = [p];
    this.dirty = true;
  }

  addPoints(points: readonly GamePoint[]): void {
    this.livePoints.push(...points);
    this.dirty = true;
  }

  setPredicted(points: readonly GamePoint[]): void {
    this.predicted = points;
    this.dirty = true;
  }

  /** Changes the ink's colour from here on; what is drawn keeps its colour. */
  setColor(color: number): void {
    if (color === this.color) return;
    const last = this.livePoints[this.livePoints.length - 1];
    this.bake();
    this.color = color;
    this.livePoints = last ? [last] : []; // the new colour joins on from here
    this.dirty = true;
  }

  endStroke(): void {
    this.predicted = [];
    this.bake();
    this.livePoints = [];
    this.dirty = true;
  }

  update(): void {
    if (this.livePoints.length >= LIVE_POINTS_BEFORE_BAKE) {
      const last = this.livePoints[this.livePoints.length - 1]!;
      this.bake();
      this.livePoints = [last]; // the next segment joins on from here
    }
    if (!this.dirty) return;
    this.dirty = false;
    this.live.clear();
    const tail = this.predicted.length && this.livePoints.length ? [this.livePoints[this.livePoints.length - 1]!, ...this.predicted] : [];
    if (tail.length) drawRoundPolyline(this.live, tail, this.style.widthPx, this.color, 0.5);
    drawRoundPolyline(this.live, this.livePoints, this.style.widthPx, this.color);
  }

  clear(): void {
    this.livePoints = [];
    this.predicted = [];
    this.live.clear();
    this.baked.clear().render();
    this.baked.setVisible(false);
    this.color = this.style.color;
  }

  destroy(): void {
    this.baked.destroy();
    this.live.destroy();
  }

  private bake(): void {
    if (this.livePoints.length === 0) return;
    this.live.clear();
    drawRoundPolyline(this.live, this.livePoints, this.style.widthPx, this.color);
    this.baked.draw(this.live).render();
    this.baked.setVisible(true);
    this.live.clear();
    this.dirty = true;
  }
}
