import { svgMarkup } from '../../pictures/svg';

/**
 * The mazes' place: a garden. Pale grass with a few flowers at the corners
 * and a soft sky strip along the top, kept to the edges so nothing looks
 * like a path or a dot. Sizes in mm.
 */
export function garden(w: number, h: number): string {
  const flower = (x: number, y: number, petal: string) =>
    [0, 72, 144, 216, 288].map((a) => `<circle cx="${(x + 2.2 * Math.cos((a * Math.PI) / 180)).toFixed(1)}" cy="${(y + 2.2 * Math.sin((a * Math.PI) / 180)).toFixed(1)}" r="1.6" fill="${petal}"/>`).join('') +
    `<circle cx="${x}" cy="${y}" r="1.2" fill="#f9d55b"/>`;
  return svgMarkup(w, h, { width: `${w}mm`, height: `${h}mm` },
    `<rect width="${w}" height="${h}" fill="#eef7e4"/><rect width="${w}" height="22" fill="#e4f1fb"/>` +
    flower(8, h - 8, '#f4a6c0') + flower(w - 9, h - 10, '#b9a4f0') + flower(14, h - 16, '#fbc58a') + flower(w - 16, h - 6, '#f4a6c0'));
}
