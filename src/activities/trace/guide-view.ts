import type Phaser from 'phaser';
import { drawRoundPolyline } from '../../ink/draw-polyline';
import type { GamePoint } from '../../ink/ink-renderer';
import { palette } from '../../stage/palette';

/** What the child sees of the path, from most help to least (the trace, dotted and dots stages). */
export interface GuideStyle {
  /** The corridor's band, and its full width. */
  corridorPx: number | null;
  /** The path as a solid line of this width. */
  solidPx: number | null;
  /** The path as faint dots (centres along it), and their radius. */
  dotted: { points: readonly GamePoint[]; radiusPx: number } | null;
  /** Dot-to-dot: each stroke's start, corners and end, and their radius. */
  dots: { points: readonly (readonly GamePoint[])[]; radiusPx: number } | null;
  /** The arrow showing which way the next stroke goes. */
  arrow: boolean;
  startRadiusPx: number;
}

/** A thin darker rim so the corridor's edge is visible on any screen. */
const CORRIDOR_EDGE_PX = 2;
/** Dotted guide: faint, so it fades the help without hiding the way. */
const DOTTED_ALPHA = 0.55;

/**
 * The path's guide, drawn once into a texture (Graphics would replay every
 * frame), plus the green start dot and the arrow for the next stroke.
 */
export class GuideView {
  private readonly band: Phaser.GameObjects.RenderTexture;
  private readonly startDot: Phaser.GameObjects.Arc;
  private readonly arrow: Phaser.GameObjects.Graphics;
  private pulse: Phaser.Tweens.Tween | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly lines: readonly (readonly GamePoint[])[], private readonly style: GuideStyle) {
    // The texture covers only the form and its corridor: a full-screen one
    // would cost fill rate every frame for nothing.
    const reach = Math.max(style.corridorPx ?? 0, style.solidPx ?? 0, 2 * (style.dots?.radiusPx ?? 0), 2 * (style.dotted?.radiusPx ?? 0));
    const margin = reach / 2 + CORRIDOR_EDGE_PX + 2;
    const points = lines.flat();
    const left = Math.floor(Math.min(...points.map((p) => p.x)) - margin);
    const top = Math.floor(Math.min(...points.map((p) => p.y)) - margin);
    const width = Math.ceil(Math.max(...points.map((p) => p.x)) + margin) - left;
    const height = Math.ceil(Math.max(...points.map((p) => p.y)) + margin) - top;
    const g = scene.make.graphics({ x: -left, y: -top }, false);
    if (style.corridorPx !== null) {
      for (const line of lines) drawRoundPolyline(g, line, style.corridorPx + CORRIDOR_EDGE_PX * 2, palette.corridorEdge);
      for (const line of lines) drawRoundPolyline(g, line, style.corridorPx, palette.corridor);
    }
    if (style.solidPx !== null) for (const line of lines) drawRoundPolyline(g, line, style.solidPx, palette.guide);
    if (style.dotted) {
      g.fillStyle(palette.guide, DOTTED_ALPHA);
      for (const p of style.dotted.points) g.fillCircle(p.x, p.y, style.dotted.radiusPx);
    }
    if (style.dots) {
      for (const p of style.dots.points.flat()) {
        g.fillStyle(palette.corridorEdge).fillCircle(p.x, p.y, style.dots.radiusPx * 1.5);
        g.fillStyle(palette.guide).fillCircle(p.x, p.y, style.dots.radiusPx);
      }
    }
    this.band = scene.add.renderTexture(left, top, width, height).setOrigin(0, 0).setDepth(1);
    this.band.draw(g).render();
    g.destroy();
    this.startDot = scene.add.circle(0, 0, style.startRadiusPx, palette.start).setStrokeStyle(style.startRadiusPx * 0.3, palette.startRing).setDepth(5);
    this.arrow = scene.add.graphics().setDepth(4);
  }

  /** Shows where stroke `index` begins and, with the arrow, which way it goes. */
  showStart(index: number): void {
    const line = this.lines[index];
    if (!line || line.length < 2) { this.hideStart(); return; }
    const [a, b] = [line[0]!, line[1]!];
    this.startDot.setPosition(a.x, a.y).setVisible(true).setScale(1);
    this.pulse?.stop();
    this.pulse = this.scene.tweens.add({ targets: this.startDot, scale: 1.18, duration: 650, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    if (!this.style.arrow) return;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const dir = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
    const r = this.style.startRadiusPx;
    // A chevron just past the start dot, pointing the way to go.
    const tip = { x: a.x + dir.x * r * 3.2, y: a.y + dir.y * r * 3.2 };
    const back = { x: tip.x - dir.x * r * 1.3, y: tip.y - dir.y * r * 1.3 };
    const side = { x: -dir.y * r * 0.9, y: dir.x * r * 0.9 };
    this.arrow.clear().fillStyle(palette.arrow, 0.9).fillTriangle(tip.x, tip.y, back.x + side.x, back.y + side.y, back.x - side.x, back.y - side.y).setVisible(true);
  }

  hideStart(): void {
    this.pulse?.stop();
    this.pulse = null;
    this.startDot.setVisible(false);
    this.arrow.setVisible(false);
  }

  /** The gentle "let's try again": the path wiggles, as if shaking itself awake; no red, no buzz. */
  nudge(): void {
    const x = this.band.x;
    this.scene.tweens.killTweensOf(this.band);
    this.band.setX(x);
    this.scene.tweens.add({ targets: this.band, x: x + this.style.startRadiusPx * 0.45, duration: 90, yoyo: true, repeat: 3, ease: 'Sine.easeInOut', onComplete: () => this.band.setX(x) });
  }

  destroy(): void {
    this.pulse?.stop();
    this.band.destroy();
    this.startDot.destroy();
    this.arrow.destroy();
  }
}
