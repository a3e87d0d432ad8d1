import { svgMarkup } from '../../pictures/svg';

/**
 * Sorting's place: a market stall. A striped awning with a scalloped edge in
 * the band along the top, and the grass the baskets stand on along the
 * bottom; the table between stays as it was. Sizes in mm.
 */
export function marketStall(widthMm: number, heightMm: number): string {
  const w = widthMm;
  const h = heightMm;
  const stripe = 12;
  const stripes = Array.from({ length: Math.ceil(w / stripe) }, (_, i) =>
    `<path d="M${i * stripe} 0h${stripe}v9a${stripe / 2} ${stripe / 2.4} 0 0 1 -${stripe} 0z" fill="${i % 2 ? '#fff6e8' : '#f7c8b8'}"/>`).join('');
  const tufts = Array.from({ length: Math.ceil(w / 9) }, (_, i) => `<path d="M${i * 9 + 2} ${h} l1.5 -3.5 l1.5 3.5 l1.5 -4.5 l1.5 4.5" fill="none" stroke="#9cc78a" stroke-width="0.7"/>`).join('');
  return svgMarkup(w, h, { width: `${w}mm`, height: `${h}mm` },
    `<rect width="${w}" height="${h}" fill="#fff8ec"/>` +
    stripes +
    `<rect y="${h - 7}" width="${w}" height="7" fill="#e3f1d4"/>` + tufts);
}
