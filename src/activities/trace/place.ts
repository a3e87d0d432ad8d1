import { svgMarkup } from '../../pictures/svg';

/**
 * Tracing's place: a meadow. Soft hills along the bottom edge, a sun and two
 * clouds in the band along the top; the middle, where the form is, stays
 * plain cream so the path and its corridor keep their contrast. Sizes in mm.
 */
export function meadow(widthMm: number, heightMm: number): string {
  const w = widthMm;
  const h = heightMm;
  const hill = (y: number, colour: string, phase: number) =>
    `<path d="M0 ${h} V${h - y} ${Array.from({ length: 6 }, (_, i) => `Q${((i + 0.5) * w) / 6} ${h - y - (i % 2 === phase ? 6 : -2)} ${((i + 1) * w) / 6} ${h - y}`).join(' ')} V${h} Z" fill="${colour}"/>`;
  const flower = (x: number, colour: string) =>
    `<g transform="translate(${x} ${h - 6})"><path d="M0 0v4" stroke="#7fb069" stroke-width="0.8"/>${[0, 72, 144, 216, 288].map((a) => `<circle cx="${1.6 * Math.cos((a * Math.PI) / 180)}" cy="${1.6 * Math.sin((a * Math.PI) / 180)}" r="1.2" fill="${colour}"/>`).join('')}<circle r="0.9" fill="#ffd23f"/></g>`;
  const cloud = (x: number, y: number) => `<g fill="white" opacity="0.9"><ellipse cx="${x}" cy="${y}" rx="9" ry="4"/><ellipse cx="${x + 5}" cy="${y - 2.5}" rx="6" ry="4"/><ellipse cx="${x - 5}" cy="${y - 1}" rx="5" ry="3"/></g>`;
  return svgMarkup(w, h, { width: `${w}mm`, height: `${h}mm` },
    `<rect width="${w}" height="${h}" fill="#fff8ec"/>` +
    `<circle cx="${w * 0.72}" cy="11" r="6.5" fill="#ffe08a"/>` +
    cloud(w * 0.42, 11) + cloud(w * 0.86, 15) +
    hill(14, '#e3f1d4', 0) + hill(8, '#cfe7b8', 1) +
    [0.08, 0.2, 0.33, 0.61, 0.78, 0.92].map((f, i) => flower(w * f, ['#ff9fb2', '#c9a7ff', '#ffb86b'][i % 3]!)).join(''));
}

/** The meadow's traveller: a ladybug, head up, that walks the path as the child's ink goes (12 mm long on screen). */
export function ladybug(): string {
  return svgMarkup(40, 48, { width: '80', height: '96' },
    `<path d="M12 10 8 4M28 10l4-6" stroke="#2d2250" stroke-width="2.5" stroke-linecap="round"/>` +
    `<circle cx="20" cy="12" r="8" fill="#2d2250"/>` +
    `<ellipse cx="20" cy="29" rx="15" ry="16" fill="#ff5a4e" stroke="#2d2250" stroke-width="2.5"/>` +
    `<path d="M20 14v30" stroke="#2d2250" stroke-width="2"/>` +
    `<circle cx="13" cy="24" r="3" fill="#2d2250"/><circle cx="27" cy="24" r="3" fill="#2d2250"/><circle cx="12" cy="35" r="2.6" fill="#2d2250"/><circle cx="28" cy="35" r="2.6" fill="#2d2250"/>` +
    `<circle cx="17" cy="10" r="1.6" fill="white"/><circle cx="23" cy="10" r="1.6" fill="white"/>`);
}
