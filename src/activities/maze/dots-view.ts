import type Phaser from 'phaser';
import type { MmPoint } from '../../geometry/units';
import { BakedInk } from '../../ink/baked-ink';
import type { GamePoint } from '../../ink/ink-renderer';
import { bakeGraphics } from '../../stage/bake-graphics';
import { comeAlive } from '../../stage/come-alive';
import { dotLabel, type DotLabels } from './dot-pictures';
import type { DotsLayout } from './layout';

const INK = 0x2d2250;
const PENCIL = 0x5a5a78;
const PAPER = 0xfffdf6;
/** A dot is drawn this big (mm) whatever its reach: big enough to see across a table, small enough to aim at. */
const DOT_MM = 3.2;
/** Labels sit this far outside the picture from their dot, so the line never covers them. */
const LABEL_GAP_MM = 5.5;
const LABEL_MM = 6;
const PENCIL_MM = 2.4;
/** Paper round the dots, mm: a line that overshoots a dot still lands on the page. */
const PAGE_MARGIN_MM = 14;
/** A joined line is redrawn bolder, over the pencil, in a deep shade of the picture's colour, so the child sees what counted. */
const JOINED_MM = 3.6;

/**
 * A dot-to-dot as drawn: the dots with their numbers or letters, the next one
 * pulsing for children before numerals, the child's pencil line, each join
 * made bold in the picture's colour, and at the end the picture filled in and
 * coming alive.
 */
export class DotsView {
  private readonly page: Phaser.GameObjects.RenderTexture;
  private readonly dots: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Text[];
  private readonly pulse: Phaser.GameObjects.Arc;
  private readonly pulsing: Phaser.Tweens.Tween;
  private readonly pencil: BakedInk;
  private readonly joined: BakedInk;
  private picture: Phaser.GameObjects.Container | null = null;
  private readonly at: GamePoint[];

  constructor(private readonly scene: Phaser.Scene, private readonly layout: DotsLayout, private readonly labelling: DotLabels, private readonly px: (mm: number) => number) {
    this.at = layout.dots.map((p) => ({ x: px(p.x), y: px(p.y) }));
    const { origin, picture } = layout, m = PAGE_MARGIN_MM;
    const sheet = { x: px(origin.x - m), y: px(origin.y - m), width: px(picture.width + 2 * m), height: px(picture.height + 2 * m) };
    const paper = scene.add.graphics();
    paper.fillStyle(0x000000, 0.08).fillRoundedRect(sheet.x + px(1.2), sheet.y + px(1.6), sheet.width, sheet.height, px(3));
    paper.fillStyle(PAPER, 1).fillRoundedRect(sheet.x, sheet.y, sheet.width, sheet.height, px(3));
    this.page = bakeGraphics(scene, paper, { ...sheet, width: sheet.width + px(2), height: sheet.height + px(2) }).setDepth(6);
    const middle = this.middle();
    this.labels = labelling === 'pulse' ? [] : layout.dots.map((dot, i) => {
      const away = Math.atan2(dot.y - middle.y, dot.x - middle.x);
      return scene.add.text(px(dot.x + LABEL_GAP_MM * Math.cos(away)), px(dot.y + LABEL_GAP_MM * Math.sin(away)), dotLabel(labelling, i), {
        fontFamily: 'system-ui, sans-serif', fontSize: `${Math.round(px(LABEL_MM))}px`, fontStyle: 'bold', color: '#2d2250',
      }).setOrigin(0.5).setDepth(7);
    });
    this.pencil = new BakedInk(scene, { widthPx: px(PENCIL_MM), color: PENCIL }, 8);
    this.joined = new BakedInk(scene, { widthPx: px(JOINED_MM), color: deeper(layout.picture.colour) }, 9);
    this.dots = scene.add.graphics().setDepth(10);
    this.pulse = scene.add.circle(0, 0, px(DOT_MM * 2.2)).setStrokeStyle(px(1.3), 0x22b45a).setDepth(10).setVisible(false);
    // Paused while the pulse is hidden (numbers, letters, the picture done): a looping tween is work every frame.
    this.pulsing = scene.tweens.add({ targets: this.pulse, scale: 1.35, alpha: 0.4, duration: 560, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', paused: true });
    this.showNext(0);
  }

  /** The dots reached so far filled, and the next one pulsing (pulse labels), or none once all are joined. */
  showNext(next: number): void {
    const r = this.px(DOT_MM);
    this.dots.clear();
    this.at.forEach((p, i) => {
      this.dots.fillStyle(i < next ? INK : PAPER, 1).fillCircle(p.x, p.y, r);
      this.dots.lineStyle(this.px(0.9), INK, 1).strokeCircle(p.x, p.y, r);
    });
    const at = this.at[next];
    this.showPulse(this.labelling === 'pulse' && at !== undefined);
    if (at) this.pulse.setPosition(at.x, at.y);
  }

  beginLine(p: MmPoint): void { this.pencil.beginStroke(this.game(p)); }
  addToLine(points: readonly MmPoint[]): void { this.pencil.addPoints(points.map((p) => this.game(p))); }
  endLine(): void { this.pencil.endStroke(); }
  update(): void { this.pencil.update(); this.joined.update(); }

  /** A join made: its ink, bold in the picture's colour. */
  showJoin(points: readonly MmPoint[]): void {
    const [first, ...rest] = points.map((p) => this.game(p));
    if (!first) return;
    this.joined.beginStroke(first);
    this.joined.addPoints(rest);
    this.joined.endStroke();
  }

  /** Every dot joined: the last line closes the shape, it fills with colour and comes alive. */
  complete(): void {
    this.showPulse(false);
    const middle = this.game(this.middle());
    // Phaser reads only x and y of each point; its types ask for Vector2s.
    const outline = this.layout.outline.map((p) => ({ x: this.px(p.x) - middle.x, y: this.px(p.y) - middle.y })) as Phaser.Math.Vector2[];
    const shape = this.scene.add.graphics();
    shape.fillStyle(this.layout.picture.colour, 1).fillPoints(outline, true);
    shape.lineStyle(this.px(JOINED_MM), INK, 1).strokePoints(outline, true, true);
    this.picture = this.scene.add.container(middle.x, middle.y, [shape]).setDepth(11);
    for (const label of this.labels) label.setVisible(false);
    this.dots.setVisible(false);
    comeAlive(this.scene.tweens, this.picture, this.layout.picture.motion, this.px);
  }

  destroy(): void {
    this.pulsing.remove();
    this.page.destroy();
    this.dots.destroy();
    for (const label of this.labels) label.destroy();
    this.pulse.destroy();
    this.pencil.destroy();
    this.joined.destroy();
    this.picture?.destroy();
  }

  private showPulse(on: boolean): void {
    this.pulse.setVisible(on);
    if (on) this.pulsing.resume();
    else this.pulsing.pause();
  }

  private game(p: { x: number; y: number }): GamePoint {
    return { x: this.px(p.x), y: this.px(p.y) };
  }

  /** The middle of the dots: labels sit away from it. */
  private middle(): MmPoint {
    const { dots } = this.layout;
    return { x: dots.reduce((s, p) => s + p.x, 0) / dots.length, y: dots.reduce((s, p) => s + p.y, 0) / dots.length } as MmPoint;
  }
}

/** A colour's deeper shade: a pale yellow's join must still show on white paper. */
function deeper(colour: number): number {
  const channel = (shift: number) => Math.round(((colour >> shift) & 0xff) * 0.78) << shift;
  return channel(16) | channel(8) | channel(0);
}
