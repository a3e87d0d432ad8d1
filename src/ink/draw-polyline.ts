import type Phaser from 'phaser';
import type { GamePoint } from './ink-renderer';

/** A thick line with round joins and caps: segments plus a disc at every point. */
export function drawRoundPolyline(g: Phaser.GameObjects.Graphics, points: readonly GamePoint[], widthPx: number, color: number, alpha = 1): void {
  g.lineStyle(widthPx, color, alpha);
  g.fillStyle(color, alpha);
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (i > 0) g.lineBetween(points[i - 1]!.x, points[i - 1]!.y, p.x, p.y);
    g.fillCircle(p.x, p.y, widthPx / 2);
  }
}
