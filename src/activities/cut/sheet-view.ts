import Phaser from 'phaser';
import type { MmPoint, MmPolyline } from '../../geometry/units';
import { resample } from '../../geometry/resample';
import type { HoldSpot } from './cut-round';
import type { CutSheet } from './cut-sheets';
import type { PaperPose } from './paper-pose';

const COLOURS = {
  paper: 0xfffdf6,
  paperEdge: 0xd9cdb2,
  line: 0x5a4aa8,
  cut: 0x2d2250,
  /** Where a piece came away: the table's shade under the paper. */
  hole: 0xf6ead2,
  hold: 0xf4a259,
  holdHeld: 0x22b45a,
} as const;
/** Printed dashes: long enough to read as a line, with gaps a child sees at once. */
const DASH_MM = 4;
const GAP_MM = 2.5;
const CUT_WIDTH_MM = 0.8;
const FALL_MS = 1100;

/**
 * The sheet on the table, drawn in its own frame inside a container that the
 * paper's pose moves and turns: the paper, its printed dashed line, the
 * helping hand's mark, and the cut as it is made.
 */
export class SheetView {
  readonly container: Phaser.GameObjects.Container;
  private readonly paper: Phaser.GameObjects.Graphics;
  private readonly cut: Phaser.GameObjects.Graphics;
  private readonly hold: Phaser.GameObjects.Graphics | null;
  private last: MmPoint | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly sheet: CutSheet, private readonly holdSpot: HoldSpot | null, lineWidthMm: number, private readonly px: (mm: number) => number) {
    const { width, height } = sheet.paper;
    this.container = scene.add.container(0, 0).setDepth(10);
    this.paper = scene.add.graphics();
    this.paper.fillStyle(0x000000, 0.08).fillRect(this.x(0) + px(1.2), this.y(0) + px(1.6), px(width), px(height));
    this.paper.fillStyle(COLOURS.paper, 1).fillRect(this.x(0), this.y(0), px(width), px(height));
    this.paper.lineStyle(px(0.6), COLOURS.paperEdge, 1).strokeRect(this.x(0), this.y(0), px(width), px(height));
    this.paper.lineStyle(px(lineWidthMm), COLOURS.line, 0.9);
    for (const line of sheet.lines) this.dashed(line);
    this.cut = scene.add.graphics();
    this.hold = holdSpot ? scene.add.graphics() : null;
    this.container.add([this.paper, ...(this.hold ? [this.hold] : []), this.cut]);
    this.showHold(false);
  }

  setPose(pose: PaperPose): void {
    this.container.setPosition(this.px(pose.centre.x), this.px(pose.centre.y)).setRotation(pose.angle);
  }

  /** The helping hand's mark: a fingertip print, green while it is held. */
  showHold(held: boolean): void {
    const spot = this.holdSpot;
    if (!this.hold || !spot) return;
    const colour = held ? COLOURS.holdHeld : COLOURS.hold;
    const [x, y, r] = [this.x(spot.x), this.y(spot.y), this.px(spot.radiusMm)];
    this.hold.clear().fillStyle(colour, held ? 0.35 : 0.22).fillCircle(x, y, r);
    this.hold.lineStyle(this.px(0.7), colour, 0.9);
    for (const k of [0.35, 0.6, 0.85]) this.hold.strokeEllipse(x, y, 2 * r * k * 0.85, 2 * r * k);
  }

  /** The cut goes on to here (paper frame); `from` starts a new stretch. */
  cutTo(point: MmPoint, from?: MmPoint): void {
    const start = from ?? this.last;
    this.last = point;
    if (!start) return;
    this.cut.lineStyle(this.px(CUT_WIDTH_MM), COLOURS.cut, 1).lineBetween(this.x(start.x), this.y(start.y), this.x(point.x), this.y(point.y));
  }

  /** The piece comes away: a copy of it falls off the table and fades; where it was, the table shows. */
  dropPiece(outline: readonly MmPoint[]): void {
    const points = outline.map((p) => new Phaser.Math.Vector2(this.x(p.x), this.y(p.y)));
    this.paper.fillStyle(COLOURS.hole, 1).fillPoints(points, true);
    const piece = this.scene.add.graphics().setDepth(30);
    piece.fillStyle(COLOURS.paper, 1).fillPoints(points, true);
    piece.lineStyle(this.px(CUT_WIDTH_MM), COLOURS.cut, 1).strokePoints(points, true);
    piece.setPosition(this.container.x, this.container.y).setRotation(this.container.rotation);
    this.scene.tweens.add({ targets: piece, y: piece.y + this.px(60), rotation: piece.rotation + 0.35, alpha: 0, duration: FALL_MS, ease: 'Quad.easeIn', onComplete: () => piece.destroy() });
  }

  destroy(): void {
    this.container.destroy();
  }

  private dashed(line: MmPolyline): void {
    const dots = resample(line, (DASH_MM + GAP_MM) / 2);
    for (let i = 0; i + 1 < dots.length; i += 2) this.paper.lineBetween(this.x(dots[i]!.x), this.y(dots[i]!.y), this.x(dots[i + 1]!.x), this.y(dots[i + 1]!.y));
  }

  /** Paper mm to the container's px: its origin is the paper's centre. */
  private x(mm: number): number {
    return this.px(mm - this.sheet.paper.width / 2);
  }

  private y(mm: number): number {
    return this.px(mm - this.sheet.paper.height / 2);
  }
}
