import type Phaser from 'phaser';
import type { SortRule } from './params';
import { BUTTON_PICTURE, CATEGORY_PICTURES, SHAPE_PICTURES, type Picture } from './pictures';
import { drawPicture, mix } from './picture-view';
import { CATEGORIES, SIZE_CLASSES, SORT_COLOURS, type Category, type SortColour } from './round-setup';

const WICKER = 0xf2d49b;
const WICKER_DARK = 0xc9974a;
const TAG_EDGE = 0x8fa3c7;
const SHAPE_INK = 0x4a5068;
/** Behind a category's members: soft enough to stay a tag, dark enough that a white daisy shows. */
const CATEGORY_DISC = 0xe6efd8;

export interface BinGeometry { x: number; y: number; width: number; height: number; tagRadius: number }

/**
 * One bin: a wicker basket along the table's edge, with a round tag on its
 * rim showing the rule's picture (a colour, a shape, a size, a category), so
 * a child who cannot read knows what goes in. Drawn in code, then shaken
 * gently to say "not this one".
 */
export class BinView {
  private readonly basket: Phaser.GameObjects.Image;
  private readonly tag: Phaser.GameObjects.Image;

  constructor(private readonly scene: Phaser.Scene, rule: SortRule, value: string, at: BinGeometry) {
    const { x, y, width, height, tagRadius } = at;
    const radius = Math.min(width, height) * 0.18;
    // Drawn once and baked into textures: a Graphics is rebuilt every frame, an image is not.
    const g = scene.make.graphics({}, false);
    g.fillStyle(WICKER_DARK, 1).fillRoundedRect(0, 0, width, height, radius);
    g.fillStyle(WICKER, 1).fillRoundedRect(height * 0.06, height * 0.14, width - height * 0.12, height * 0.8, radius * 0.8);
    g.lineStyle(Math.max(1, height * 0.03), WICKER_DARK, 0.55);
    for (let row = 1; row <= 3; row++) {
      const rowY = height * (0.14 + row * 0.2);
      g.lineBetween(height * 0.12, rowY, width - height * 0.12, rowY);
    }
    const basketKey = `sort-basket-${Math.round(width)}x${Math.round(height)}`;
    if (!scene.textures.exists(basketKey)) g.generateTexture(basketKey, Math.ceil(width), Math.ceil(height));
    g.clear();
    // Placed by its centre, so a wiggle turns it in place.
    this.basket = scene.add.image(x + width / 2, y + height / 2, basketKey).setDepth(1);
    const side = Math.ceil(2 * tagRadius + 4);
    g.fillStyle(0xffffff, 1).fillCircle(side / 2, side / 2, tagRadius);
    g.lineStyle(Math.max(1, tagRadius * 0.08), TAG_EDGE, 1).strokeCircle(side / 2, side / 2, tagRadius);
    drawLabel(g, rule, value, side / 2, tagRadius * 1.9);
    const tagKey = `sort-tag-${rule}-${value}-${side}`;
    if (!scene.textures.exists(tagKey)) g.generateTexture(tagKey, side, side);
    g.destroy();
    this.tag = scene.add.image(x + width / 2, y, tagKey).setDepth(30);
  }

  /** A gentle shake: "not this one". */
  wiggle(): void {
    for (const target of [this.basket, this.tag]) {
      this.scene.tweens.add({ targets: target, angle: { from: -4, to: 4 }, duration: 90, yoyo: true, repeat: 2, onComplete: () => target.setAngle(0) });
    }
  }

  destroy(): void {
    this.basket.destroy();
    this.tag.destroy();
  }
}

/** The rule's picture, `size` px across, centred at (c, c) on the tag. */
function drawLabel(g: Phaser.GameObjects.Graphics, rule: SortRule, value: string, c: number, size: number): void {
  switch (rule) {
    case 'color': {
      const colour = SORT_COLOURS[value as SortColour];
      g.fillStyle(mix(colour, 0x000000, 0.25), 1).fillCircle(c, c, size * 0.36);
      g.fillStyle(colour, 1).fillCircle(c, c, size * 0.32);
      return;
    }
    case 'shape': return drawPicture(g, (SHAPE_PICTURES as Record<string, Picture>)[value]!, c, c, size * 0.6, SHAPE_INK);
    case 'size': {
      // The button at its size relative to the largest class: small bins show a small button.
      const share = SIZE_CLASSES[value as keyof typeof SIZE_CLASSES] / SIZE_CLASSES.huge;
      return drawPicture(g, BUTTON_PICTURE, c, c, size * 0.75 * share, SHAPE_INK);
    }
    case 'category': return drawCategory(g, CATEGORIES[value as Category], c, size);
  }
}

/** Where a category's members sit on its tag, as shares of the tag: two side by side, three in a triangle. */
const CLUSTER = {
  2: [[-0.2, 0], [0.2, 0]],
  3: [[-0.2, -0.13], [0.2, -0.13], [0, 0.19]],
} as const;

/**
 * A category shown as a category: several of its members together (an apple,
 * a pear and cherries say "fruit"), on a soft disc so a white daisy shows.
 */
function drawCategory(g: Phaser.GameObjects.Graphics, members: readonly (keyof typeof CATEGORY_PICTURES)[], c: number, size: number): void {
  g.fillStyle(CATEGORY_DISC, 1).fillCircle(c, c, size * 0.44);
  const places = members.length >= 3 ? CLUSTER[3] : CLUSTER[2];
  places.forEach(([dx, dy], i) => drawPicture(g, CATEGORY_PICTURES[members[i % members.length]!], c + dx * size, c + dy * size, size * (members.length >= 3 ? 0.34 : 0.4), 0));
}
