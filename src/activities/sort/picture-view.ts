import Phaser from 'phaser';
import type { Paint, Picture } from './pictures';

/** Extra pixels round a baked picture, so anti-aliased edges are not clipped. */
const PAD_PX = 2;

/** A colour mixed towards another: shading for the dark and light details of a picture. */
export function mix(colour: number, towards: number, amount: number): number {
  const channel = (shift: number) => {
    const a = (colour >> shift) & 0xff;
    const b = (towards >> shift) & 0xff;
    return Math.round(a + (b - a) * amount) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

function paintColour(paint: Paint, main: number): number {
  if (paint === 'main') return main;
  if (paint === 'dark') return mix(main, 0x000000, 0.4);
  if (paint === 'light') return mix(main, 0xffffff, 0.55);
  return paint;
}

/** Draws a picture centred at (cx, cy), `size` px across, in the given main colour. */
export function drawPicture(g: Phaser.GameObjects.Graphics, picture: Picture, cx: number, cy: number, size: number, main: number): void {
  for (const p of picture) {
    g.fillStyle(paintColour(p.paint, main), 1);
    if (p.kind === 'circle') g.fillCircle(cx + p.x * size, cy + p.y * size, p.r * size);
    else if (p.kind === 'ellipse') g.fillEllipse(cx + p.x * size, cy + p.y * size, 2 * p.rx * size, 2 * p.ry * size, 24);
    else g.fillPoints(p.points.map(([x, y]) => new Phaser.Math.Vector2(cx + x * size, cy + y * size)), true);
  }
}

/**
 * The texture of a picture at one size and colour, baked once and shared by
 * every object that looks the same: images are the cheapest thing to move.
 */
export function pictureTexture(scene: Phaser.Scene, key: string, picture: Picture, sizePx: number, main: number): string {
  if (scene.textures.exists(key)) return key;
  const g = scene.make.graphics({}, false);
  const box = Math.ceil(sizePx + 2 * PAD_PX);
  drawPicture(g, picture, box / 2, box / 2, sizePx, main);
  g.generateTexture(key, box, box);
  g.destroy();
  return key;
}

/** A soft shadow under a lifted object. */
export function shadowTexture(scene: Phaser.Scene): string {
  const key = 'sort-shadow';
  if (scene.textures.exists(key)) return key;
  const g = scene.make.graphics({}, false);
  g.fillStyle(0x2d2250, 0.18).fillCircle(64, 64, 60);
  g.generateTexture(key, 128, 128);
  g.destroy();
  return key;
}
