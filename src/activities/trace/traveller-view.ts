import type Phaser from 'phaser';
import { pointAlong } from '../../geometry/point-along';
import type { MmPolyline } from '../../geometry/units';
import type { GamePoint } from '../../ink/ink-renderer';
import { bakeSvgAtlas } from '../../stage/bake-svg';
import { ladybug } from './place';

const ATLAS = 'trace-traveller';
const LENGTH_MM = 12;
/** It walks this far behind the ink's head, so the finger never hides it, and appears only once the ink has gone that far (the start dot stays clear). */
const BEHIND_MM = 10;

/**
 * The ladybug on the path: it walks a little behind where the PathFollower
 * says the ink has brought it, turned the way the path goes.
 */
export class TravellerView {
  private sprite: Phaser.GameObjects.Image | null = null;
  private pending: { line: MmPolyline; alongMm: number } | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly toGame: (x: number, y: number) => GamePoint, private readonly mmToPx: (mm: number) => number) {
    void bakeSvgAtlas(scene.textures, ATLAS, { ladybug: ladybug() }).then(() => {
      if (!scene.sys.isActive() || !scene.textures.exists(ATLAS)) return;
      this.sprite = scene.add.image(0, 0, ATLAS, 'ladybug').setDepth(8);
      this.sprite.setScale(this.mmToPx(LENGTH_MM) / this.sprite.height);
      if (this.pending) this.show(this.pending.line, this.pending.alongMm);
    });
  }

  /** Walks behind the ink's head, `alongMm` along `line`, facing along it. */
  show(line: MmPolyline, alongMm: number): void {
    this.pending = { line, alongMm };
    if (!this.sprite) return;
    if (alongMm < BEHIND_MM) { this.sprite.setVisible(false); return; }
    const { point, direction } = pointAlong(line, alongMm - BEHIND_MM);
    const at = this.toGame(point.x, point.y);
    this.sprite.setPosition(at.x, at.y).setRotation(Math.atan2(direction.y, direction.x) + Math.PI / 2).setVisible(true);
  }

  hide(): void {
    this.pending = null;
    this.sprite?.setVisible(false);
  }
}
