import type Phaser from 'phaser';
import { svgDataUrl } from '../pictures/svg';

/**
 * Bakes SVG pictures into one texture (an atlas) once per game: each is
 * decoded by the browser at the size its markup gives and drawn side by side
 * on one canvas, with a frame per picture. One texture means Phaser draws
 * every part in one batch, one draw call, not one each. The game outlives a
 * scene (shared-game.ts), so an atlas already baked is kept. Resolves when the atlas is ready; a picture
 * that fails to decode is left out (the scene plays on without it).
 */
export async function bakeSvgAtlas(textures: Phaser.Textures.TextureManager, atlasKey: string, pictures: Readonly<Record<string, string>>): Promise<void> {
  if (textures.exists(atlasKey)) return;
  const decoded = await Promise.all(Object.entries(pictures).map(async ([frame, markup]) => {
    const image = new Image();
    image.src = svgDataUrl(markup);
    try {
      await image.decode();
      return { frame, image };
    } catch {
      return null;
    }
  }));
  const parts = decoded.filter((p): p is { frame: string; image: HTMLImageElement } => p !== null);
  if (textures.exists(atlasKey) || !parts.length) return;
  // One row: the parts are few and small (a few hundred px each).
  const canvas = document.createElement('canvas');
  canvas.width = parts.reduce((sum, p) => sum + p.image.naturalWidth + 2, 0);
  canvas.height = Math.max(...parts.map((p) => p.image.naturalHeight));
  const context = canvas.getContext('2d')!;
  let x = 0;
  const frames = parts.map(({ frame, image }) => {
    context.drawImage(image, x, 0);
    const placed = { frame, x, width: image.naturalWidth, height: image.naturalHeight };
    x += image.naturalWidth + 2; // a gap, so filtering never bleeds one part into the next
    return placed;
  });
  const texture = textures.addCanvas(atlasKey, canvas)!;
  for (const f of frames) texture.add(f.frame, 0, f.x, 0, f.width, f.height);
}
