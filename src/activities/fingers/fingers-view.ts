import type Phaser from 'phaser';
import { BakedInk } from '../../ink/baked-ink';
import type { GamePoint } from '../../ink/ink-renderer';
import { bakeGraphics } from '../../stage/bake-graphics';
import { palette } from '../../stage/palette';
import type { FingersLayout, PlacedSpot } from './layout';

/** How each spot looks: waiting unlit, lit (tap me), held down, just answered well, or answered elsewhere. */
export type SpotLook = 'dim' | 'lit' | 'held' | 'hit' | 'miss' | 'hidden';

const SKIN = 0xf6c9a8;
const SKIN_EDGE = 0xd99c77;
const DIM = 0xdfe6f2;
const LIT = 0xffcf3f;
const HELD = 0x5b8def;
const HIT = 0x22b45a;
const MISS = 0xb8bfcc;
const DRUM = 0xe76f51;
const LOOKS: Record<Exclude<SpotLook, 'hidden'>, number> = { dim: DIM, lit: LIT, held: HELD, hit: HIT, miss: MISS };
/** Ink of mirror drawing: each hand its own colour, so the child sees which is which. */
const INK_MM = 3;
const LEFT_INK = palette.ink;
const RIGHT_INK = 0xe0567a;
/** A finger's width in the hand outline, mm. */
const FINGER_MM = 15;

/**
 * What the fingers games show: the hand outline (isolate) or the two forms
 * (mirror), baked once; a circle for every spot, recoloured as the round
 * goes; the tapping window's ring; each hand's ink. The scene tells it what
 * each spot looks like; it never decides.
 */
export class FingersView {
  private readonly circles = new Map<string, Phaser.GameObjects.Arc>();
  private readonly looks = new Map<string, SpotLook>();
  private readonly backdrop: Phaser.GameObjects.RenderTexture | null = null;
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly ink: Record<'left' | 'right', BakedInk> | null = null;
  private readonly open = new Map<number, 'left' | 'right'>();

  constructor(private readonly scene: Phaser.Scene, private readonly layout: FingersLayout, private readonly px: (mm: number) => number, private readonly toGame: (x: number, y: number) => GamePoint, private readonly corridorMm = 12) {
    const g = scene.add.graphics();
    const thumb = layout.spots.find((s) => s.role === 'thumb');
    if (thumb) this.drawHand(g);
    if (layout.forms) this.drawForms(g);
    if (thumb || layout.forms) this.backdrop = bakeGraphics(scene, g, { x: 0, y: 0, width: scene.scale.width, height: scene.scale.height }).setDepth(1);
    else g.destroy();
    for (const spot of layout.spots) {
      const at = toGame(spot.x, spot.y);
      const drum = spot.role === 'drum';
      const circle = scene.add.circle(at.x, at.y, px(spot.radiusMm), drum ? DRUM : DIM).setStrokeStyle(px(1.2), 0xffffff).setDepth(3);
      this.circles.set(spot.role, circle);
      this.looks.set(spot.role, 'dim');
    }
    this.ring = scene.add.graphics().setDepth(4);
    if (layout.forms) this.ink = { left: new BakedInk(scene, { widthPx: px(INK_MM), color: LEFT_INK }, 6), right: new BakedInk(scene, { widthPx: px(INK_MM), color: RIGHT_INK }, 6) };
  }

  /** How a spot looks now; a change pops it a little, so a child sees it happen. */
  show(role: PlacedSpot['role'], look: SpotLook): void {
    const circle = this.circles.get(role);
    if (!circle || this.looks.get(role) === look) return;
    this.looks.set(role, look);
    circle.setVisible(look !== 'hidden');
    if (role === 'drum') circle.setFillStyle(look === 'held' || look === 'lit' ? 0xf4a261 : DRUM);
    else if (role === 'thumb') circle.setFillStyle(look === 'held' ? HELD : LIT, look === 'held' ? 0.85 : 0.55);
    else if (look !== 'hidden') circle.setFillStyle(LOOKS[look]);
    if (look === 'lit' || look === 'hit') this.scene.tweens.add({ targets: circle, scale: { from: 1.18, to: 1 }, duration: 220, ease: 'Back.Out' });
  }

  /** The tapping window's ring round a target: what is left of the time, 0..1 (null hides it). */
  showTime(around: PlacedSpot | null, left: number | null): void {
    this.ring.clear();
    if (!around || left === null) return;
    const at = this.toGame(around.x, around.y);
    const r = this.px(around.radiusMm + 4);
    this.ring.lineStyle(this.px(2.5), HIT, 0.9).beginPath().arc(at.x, at.y, r, -Math.PI / 2, -Math.PI / 2 + left * 2 * Math.PI).strokePath();
  }

  /** Mirror drawing: a finger on its half starts a line in that hand's colour. */
  beginLine(pointerId: number, side: 'left' | 'right', at: GamePoint): void {
    if (!this.ink) return;
    // Two fingers draw at once: each BakedInk has one live line, so each side takes one finger at a time.
    this.ink[side].beginStroke(at);
    this.open.set(pointerId, side);
  }

  addToLine(pointerId: number, points: readonly GamePoint[]): void {
    const side = this.open.get(pointerId);
    if (side) this.ink![side].addPoints(points);
  }

  endLine(pointerId: number): void {
    const side = this.open.get(pointerId);
    if (side) this.ink![side].endStroke();
    this.open.delete(pointerId);
  }

  update(): void {
    this.ink?.left.update();
    this.ink?.right.update();
  }

  destroy(): void {
    this.backdrop?.destroy();
    for (const c of this.circles.values()) c.destroy();
    this.ring.destroy();
    this.ink?.left.destroy();
    this.ink?.right.destroy();
  }

  /** A hand laid flat: a palm and five fingers running out to their places, in soft skin colour. */
  private drawHand(g: Phaser.GameObjects.Graphics): void {
    const spots = this.layout.spots;
    const cx = spots.reduce((s, p) => s + p.x, 0) / spots.length;
    const cy = Math.max(...spots.map((p) => p.y)) + (this.layout.spanMm ?? 100) * 0.12;
    const palm = this.toGame(cx, cy);
    const width = this.px(FINGER_MM);
    for (const edge of [true, false]) {
      for (const s of spots) {
        const tip = this.toGame(s.x, s.y);
        g.lineStyle(edge ? width + this.px(1.5) : width, edge ? SKIN_EDGE : SKIN, 1).lineBetween(palm.x, palm.y, tip.x, tip.y);
        g.fillStyle(edge ? SKIN_EDGE : SKIN, 1).fillCircle(tip.x, tip.y, (edge ? width + this.px(1.5) : width) / 2);
      }
      g.fillStyle(edge ? SKIN_EDGE : SKIN, 1).fillCircle(palm.x, palm.y, this.px((this.layout.spanMm ?? 100) * 0.28) + (edge ? this.px(0.75) : 0));
    }
  }

  /** Both forms as wide pale corridors with their middle lines: where each hand draws. */
  private drawForms(g: Phaser.GameObjects.Graphics): void {
    for (const side of ['left', 'right'] as const) {
      for (const line of this.layout.forms![side]) {
        const points = line.map((p) => this.toGame(p.x, p.y));
        const band = this.px(this.corridorMm);
        points.slice(1).forEach((p, i) => {
          g.lineStyle(band, palette.corridor, 1).lineBetween(points[i]!.x, points[i]!.y, p.x, p.y);
          g.fillStyle(palette.corridor, 1).fillCircle(p.x, p.y, band / 2);
        });
        g.fillStyle(palette.corridor, 1).fillCircle(points[0]!.x, points[0]!.y, band / 2);
        points.slice(1).forEach((p, i) => g.lineStyle(this.px(1), palette.guide, 0.6).lineBetween(points[i]!.x, points[i]!.y, p.x, p.y));
      }
      const start = this.layout.forms![side][0]![0]!;
      const at = this.toGame(start.x, start.y);
      g.fillStyle(palette.start, 1).fillCircle(at.x, at.y, this.px(3.5));
    }
  }
}
