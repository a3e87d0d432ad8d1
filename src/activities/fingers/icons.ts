import { icon, svg } from '../../pictures/svg';
import type { FingersMode } from './params';

const SKIN = '#f6c9a8';
const SKIN_EDGE = '#d99c77';
const INK = '#2d2250';
const LIGHT = '#ffcf3f';
const DRUM = '#e76f51';

/** A hand laid flat, palm at (x, y), `s` its scale; the dot at the finger `lit` (1 index … 4 little) glows. */
function hand(x: number, y: number, s: number, lit = 0, mirror = false): SVGElement[] {
  const tips = [[-0.52, 0.05], [-0.2, -0.5], [0.03, -0.58], [0.24, -0.5], [0.45, -0.3]] as const;
  const side = mirror ? -1 : 1;
  return [
    ...tips.map(([tx, ty]) => svg('line', { x1: x, y1: y + 6 * s, x2: x + tx * 60 * s * side, y2: y + ty * 60 * s, stroke: SKIN, 'stroke-width': 11 * s, 'stroke-linecap': 'round' })),
    svg('circle', { cx: x, cy: y + 8 * s, r: 17 * s, fill: SKIN, stroke: SKIN_EDGE, 'stroke-width': 1.2 }),
    svg('circle', { cx: x + tips[0][0] * 60 * s * side, cy: y + tips[0][1] * 60 * s, r: 6 * s, fill: 'none', stroke: INK, 'stroke-width': 1.6 }),
    ...(lit ? [svg('circle', { cx: x + tips[lit]![0] * 60 * s * side, cy: y + tips[lit]![1] * 60 * s, r: 6.5 * s, fill: LIGHT, stroke: '#e0a800', 'stroke-width': 1.5 })] : []),
  ];
}

function target(x: number, y: number, r: number, fill = '#5b8def'): SVGElement[] {
  return [svg('circle', { cx: x, cy: y, r, fill, stroke: '#fff', 'stroke-width': 2.5 }), svg('circle', { cx: x, cy: y, r: r * 0.45, fill: '#fff', opacity: 0.5 })];
}

function drum(x: number, y: number, r: number): SVGElement[] {
  return [
    svg('ellipse', { cx: x, cy: y + r * 0.35, rx: r, ry: r * 0.55, fill: '#b5533c' }),
    svg('ellipse', { cx: x, cy: y, rx: r, ry: r * 0.55, fill: DRUM, stroke: '#fff', 'stroke-width': 2 }),
  ];
}

const PICTURES: Record<FingersMode, () => SVGElement[]> = {
  isolate: () => hand(40, 50, 0.8, 2),
  tap: () => [...target(40, 44, 20), ...[0, 1, 2].map((i) => svg('path', { d: `M${62 + i * 4} ${28 + i * 2}q6 16 0 32`, fill: 'none', stroke: INK, 'stroke-width': 2, 'stroke-linecap': 'round', opacity: 1 - i * 0.3 }))],
  rhythm: () => [...drum(36, 46, 22), svg('path', { d: 'M62 18v20', stroke: INK, 'stroke-width': 2.5 }), svg('ellipse', { cx: 59, cy: 38, rx: 4.5, ry: 3.2, fill: INK })],
  together: () => [...target(20, 46, 14), ...target(60, 46, 14), svg('path', { d: 'M20 22v8M60 22v8', stroke: INK, 'stroke-width': 3, 'stroke-linecap': 'round' })],
  hold: () => [...drum(22, 46, 16), ...target(58, 26, 8, LIGHT), ...target(48, 56, 8), ...target(68, 56, 8)],
  mirror: () => [
    svg('circle', { cx: 22, cy: 40, r: 15, fill: 'none', stroke: '#7a5af5', 'stroke-width': 4 }),
    svg('circle', { cx: 58, cy: 40, r: 15, fill: 'none', stroke: '#7a5af5', 'stroke-width': 4 }),
    svg('line', { x1: 40, y1: 14, x2: 40, y2: 68, stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '3 4' }),
  ],
};

/** The Fingers card: a hand on its outline, one dot lit, beside a drum. */
export function fingersIcon(): SVGElement {
  return icon('0 0 120 90', ...hand(44, 56, 0.9, 1), ...drum(96, 58, 14));
}

/** Each game as a picture. */
export function modeIcon(mode: FingersMode): SVGElement {
  return icon('0 0 80 80', ...PICTURES[mode]());
}
