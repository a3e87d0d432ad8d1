import { svgMarkup } from '../../pictures/svg';

/**
 * Cutting's place: a craft table. Pale wood with a few long grain lines, a
 * strip of coloured paper scraps along the bottom edge and a pencil pot's
 * pencils peeking in at a top corner, all kept to the edges so nothing
 * looks like a line to cut. Sizes in mm.
 */
export function craftTable(w: number, h: number): string {
  const grain = Array.from({ length: Math.ceil(h / 14) }, (_, i) => {
    const y = 20 + i * 14;
    return `<path d="M0 ${y} q${w / 4} ${i % 2 ? 2 : -2} ${w / 2} 0 t${w / 2} 0" fill="none" stroke="#ead8b8" stroke-width="0.8"/>`;
  }).join('');
  const scraps = ['#f7c8b8', '#cfe6f7', '#f9e2a6', '#d6ecc9'].map((fill, i) =>
    `<path d="M${w * (0.08 + i * 0.25)} ${h} l3 -6 l9 2 l-2 4z" fill="${fill}"/>`).join('');
  const pencils = ['#e5484d', '#3b82f6', '#22b45a'].map((fill, i) =>
    `<path d="M${w - 14 + i * 4} 0v12l1.5 3 1.5 -3v-12z" fill="${fill}" opacity="0.7"/>`).join('');
  return svgMarkup(w, h, { width: `${w}mm`, height: `${h}mm` }, `<rect width="${w}" height="${h}" fill="#f6ead2"/>${grain}${scraps}${pencils}`);
}
