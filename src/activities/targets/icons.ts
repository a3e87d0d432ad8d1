import { icon, svg } from '../../pictures/svg';
import type { TargetMode } from './params';

/** The Targets card: bubbles of three sizes, the smallest just popped. */
export function targetsIcon(): SVGElement {
  return icon('0 0 120 90',
    svg('circle', { cx: 38, cy: 46, r: 22, fill: '#7cc8f2', stroke: '#3b9ed9', 'stroke-width': 3 }),
    svg('ellipse', { cx: 30, cy: 37, rx: 7, ry: 4, fill: '#fff', opacity: 0.8 }),
    svg('circle', { cx: 78, cy: 30, r: 12, fill: '#7cc8f2', stroke: '#3b9ed9', 'stroke-width': 3 }),
    svg('path', { d: 'M88 62l5-5M98 66h7M92 74l5 5M80 74l-4 5', stroke: '#3b9ed9', 'stroke-width': 3.5 }),
    svg('circle', { cx: 86, cy: 68, r: 3, fill: '#3b9ed9' }));
}

/** Each targets mode as a picture: one bubble, the ring of targets, two fingertips round a ladybug. */
export function modeIcon(mode: TargetMode): SVGElement {
  switch (mode) {
    case 'pop':
      return icon('0 0 80 80', svg('circle', { cx: 40, cy: 40, r: 20, fill: '#7cc8f2', stroke: '#3b9ed9', 'stroke-width': 3 }), svg('ellipse', { cx: 33, cy: 32, rx: 6, ry: 3.5, fill: '#fff', opacity: 0.8 }));
    case 'ring':
      return icon('0 0 80 80', ...Array.from({ length: 13 }, (_, i) => {
        const a = -Math.PI / 2 + (i * 2 * Math.PI) / 13;
        return svg('circle', { cx: 40 + 27 * Math.cos(a), cy: 40 + 27 * Math.sin(a), r: 5, ...(i === 0 ? { fill: '#22b45a' } : { stroke: '#8fa3c7', 'stroke-width': 2 }) });
      }));
    case 'pinch':
      return icon('0 0 80 80',
        svg('circle', { cx: 40, cy: 44, r: 10, fill: '#e5484d' }),
        svg('circle', { cx: 40, cy: 35, r: 4.5, fill: '#2d2250' }),
        svg('path', { d: 'M14 22c8 4 13 12 14 20M66 22c-8 4-13 12-14 20', stroke: '#c89b7b', 'stroke-width': 9 }));
  }
}
