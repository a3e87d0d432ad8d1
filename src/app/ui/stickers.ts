import { svg } from '../../pictures/svg';

/**
 * Stickers a child earns by finishing a session, drawn in code (see
 * assets/CREDITS.md): bright, round shapes with a white die-cut border, like
 * the paper stickers therapists hand out.
 */
const STICKERS: readonly (() => SVGElement[])[] = [
  // star
  () => [svg('path', { d: 'M50 12l11 24 26 3-19 18 5 26-23-13-23 13 5-26-19-18 26-3z', fill: '#ffc629', stroke: '#e09a00', 'stroke-width': 3 })],
  // heart
  () => [svg('path', { d: 'M50 84C20 62 12 46 16 32c4-14 24-18 34-4 10-14 30-10 34 4 4 14-4 30-34 52z', fill: '#ff5f7e', stroke: '#d63a5b', 'stroke-width': 3 })],
  // sun
  () => [
    svg('path', { d: 'M50 8v14M50 78v14M8 50h14M78 50h14M20 20l10 10M70 70l10 10M80 20 70 30M30 70 20 80', stroke: '#ff9f1c', 'stroke-width': 7, 'stroke-linecap': 'round' }),
    svg('circle', { cx: 50, cy: 50, r: 22, fill: '#ffd23f', stroke: '#ff9f1c', 'stroke-width': 3 }),
  ],
  // flower
  () => [
    ...[0, 72, 144, 216, 288].map((angle) => svg('ellipse', { cx: 50, cy: 30, rx: 13, ry: 18, fill: '#c77dff', transform: `rotate(${angle} 50 50)` })),
    svg('circle', { cx: 50, cy: 50, r: 12, fill: '#ffd23f' }),
  ],
  // rainbow
  () => ['#ff595e', '#ffca3a', '#8ac926', '#1982c4'].map((colour, i) =>
    svg('path', { d: `M${16 + i * 8} 72a${34 - i * 8} ${34 - i * 8} 0 0 1 ${68 - i * 16} 0`, fill: 'none', stroke: colour, 'stroke-width': 8 })),
  // balloon
  () => [
    svg('path', { d: 'M50 68c-4 8 4 12 0 22', fill: 'none', stroke: '#5a5068', 'stroke-width': 3 }),
    svg('ellipse', { cx: 50, cy: 38, rx: 24, ry: 28, fill: '#2ec4b6', stroke: '#1a9c90', 'stroke-width': 3 }),
    svg('path', { d: 'M45 66h10l-5 5z', fill: '#1a9c90' }),
  ],
  // fish
  () => [
    svg('path', { d: 'M14 50c14-22 46-22 60 0-14 22-46 22-60 0zM74 50l14-14v28z', fill: '#ff8c42', stroke: '#d9661a', 'stroke-width': 3 }),
    svg('circle', { cx: 30, cy: 46, r: 4, fill: '#2d2250' }),
  ],
  // moon
  () => [svg('path', { d: 'M62 14a36 36 0 1 0 24 54A30 30 0 0 1 62 14z', fill: '#ffe066', stroke: '#e0b400', 'stroke-width': 3 })],
];

export const STICKER_COUNT = STICKERS.length;

export function stickerPicture(index: number): SVGElement {
  const draw = STICKERS[index % STICKERS.length]!;
  return svg('svg', { viewBox: '0 0 100 100', class: 'sticker', 'aria-hidden': 'true', focusable: 'false' },
    // The die-cut edge: a white disc behind the picture.
    svg('circle', { cx: 50, cy: 50, r: 47, fill: 'white', stroke: '#e7e1d4', 'stroke-width': 2 }),
    ...draw());
}
