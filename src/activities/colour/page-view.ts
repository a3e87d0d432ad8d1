import Phaser from 'phaser';
import type { MmPoint, MmPolyline } from '../../geometry/units';
import { pointInPolygon } from '../../geometry/point-in-polygon';
import { bakeGraphics, type PxBox } from '../../stage/bake-graphics';
import { comeAlive, type AliveMotion } from '../../stage/come-alive';
import type { ColourLayout } from './layout';
import type { PictureId } from './pictures';

const PAGE = 0xfffdf6;
const OUTLINE = 0x2d2250;
/** Parts not being coloured show their own colour, softened: the page looks finished but for the part to do. */
const OTHER_PARTS_ALPHA = 0.55;
/** Stencil: the paper over colour laid outside the part lets this little of it through. */
const STENCIL_ALPHA = 0.75;
/** The page round the picture, mm: colour that strays still lands on paper. */
const PAGE_MARGIN_MM = 10;
/** Segments of colour drawn as vector graphics before they are baked into the texture: about every fourth frame at a pen's 240 Hz. */
const SEGMENTS_BEFORE_BAKE = 16;
/** How each picture comes alive when it is done. */
const ALIVE: Record<PictureId, AliveMotion> = {
  circle: 'bounce', square: 'bounce', heart: 'beat', apple: 'wiggle', fish: 'swim', house: 'bounce', balloon: 'float', flower: 'wiggle', ladybird: 'wiggle',
};

/**
 * The colouring page: paper, the picture's parts (the one to colour left
 * white), the child's colour, and the printed outline over it all, as on a
 * real page. Colour is painted as segments into a render texture, so a frame
 * costs the same however much has been coloured.
 */
export class PageView {
  private readonly container: Phaser.GameObjects.Container;
  private readonly paint: Phaser.GameObjects.RenderTexture;
  private readonly live: Phaser.GameObjects.Graphics;
  private liveSegments = 0;
  private readonly centre: { x: number; y: number };

  constructor(private readonly scene: Phaser.Scene, private readonly layout: ColourLayout, outlineMm: number, stencil: boolean, private readonly px: (mm: number) => number) {
    const { picture, origin, target } = layout;
    this.centre = { x: px(origin.x + picture.width / 2), y: px(origin.y + picture.height / 2) };
    const { width, height } = scene.scale;
    const m = PAGE_MARGIN_MM;
    // The page and everything printed on it: baked once each, so a frame draws a few quads, not every outline again.
    const sheet = { x: px(origin.x - m), y: px(origin.y - m), width: px(picture.width + 2 * m + 2), height: px(picture.height + 2 * m + 2) };
    const page = scene.add.graphics();
    page.fillStyle(0x000000, 0.08).fillRoundedRect(px(origin.x - m + 1.2), px(origin.y - m + 1.6), px(picture.width + 2 * m), px(picture.height + 2 * m), px(3));
    page.fillStyle(PAGE, 1).fillRoundedRect(px(origin.x - m), px(origin.y - m), px(picture.width + 2 * m), px(picture.height + 2 * m), px(3));
    const others = scene.add.graphics();
    picture.regions.forEach((region, r) => { if (r !== target) this.fillRegion(others, region.rings, region.colour, OTHER_PARTS_ALPHA); });
    // Hidden while empty: a full-screen texture costs fill rate even when blank.
    this.paint = scene.add.renderTexture(0, 0, width, height).setOrigin(0, 0).setVisible(false);
    const outline = scene.add.graphics();
    outline.lineStyle(px(outlineMm), OUTLINE, 1);
    for (const region of picture.regions) for (const ring of region.rings) this.stroke(outline, ring, true);
    for (const line of picture.lines) this.stroke(outline, line, false);
    const bake = (g: Phaser.GameObjects.Graphics) => bakeGraphics(scene, g, sheet);
    // With a stencil, the other parts keep their colour over the faded paint; without, the child's colour covers them.
    const layers = stencil ? [bake(page), this.paint, this.stencil(sheet), bake(others)] : [bake(page), bake(others), this.paint];
    const parts = [...layers, bake(outline)];
    for (const part of parts) part.setPosition(part.x - this.centre.x, part.y - this.centre.y);
    this.container = scene.add.container(this.centre.x, this.centre.y, parts).setDepth(10);
    // The live segments sit on the screen's own frame, where the texture is while the page is still.
    this.live = scene.add.graphics().setDepth(11);
  }

  /** Colour from a to b (screen mm), a crayon `widthMm` wide; `strength` 0..1 softens it towards the paper (a light pen). */
  colourTo(a: MmPoint, b: MmPoint, widthMm: number, colour: number, strength = 1): void {
    const shade = Phaser.Display.Color.Interpolate.ColorWithColor(Phaser.Display.Color.ValueToColor(PAGE), Phaser.Display.Color.ValueToColor(colour), 100, Math.round(100 * strength));
    const c = Phaser.Display.Color.GetColor(shade.r, shade.g, shade.b);
    const w = this.px(widthMm);
    this.live.lineStyle(w, c, 1).fillStyle(c, 1);
    if (a.x !== b.x || a.y !== b.y) this.live.lineBetween(this.px(a.x), this.px(a.y), this.px(b.x), this.px(b.y));
    this.live.fillCircle(this.px(b.x), this.px(b.y), w / 2);
    if (++this.liveSegments >= SEGMENTS_BEFORE_BAKE) this.bake();
  }

  /** Everything coloured goes (a palm's colour, taken away), before it is drawn again. */
  clearColour(): void {
    this.live.clear();
    this.liveSegments = 0;
    this.paint.clear().render();
    this.paint.setVisible(false);
  }

  bake(): void {
    if (this.liveSegments === 0) return;
    this.paint.draw(this.live).render();
    this.paint.setVisible(true);
    this.live.clear();
    this.liveSegments = 0;
  }

  /** The picture comes alive: it beats, swims, floats, wiggles or bounces, then settles. */
  comeAlive(): void {
    this.bake();
    comeAlive(this.scene.tweens, this.container, ALIVE[this.layout.picture.id], this.px);
  }

  destroy(): void {
    this.container.destroy();
    this.live.destroy();
  }

  /** Paper over the page but the part: colour outside it shows only faintly through. */
  private stencil(sheet: PxBox): Phaser.GameObjects.RenderTexture {
    const shape = this.scene.add.graphics();
    const { picture, origin, target } = this.layout;
    const rings = picture.regions[target]!.rings;
    // Even-odd by hand: rings inside no other ring are cut out of the paper; holes in the part are paper again.
    const hole = isHoleIn(rings);
    const m = PAGE_MARGIN_MM;
    shape.fillStyle(PAGE, STENCIL_ALPHA).fillRect(this.px(origin.x - m), this.px(origin.y - m), this.px(picture.width + 2 * m), this.px(picture.height + 2 * m));
    const over = bakeGraphics(this.scene, shape, sheet);
    // Each step is drawn before the next shape is made: a texture runs its commands when it renders, not when they are given.
    const cut = this.scene.add.graphics().fillStyle(0xffffff, 1);
    for (const ring of rings.filter((r) => !hole(r))) cut.fillPoints(this.points(ring), true);
    over.erase(cut, -over.x, -over.y).render();
    cut.destroy();
    const holes = this.scene.add.graphics().fillStyle(PAGE, STENCIL_ALPHA);
    for (const ring of rings.filter(hole)) holes.fillPoints(this.points(ring), true);
    over.draw(holes, -over.x, -over.y).render();
    holes.destroy();
    return over;
  }

  private fillRegion(g: Phaser.GameObjects.Graphics, rings: readonly MmPolyline[], colour: number, alpha: number): void {
    const hole = isHoleIn(rings);
    g.fillStyle(colour, alpha);
    for (const ring of rings.filter((r) => !hole(r))) g.fillPoints(this.points(ring), true);
    g.fillStyle(PAGE, 1);
    for (const ring of rings.filter(hole)) g.fillPoints(this.points(ring), true);
  }

  private stroke(g: Phaser.GameObjects.Graphics, line: MmPolyline, closed: boolean): void {
    g.strokePoints(this.points(line), closed);
  }

  private points(line: MmPolyline): Phaser.Math.Vector2[] {
    return line.map((p) => new Phaser.Math.Vector2(this.px(p.x), this.px(p.y)));
  }
}

/** Whether a ring of a part lies inside another of its rings: a hole (the door in the walls, a spot in the back). */
function isHoleIn(rings: readonly MmPolyline[]): (ring: MmPolyline) => boolean {
  return (ring) => rings.some((other) => other !== ring && pointInPolygon(ring[0]!, other));
}
