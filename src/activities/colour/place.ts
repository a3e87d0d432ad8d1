import { svgMarkup } from '../../pictures/svg';

/**
 * Colouring's place: an art corner. A soft lilac wall with a few dabs of
 * paint in the corners and a strip of floorboards under the pots, kept to the
 * edges so nothing looks like a part to colour. Sizes in mm.
 */
export function artCorner(w: number, h: number): string {
  const dabs = [[8, 10, '#f7c8b8'], [w - 12, 14, '#cfe6f7'], [14, h * 0.55, '#f9e2a6'], [w - 10, h * 0.5, '#d6ecc9']]
    .map(([x, y, fill]) => `<circle cx="${x}" cy="${y}" r="4" fill="${fill}" opacity="0.8"/>`).join('');
  const boards = Array.from({ length: Math.ceil(w / 40) }, (_, i) => `<path d="M${i * 40} ${h - 30}v30" stroke="#d9c4a0" stroke-width="0.8"/>`).join('');
  return svgMarkup(w, h, { width: `${w}mm`, height: `${h}mm` },
    `<rect width="${w}" height="${h}" fill="#f3eefa"/><rect y="${h - 30}" width="${w}" height="30" fill="#ead8b8"/>${boards}${dabs}`);
}
