import { svgMarkup } from '../../pictures/svg';

/**
 * The fingers' place: a music room. A warm wall with a soft floor strip and
 * a few notes floating at the corners, kept to the edges so nothing looks
 * like a target. Sizes in mm.
 */
export function musicRoom(w: number, h: number): string {
  const note = (x: number, y: number, colour: string) =>
    `<ellipse cx="${x}" cy="${y}" rx="2.2" ry="1.6" fill="${colour}" transform="rotate(-20 ${x} ${y})"/><rect x="${x + 1.6}" y="${y - 8}" width="0.8" height="8" fill="${colour}"/>`;
  return svgMarkup(w, h, { width: `${w}mm`, height: `${h}mm` },
    `<rect width="${w}" height="${h}" fill="#fbf3ea"/><rect y="${h - 14}" width="${w}" height="14" fill="#f1e1cf"/>` +
    note(10, h - 24, '#e6b3c9') + note(w - 12, h - 26, '#b9c8ef') + note(w - 22, 34, '#f2cf9a') + note(18, 38, '#bfe0c8'));
}
