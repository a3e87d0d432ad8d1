import { icon, svg } from '../../pictures/svg';
import { cutSheet, type CutLineKind } from './cut-sheets';

const PAPER = '#fffdf6';
const EDGE = '#c9bfa8';
const LINE = '#3b2f7a';

/** Open scissors, their pivot at (x, y), pointing right: two blades and two finger loops. */
function scissors(x: number, y: number, scale = 1): SVGElement {
  return svg('g', { transform: `translate(${x} ${y}) scale(${scale})` },
    svg('path', { d: 'M0 0L26 -9', stroke: '#8d99a6', 'stroke-width': 5 }),
    svg('path', { d: 'M0 0L26 9', stroke: '#6f7b88', 'stroke-width': 5 }),
    svg('ellipse', { cx: -12, cy: -8, rx: 8, ry: 6, stroke: '#e5484d', 'stroke-width': 4.5 }),
    svg('ellipse', { cx: -12, cy: 8, rx: 8, ry: 6, stroke: '#e5484d', 'stroke-width': 4.5 }),
    svg('circle', { cx: 0, cy: 0, r: 2.5, fill: '#2d2250' }));
}

/** The Cut card: a sheet with a dashed line, half cut, the scissors at the end of the cut. */
export function cutIcon(): SVGElement {
  return icon('0 0 120 90',
    svg('path', { d: 'M14 14h92v62H14z', fill: PAPER, stroke: EDGE, 'stroke-width': 3 }),
    svg('path', { d: 'M14 46h92', stroke: LINE, 'stroke-width': 3, 'stroke-dasharray': '5 5' }),
    svg('path', { d: 'M14 46h42', stroke: '#2d2250', 'stroke-width': 2 }),
    scissors(60, 46, 1.1));
}

/** A line to cut as its picker card shows it: the sheet's own line (right-handed), printed dashed on its paper. */
export function lineIcon(kind: CutLineKind): SVGElement {
  const { paper, lines } = cutSheet(kind, kind === 'fringe' ? 25 : 80, 'right');
  const scale = 64 / Math.max(paper.width, paper.height);
  const width = paper.width * scale, height = paper.height * scale;
  const left = (80 - width) / 2, top = (80 - height) / 2;
  const path = lines.map((line) => line.map((p, i) => `${i ? 'L' : 'M'}${(left + p.x * scale).toFixed(1)} ${(top + p.y * scale).toFixed(1)}`).join('')).join('');
  return icon('0 0 80 80',
    svg('rect', { x: left, y: top, width, height, fill: PAPER, stroke: EDGE, 'stroke-width': 2 }),
    svg('path', { d: path, stroke: LINE, 'stroke-width': 3, 'stroke-dasharray': '4 3' }));
}
