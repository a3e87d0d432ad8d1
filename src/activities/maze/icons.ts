import { icon, svg } from '../../pictures/svg';
import { dotPicture } from './dot-pictures';
import type { MazeMode } from './params';

const HEDGE = '#4f9a4a';
const PATH = '#f3e2b3';
const INK = '#2d2250';

/** A little hedge maze with its path winding through: the picture of mazes everywhere. */
function mazePicture(x: number, y: number, size: number): SVGElement[] {
  const c = size / 3;
  const route = `M${x - c * 0.4} ${y + c / 2}H${x + 2.5 * c}V${y + 1.5 * c}H${x + c / 2}V${y + 2.5 * c}H${x + size + c * 0.4}`;
  return [
    svg('rect', { x, y, width: size, height: size, rx: 4, fill: HEDGE }),
    svg('path', { d: route, fill: 'none', stroke: PATH, 'stroke-width': c * 0.62, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
  ];
}

/** Five dots of the star, joined half way round, the next one ringed. */
function dotsPicture(x: number, y: number, size: number): SVGElement[] {
  const star = dotPicture('star', 5, 30);
  const scale = size / Math.max(star.width, star.height);
  const at = star.dots.map((p) => ({ x: x + p.x * scale, y: y + p.y * scale }));
  return [
    svg('path', { d: at.slice(0, 3).map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(''), fill: 'none', stroke: '#e0a800', 'stroke-width': 3.5, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
    ...at.map((p, i) => svg('circle', { cx: p.x, cy: p.y, r: i === 3 ? 6 : 4, fill: i === 3 ? '#fff' : INK, stroke: INK, 'stroke-width': i === 3 ? 3 : 0 })),
  ];
}

/** The Mazes card: a hedge maze beside a half-joined dot-to-dot. */
export function mazeIcon(): SVGElement {
  return icon('0 0 120 90', ...mazePicture(8, 22, 50), ...dotsPicture(68, 20, 46));
}

/** Each mode as a picture: the maze, or the dots. */
export function modeIcon(mode: MazeMode): SVGElement {
  return icon('0 0 80 80', ...(mode === 'maze' ? mazePicture(14, 14, 52) : dotsPicture(12, 12, 56)));
}
