import { icon, svg } from '../../pictures/svg';
import type { SortRule } from './params';

/** The Sort card: a wicker basket, one bead dropping in, two waiting on the table. */
export function sortIcon(): SVGElement {
  return icon('0 0 120 90',
    svg('path', { d: 'M30 50h60l-7 30H37z', fill: '#f2d49b', stroke: '#c9974a', 'stroke-width': 4 }),
    svg('path', { d: 'M34 62h52M36 71h48', stroke: '#c9974a', 'stroke-width': 2.5, opacity: 0.6 }),
    svg('circle', { cx: 60, cy: 30, r: 9, fill: '#3b82f6', stroke: '#2459a8', 'stroke-width': 2.5 }),
    svg('path', { d: 'M60 12v-6', stroke: '#9b8f7a', 'stroke-width': 3, 'stroke-dasharray': '2 4' }),
    svg('circle', { cx: 14, cy: 76, r: 7, fill: '#e5484d', stroke: '#a3262a', 'stroke-width': 2.5 }),
    svg('path', { d: 'M99 70l8 13H91z', fill: '#f5c518', stroke: '#b08900', 'stroke-width': 2.5 }));
}

/** Each sorting rule as a picture: what the bins will show. */
export function ruleIcon(rule: SortRule): SVGElement {
  const bead = (cx: number, fill: string, r = 9) => svg('circle', { cx, cy: 40, r, fill, stroke: '#2d2250', 'stroke-width': 2, 'stroke-opacity': 0.25 });
  switch (rule) {
    case 'color':
      return icon('0 0 80 80', bead(18, '#e5484d'), bead(40, '#3b82f6'), bead(62, '#f5c518'));
    case 'shape':
      return icon('0 0 80 80',
        svg('circle', { cx: 16, cy: 40, r: 9, stroke: '#4a5068', 'stroke-width': 4 }),
        svg('path', { d: 'M32 31h17v17H32z', stroke: '#4a5068', 'stroke-width': 4 }),
        svg('path', { d: 'M65 30l10 18H55z', stroke: '#4a5068', 'stroke-width': 4 }));
    case 'size':
      return icon('0 0 80 80', bead(20, '#8e5bd8', 6), bead(52, '#8e5bd8', 17));
    case 'category':
      return icon('0 0 80 80',
        svg('circle', { cx: 22, cy: 44, r: 12, fill: '#e5484d' }),
        svg('path', { d: 'M22 32c0-5 3-8 7-9', stroke: '#3f9e3f', 'stroke-width': 3 }),
        svg('ellipse', { cx: 54, cy: 42, rx: 12, ry: 9, fill: '#3b9ed9' }),
        svg('path', { d: 'M63 42l11-8v16z', fill: '#3b9ed9' }),
        svg('circle', { cx: 49, cy: 40, r: 2, fill: '#2d2250' }));
  }
}
