import type Phaser from 'phaser';
import { BinView } from './bin-view';
import { BIN_TAG_RADIUS_MM, type SortLayout } from './layout';
import type { SortRule } from './params';
import { pictureOf } from './pictures';
import { pictureTexture, shadowTexture } from './picture-view';
import { SORT_COLOURS } from './round-setup';

const TABLE_TOP = 0xfdf1dc;

export interface ItemSprite { image: Phaser.GameObjects.Image; shadow: Phaser.GameObjects.Image }

/** The round as drawn: the table top, the bins with their tags, and each object with the shadow it casts when lifted. */
export class TableView {
  readonly sprites = new Map<string, ItemSprite>();
  readonly bins = new Map<string, BinView>();
  private readonly top: Phaser.GameObjects.Graphics;

  constructor(private readonly scene: Phaser.Scene, layout: SortLayout, rule: SortRule, px: (mm: number) => number) {
    scene.tweens.killAll();
    const { table } = layout;
    this.top = scene.add.graphics().setDepth(0);
    this.top.fillStyle(TABLE_TOP, 1).fillRoundedRect(px(table.x - 3), px(table.y - 3), px(table.width + 6), px(table.height + 6), px(6));
    for (const bin of layout.bins) {
      this.bins.set(bin.id, new BinView(scene, rule, bin.id, { x: px(bin.x), y: px(bin.y), width: px(bin.width), height: px(bin.height), tagRadius: px(BIN_TAG_RADIUS_MM) }));
    }
    const shadow = shadowTexture(scene);
    layout.items.forEach((item, i) => {
      const colour = item.colour ? SORT_COLOURS[item.colour] : 0;
      const sizePx = px(item.sizeMm);
      const key = pictureTexture(scene, `sort-${item.kind}-${item.colour ?? 'own'}-${Math.round(sizePx * 4)}`, pictureOf(item.kind), sizePx, colour);
      const image = scene.add.image(px(item.x), px(item.y), key).setDepth(10 + i / 100);
      const shade = scene.add.image(0, 0, shadow).setDisplaySize(sizePx * 1.1, sizePx * 1.1).setDepth(19).setVisible(false);
      this.sprites.set(item.id, { image, shadow: shade });
    });
  }

  destroy(): void {
    this.scene.tweens.killAll();
    for (const s of this.sprites.values()) { s.image.destroy(); s.shadow.destroy(); }
    for (const b of this.bins.values()) b.destroy();
    this.top.destroy();
  }
}
