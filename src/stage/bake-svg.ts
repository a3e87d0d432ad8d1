import type Phaser from 'phaser';
import { svgDataUrl } from '../pictures/guide';

/**
 * Bakes SVG pictures into textures once per game: each is decoded by the
 * browser at the size its markup gives, then drawn like any image, so frames
 * never pay for vector drawing. Resolves when all are ready; a picture that
 * fails to decode is left out (the scene plays on without it).
 */
export async function bakeSvgTextures(textures: Phaser.Textures.TextureManager, pictures: Readonly<Record<string, string>>): Promise<void> {
  await Promise.all(Object.entries(pictures).map(async ([key, markup]) => {
    if (textures.exists(key)) return;
    const image = new Image();
    image.src = svgDataUrl(markup);
    try {
      await image.decode();
    } catch {
      return;
    }
    if (!textures.exists(key)) textures.addImage(key, image);
  }));
}
