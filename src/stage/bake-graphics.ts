import type Phaser from 'phaser';

/** A box in game px. */
export interface PxBox { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

/**
 * Draws a Graphics once into a texture the size of `box` and returns that
 * texture in its place (the Graphics is destroyed). Phaser replays and
 * re-tessellates a Graphics' shapes every frame; a static picture baked costs
 * one textured quad instead.
 */
export function bakeGraphics(scene: Phaser.Scene, graphics: Phaser.GameObjects.Graphics, box: PxBox): Phaser.GameObjects.RenderTexture {
  const x = Math.floor(box.x), y = Math.floor(box.y);
  const texture = scene.add.renderTexture(x, y, Math.ceil(box.x + box.width) - x, Math.ceil(box.y + box.height) - y).setOrigin(0, 0);
  texture.draw(graphics, -x, -y).render();
  graphics.destroy();
  return texture;
}
