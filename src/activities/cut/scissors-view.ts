import type Phaser from 'phaser';

/** Scissors a child's hand would hold: 60 mm from the loops to the tips. */
const BLADE_MM = 30;
const LOOP_MM = 9;
/** Widest the blades open, each side of the cut (radians). */
const OPEN_RAD = 0.32;
/** One snip of the blades for every this many mm cut: they open and close as they go. */
const SNIP_MM = 7;
/** How many times the blades have shut after this much cut: they close half-way through each snip. */
export function bladesShut(travelledMm: number): number {
  return Math.floor(travelledMm / SNIP_MM + 0.5);
}
const STEEL = 0x9aa6b2;
const STEEL_DARK = 0x6f7b88;
const HANDLE = 0xf08a24;

/**
 * The scissors, their tips at the cut's end and pointing along it; the blades
 * open and close as the cut lengthens, and lift a little while held.
 */
export class ScissorsView {
  readonly container: Phaser.GameObjects.Container;
  private readonly upper: Phaser.GameObjects.Graphics;
  private readonly lower: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene, private readonly px: (mm: number) => number) {
    this.upper = this.half(scene, -1);
    this.lower = this.half(scene, 1);
    this.container = scene.add.container(0, 0, [this.lower, this.upper]).setDepth(40);
  }

  /** At the tip (game px), pointing `angle` (radians), the blades as far through a snip as `travelledMm` says. */
  place(x: number, y: number, angle: number, travelledMm: number, held: boolean): void {
    const open = OPEN_RAD * (0.5 + 0.5 * Math.cos((2 * Math.PI * travelledMm) / SNIP_MM));
    this.upper.setRotation(-open);
    this.lower.setRotation(open);
    this.container.setPosition(x, y).setRotation(angle).setScale(held ? 1.06 : 1);
  }

  setVisible(visible: boolean): void {
    this.container.setVisible(visible);
  }

  destroy(): void {
    this.container.destroy();
  }

  /**
   * One blade and its handle, drawn about the pivot with the tip at the
   * container's origin: the pivot sits a blade's length behind the tip, so
   * both halves turn about it.
   */
  private half(scene: Phaser.Scene, side: -1 | 1): Phaser.GameObjects.Graphics {
    const { px } = this;
    const g = scene.add.graphics();
    // Drawn with the pivot at (0, 0) and the tip at (BLADE, 0); the container offsets it so the tip is at the origin.
    const b = px(BLADE_MM), w = px(3.2), l = px(LOOP_MM);
    g.fillStyle(side < 0 ? STEEL : STEEL_DARK, 1).fillTriangle(0, -w * 0.5 * side * -1, b, 0, 0, w * side);
    g.lineStyle(px(0.5), 0x4a5563, 0.8).strokeTriangle(0, -w * 0.5 * side * -1, b, 0, 0, w * side);
    g.lineStyle(px(2.6), HANDLE, 1).strokeEllipse(-l * 1.1, l * 0.75 * side, l * 1.9, l * 1.35);
    g.fillStyle(0x2d2250, 1).fillCircle(0, 0, px(1.4));
    g.setPosition(-b, 0);
    return g;
  }
}
