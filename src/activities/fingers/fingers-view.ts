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
const DRUM_HEAD = 0xfbe7c6;
const DRUM_HEAD_PRESSED = 0xf1cf98;
const DRUM_RIM = 0x9c3b2a;
const DRUM_SIDE = 0xc4553d;
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
  /** A shine on every button, hidden with it; and the star on the thumb's anchor. */
  private readonly shines = new Map<string, Phaser.GameObjects.Ellipse>();
  private readonly star: Phaser.GameObjects.Graphics;
  private readonly looks = new Map<string, SpotLook>();
  private readonly backdrop: Phaser.GameObjects.RenderTexture | null = null;
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly ink: Record<'left' | 'right', BakedInk> | null = null;
  private readonly open = new Map<number, 'left' | 'right'>();

  constructor(private readonly scene: Phaser.Scene, private readonly layout: FingersLayout, private readonly px: (mm: number) => number, private readonly toGame: (x: number, y: number) => GamePoint, private readonly corridorMm = 12) {
    const g = scene.add.graphics();
    const thumb = layout.spots.find((s) => s.role === 'thumb');
    const drum = layout.spots.find((s) => s.role === 'drum');
    if (thumb) this.drawHand(g);
    if (layout.forms) this.drawForms(g);
    if (drum) this.drawDrumBody(g, drum);
    if (thumb || layout.forms || drum) this.backdrop = bakeGraphics(scene, g, { x: 0, y: 0, width: scene.scale.width, height: scene.scale.height }).setDepth(1);
    else g.destroy();
    this.star = scene.add.graphics().setDepth(4);
    for (const spot of layout.spots) {
      const at = toGame(spot.x, spot.y);
      const drum = spot.role === 'drum';
      const circle = scene.add.circle(at.x, at.y, px(spot.radiusMm), drum ? DRUM_HEAD : DIM).setStrokeStyle(px(drum ? 2.5 : 1.2), drum ? DRUM_RIM : 0xffffff).setDepth(3);
      this.circles.set(spot.role, circle);
      this.looks.set(spot.role, 'dim');
      if (spot.role === 'thumb') this.drawStar(at, px(spot.radiusMm * 0.6));
      else this.shines.set(spot.role, scene.add.ellipse(at.x - px(spot.radiusMm * 0.3), at.y - px(spot.radiusMm * 0.35), px(spot.radiusMm * 0.7), px(spot.radiusMm * 0.42), 0xffffff, 0.35).setDepth(4));
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
    this.shines.get(role)?.setVisible(look !== 'hidden');
    if (role === 'drum') circle.setFillStyle(look === 'lit' ? LIT : look === 'held' ? DRUM_HEAD_PRESSED : DRUM_HEAD);
    else if (role === 'thumb') circle.setFillStyle(look === 'held' ? HELD : LIT, look === 'held' ? 0.85 : 0.55);
    else if (look !== 'hidden') circle.setFillStyle(LOOKS[look]);
    // A press squashes the button at once (the next frame shows the finger was seen); a light or a success pops it.
    if (look === 'held') this.scene.tweens.add({ targets: circle, scale: { from: 0.88, to: 1 }, duration: 140, ease: 'Quad.Out' });
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
    this.star.destroy();
    for (const shine of this.shines.values()) shine.destroy();
    for (const c of this.circles.values()) c.destroy();
    this.ring.destroy();
    this.ink?.left.destroy();
    this.ink?.right.destroy();
  }

  /** A hand laid flat: five fingers running out from the palm to their places, in soft skin colour, edged. */
  private drawHand(g: Phaser.GameObjects.Graphics): void {
    const span = this.layout.spanMm!;
    const palm = this.toGame(this.layout.palm!.x, this.layout.palm!.y);
    const finger = this.px(FINGER_MM), edge = this.px(1.2);
    const tips = this.layout.spots.map((s) => this.toGame(s.x, s.y));
    for (const [width, colour] of [[finger + 2 * edge, SKIN_EDGE], [finger, SKIN]] as const) {
      for (const tip of tips) {
        g.lineStyle(width, colour, 1).lineBetween(palm.x, palm.y, tip.x, tip.y);
        g.fillStyle(colour, 1).fillCircle(tip.x, tip.y, width / 2);
      }
      const grow = width === finger ? 0 : 2 * edge;
      g.fillStyle(colour, 1).fillEllipse(palm.x, palm.y, this.px(span * 0.5) + grow, this.px(span * 0.52) + grow);
    }
  }

  /** The drum's body under its head: a red shell with gold hoops, seen a little from above. */
  private drawDrumBody(g: Phaser.GameObjects.Graphics, drum: PlacedSpot): void {
    const at = this.toGame(drum.x, drum.y);
    const r = this.px(drum.radiusMm), depth = r * 1.05;
    g.fillStyle(DRUM_SIDE, 1).fillRect(at.x - r, at.y, 2 * r, depth);
    g.fillEllipse(at.x, at.y + depth, 2 * r, r * 0.9);
    g.lineStyle(this.px(1.5), palette.star, 1);
    for (let i = 0; i < 6; i++) {
      const x = at.x - r + (i + 0.5) * (2 * r / 6);
      g.lineBetween(x, at.y + r * 0.5, x + (i % 2 ? -1 : 1) * r / 6, at.y + depth + r * 0.35);
    }
  }

  /** The thumb's anchor: a star the thumb rests on. */
  private drawStar(at: GamePoint, r: number): void {
    const points = Array.from({ length: 10 }, (_, i) => {
      const a = -Math.PI / 2 + (i * Math.PI) / 5, radius = i % 2 ? r * 0.45 : r;
      return { x: at.x + radius * Math.cos(a), y: at.y + radius * Math.sin(a) };
    });
    this.star.fillStyle(palette.star, 1).lineStyle(this.px(0.8), palette.starEdge, 1);
    this.star.beginPath().moveTo(points[0]!.x, points[0]!.y);
    for (const p of points.slice(1)) this.star.lineTo(p.x, p.y);
    this.star.closePath().fillPath().strokePath();
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
