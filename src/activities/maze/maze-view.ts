import type Phaser from 'phaser';
import type { MmPoint } from '../../geometry/units';
import { BakedInk } from '../../ink/baked-ink';
import { drawRoundPolyline } from '../../ink/draw-polyline';
import { bakeGraphics } from '../../stage/bake-graphics';
import { bakeSvgAtlas } from '../../stage/bake-svg';
import type { MazeLayout } from './layout';
import { cheese, mouse } from './maze-pictures';

const ATLAS = 'maze-pictures';
const HEDGE = 0x5aa653;
const HEDGE_EDGE = 0x3f7d3a;
const PATH = 0xf3e2b3;
/** The trail the mouse leaves: where it has been, faint, so a child sees the way back from a dead end. */
const TRAIL = 0xd9bf7f;
/** The mouse is about as long as the path is wide, never smaller than a fingertip can find (mm). */
const MOUSE_MIN_MM = 11;
const WAITING_RING = 0xff8a3d;

/**
 * The maze as drawn: a hedge block with the path cut through it, exactly the
 * corridor the walker checks (round-capped lines of the corridor's width
 * along the passages), baked once; the cheese at the way out; and the mouse,
 * its trail, and an orange ring when it waits for the finger.
 */
export class MazeView {
  private readonly maze: Phaser.GameObjects.RenderTexture;
  private readonly trail: BakedInk;
  private readonly ring: Phaser.GameObjects.Arc;
  private readonly ringPulse: Phaser.Tweens.Tween;
  private mouseSprite: Phaser.GameObjects.Image | null = null;
  private cheeseSprite: Phaser.GameObjects.Image | null = null;
  private readonly sizeMm: number;
  private at: MmPoint;
  private heading = 0;
  private trailEnd: { x: number; y: number } | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly layout: MazeLayout, private readonly px: (mm: number) => number) {
    const { geometry, origin, corridorMm, wallMm, grid } = layout;
    const x = (mm: number) => px(origin.x + mm), y = (mm: number) => px(origin.y + mm);
    const g = scene.add.graphics();
    const w = grid.columns * geometry.cellMm, h = grid.rows * geometry.cellMm;
    g.fillStyle(HEDGE_EDGE, 1).fillRoundedRect(x(-wallMm / 2) - px(0.6), y(-wallMm / 2) - px(0.6), px(w + wallMm) + px(1.2), px(h + wallMm) + px(1.2), px(wallMm));
    g.fillStyle(HEDGE, 1).fillRoundedRect(x(-wallMm / 2), y(-wallMm / 2), px(w + wallMm), px(h + wallMm), px(wallMm));
    for (const passage of geometry.passages) drawRoundPolyline(g, passage.map((p) => ({ x: x(p.x), y: y(p.y) })), px(corridorMm), PATH);
    const margin = geometry.cellMm;
    this.maze = bakeGraphics(scene, g, { x: x(-margin), y: y(-margin), width: px(w + 2 * margin), height: px(h + 2 * margin) }).setDepth(5);
    this.trail = new BakedInk(scene, { widthPx: px(2.2), color: TRAIL }, 6);
    this.sizeMm = Math.max(MOUSE_MIN_MM, corridorMm);
    this.at = geometry.start;
    this.ring = scene.add.circle(0, 0, px(this.sizeMm * 0.7)).setStrokeStyle(px(1.4), WAITING_RING).setDepth(8).setVisible(false);
    // Paused while the ring is hidden: a looping tween is work every frame.
    this.ringPulse = scene.tweens.add({ targets: this.ring, scale: 1.25, alpha: 0.35, duration: 520, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', paused: true });
    void bakeSvgAtlas(scene.textures, ATLAS, { mouse: mouse(), cheese: cheese() }).then(() => {
      if (!scene.sys.isActive() || !scene.textures.exists(ATLAS) || !this.maze.active) return;
      const goal = { x: x(geometry.goal.x), y: y(geometry.goal.y) };
      this.cheeseSprite = scene.add.image(goal.x, goal.y, ATLAS, 'cheese').setDepth(7);
      this.cheeseSprite.setScale(px(this.sizeMm * 1.1) / this.cheeseSprite.width);
      this.mouseSprite = scene.add.image(0, 0, ATLAS, 'mouse').setDepth(9);
      this.mouseSprite.setScale(px(this.sizeMm * 1.25) / this.mouseSprite.height);
      this.place(this.at);
    });
  }

  /** The mouse at a point of the maze (maze mm), turned the way it went; its trail grows behind it. */
  place(at: MmPoint): void {
    const { origin } = this.layout;
    const from = this.at;
    const dx = at.x - from.x, dy = at.y - from.y;
    if (Math.hypot(dx, dy) > 0.3) this.heading = Math.atan2(dy, dx) + Math.PI / 2;
    this.at = at;
    const p = { x: this.px(origin.x + at.x), y: this.px(origin.y + at.y) };
    this.mouseSprite?.setPosition(p.x, p.y).setRotation(this.heading);
    this.ring.setPosition(p.x, p.y);
    // The trail starts with the first step, from where the mouse stood: a mouse that has not moved leaves no mark.
    const last = this.trailEnd;
    if (last && Math.hypot(p.x - last.x, p.y - last.y) < this.px(1)) return;
    if (!last) {
      if (Math.hypot(dx, dy) < 0.3) return;
      this.trail.beginStroke({ x: this.px(origin.x + from.x), y: this.px(origin.y + from.y) });
    }
    this.trail.addPoints([p]);
    this.trailEnd = p;
  }

  /** Once a frame: the trail's new stretch. */
  update(): void {
    this.trail.update();
  }

  /** Lenient walls: the mouse waits where it stopped, ringed, for the finger to come back. */
  setWaiting(waiting: boolean): void {
    if (waiting === this.ring.visible) return;
    this.ring.setVisible(waiting);
    if (waiting) this.ringPulse.resume();
    else this.ringPulse.pause();
  }

  get isWaiting(): boolean {
    return this.ring.visible;
  }

  /** The guide's hand leads the mouse (game px), and lets it go back where it was (null); no trail is left. */
  showDemoAt(p: { x: number; y: number } | null): void {
    const at = p ?? this.mousePx;
    this.mouseSprite?.setPosition(at.x, at.y);
  }

  /** Strict walls: the mouse slides back to where it is sent; the trail starts again from there. */
  sendBack(to: MmPoint): void {
    const { origin } = this.layout;
    this.trail.endStroke();
    this.trailEnd = null;
    this.at = to;
    if (!this.mouseSprite) return;
    this.scene.tweens.add({ targets: this.mouseSprite, x: this.px(origin.x + to.x), y: this.px(origin.y + to.y), duration: 280, ease: 'Quad.easeOut' });
    this.ring.setPosition(this.px(origin.x + to.x), this.px(origin.y + to.y));
  }

  /** At the cheese: the mouse hops and the cheese bounces. */
  arrive(): void {
    this.setWaiting(false);
    if (this.cheeseSprite) this.scene.tweens.add({ targets: this.cheeseSprite, scale: this.cheeseSprite.scale * 1.2, duration: 200, yoyo: true, repeat: 2 });
    if (this.mouseSprite) this.scene.tweens.add({ targets: this.mouseSprite, y: this.mouseSprite.y - this.px(4), duration: 160, yoyo: true, repeat: 3, ease: 'Quad.easeOut' });
  }

  /** Where the mouse is drawn, game px (for the guide's hand to grab it). */
  get mousePx(): { x: number; y: number } {
    const { origin } = this.layout;
    return { x: this.px(origin.x + this.at.x), y: this.px(origin.y + this.at.y) };
  }

  destroy(): void {
    this.ringPulse.remove();
    this.maze.destroy();
    this.trail.destroy();
    this.ring.destroy();
    this.mouseSprite?.destroy();
    this.cheeseSprite?.destroy();
  }
}
