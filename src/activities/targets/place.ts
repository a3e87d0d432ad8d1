import { svgMarkup } from '../../pictures/svg';

/**
 * Targets' places, one per game, drawn pale so the targets keep their
 * contrast, and kept to the edges so nothing looks like a target: nothing
 * round and nothing bright where targets appear. Sizes in mm.
 */
/** A place `w` × `h` mm on a ground of `fill`. */
const place = (w: number, h: number, fill: string, inner: string) => svgMarkup(w, h, { width: `${w}mm`, height: `${h}mm` }, `<rect width="${w}" height="${h}" fill="${fill}"/>${inner}`);

/** Pop: under water. Gentle waves along the top, weed along the bottom edge, and small fish that are plainly not bubbles. */
export function underWater(w: number, h: number): string {
  const waves = Array.from({ length: Math.ceil(w / 16) }, () => 'q4 -2.5 8 0 t8 0').join(' ');
  const weed = (x: number, tall: number) => `<path d="M${x} ${h} c-3 ${-tall / 3} 3 ${-tall / 2} 0 ${-tall} c3 ${tall / 3} -2 ${tall / 2} 1 ${tall}" fill="none" stroke="#a8d8b9" stroke-width="1.6" stroke-linecap="round"/>`;
  const fish = (x: number, y: number, flip: boolean) => `<g transform="translate(${x} ${y}) scale(${flip ? -1 : 1} 1)" opacity="0.55"><path d="M-5 0c3-3.5 8-3.5 10 0-2 3.5-7 3.5-10 0zM5 0l3.5-2.5v5z" fill="#ffcf99"/></g>`;
  return place(w, h, '#f1f8fb',
    `<rect width="${w}" height="18" fill="#e4f2f8"/>` +
    `<path d="M0 18 ${waves}" fill="none" stroke="#c7e3ef" stroke-width="1.2"/>` +
    [0.04, 0.09, 0.9, 0.95].map((f, i) => weed(w * f, 10 + (i % 2) * 5)).join('') +
    fish(w * 0.25, h - 3.5, false) + fish(w * 0.7, h - 3, true));
}

/** Pinch: a picnic. A pale gingham cloth, with a scalloped hem along the top. */
export function picnic(w: number, h: number): string {
  const square = 10;
  const checks = Array.from({ length: Math.ceil(w / square) }, (_, i) => i % 2 === 0 ? `<rect x="${i * square}" width="${square}" height="${h}" fill="#fbe3e0" opacity="0.6"/>` : '').join('') +
    Array.from({ length: Math.ceil(h / square) }, (_, j) => j % 2 === 0 ? `<rect y="${j * square}" width="${w}" height="${square}" fill="#fbe3e0" opacity="0.6"/>` : '').join('');
  const hem = Array.from({ length: Math.ceil(w / 8) }, (_, i) => `<circle cx="${i * 8 + 4}" cy="3" r="4" fill="#f3c4bd"/>`).join('');
  return place(w, h, '#fffaf6', checks + `<rect width="${w}" height="3" fill="#f3c4bd"/>` + hem);
}

/** The ring: a fair. Bunting strung along the top band; the middle stays plain for the ring. */
export function fair(w: number, h: number): string {
  const flags = Array.from({ length: Math.ceil(w / 9) }, (_, i) => `<path d="M${i * 9} 4 l4.5 8 l4.5 -8z" fill="${['#ffb3a7', '#ffe08a', '#b5e3c6', '#b8d8f5'][i % 4]}"/>`).join('');
  return place(w, h, '#fff8ec',
    `<path d="M0 4 H${w}" stroke="#d9c7a3" stroke-width="0.6"/>` + flags +
    `<rect y="${h - 5}" width="${w}" height="5" fill="#f3e6cf"/>`);
}
