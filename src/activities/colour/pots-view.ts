import type Phaser from 'phaser';
import { bakeGraphics } from '../../stage/bake-graphics';
import type { ColourPot } from './layout';

const RIM = 0x2d2250;

/** The colour pots along the bottom: round dabs of paint in little pots; the one in use sits raised, with a ring round it. */
export class PotsView {
  /** Baked each time the crayon changes: between changes a frame draws one quad, not thirty circles. */
  private baked: Phaser.GameObjects.RenderTexture | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly pots: readonly ColourPot[], private readonly px: (mm: number) => number) {}

  show(chosen: number): void {
    const { px } = this;
    const g = this.scene.add.graphics();
    this.pots.forEach((pot, i) => {
      const lift = i === chosen ? px(2) : 0;
      const [x, y, r] = [px(pot.x), px(pot.y) - lift, px(pot.radiusMm)];
      g.fillStyle(0x000000, 0.12).fillCircle(x + px(0.8), px(pot.y) + px(1.2), r);
      g.fillStyle(0xf6f1e7, 1).fillCircle(x, y, r);
      g.fillStyle(pot.colour, 1).fillCircle(x, y, r * 0.78);
      g.fillStyle(0xffffff, 0.35).fillCircle(x - r * 0.28, y - r * 0.3, r * 0.22);
      g.lineStyle(px(i === chosen ? 1.4 : 0.6), RIM, i === chosen ? 1 : 0.5).strokeCircle(x, y, r + (i === chosen ? px(1.2) : 0));
    });
    const xs = this.pots.map((pot) => pot.x), ys = this.pots.map((pot) => pot.y);
    const reach = (this.pots[0]?.radiusMm ?? 0) + 4;
    const box = { x: px(Math.min(...xs) - reach), y: px(Math.min(...ys) - reach), width: px(Math.max(...xs) - Math.min(...xs) + 2 * reach), height: px(Math.max(...ys) - Math.min(...ys) + 2 * reach) };
    this.baked?.destroy();
    this.baked = bakeGraphics(this.scene, g, box).setDepth(12);
  }

  destroy(): void {
    this.baked?.destroy();
  }
}
