import type Phaser from 'phaser';
import { drawRoundPolyline } from '../src/ink/draw-polyline';
import type { GamePoint, InkRenderer, InkStyle } from '../src/ink/ink-renderer';

/** The baseline: one Graphics that redraws the whole stroke every frame. */
export class NaiveInk implements InkRenderer {
  private readonly g: Phaser.GameObjects.Graphics;
  private points: GamePoint[] = [];

  constructor(scene: Phaser.Scene, private readonly style: InkStyle) {
    this.g = scene.add.graphics().setDepth(10);
  }

  beginStroke(p: GamePoint): void { this.points = [p]; }
  addPoints(points: readonly GamePoint[]): void { this.points.push(...points); }
  setPredicted(): void {}
  endStroke(): void {}
  update(): void {
    this.g.clear();
    drawRoundPolyline(this.g, this.points, this.style.widthPx, this.style.color);
  }
  clear(): void { this.points = []; this.g.clear(); }
  destroy(): void { this.g.destroy(); }
}
