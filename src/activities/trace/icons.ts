import { icon, svg } from '../../pictures/svg';
import { formDots, formTemplate, type FormId } from '../../forms/forms';
import type { GuideStage } from './params';

/** The Trace card: a pencil finishing a dotted wave. */
export function traceIcon(): SVGElement {
  return icon('0 0 120 90',
    svg('path', { d: 'M12 62c14-30 28-30 40 0s26 30 40 0', stroke: '#5b9bd5', 'stroke-width': 6, 'stroke-dasharray': '2 11' }),
    svg('path', { d: 'M12 62c14-30 28-30 40 0', stroke: '#6c3fd1', 'stroke-width': 7 }),
    svg('circle', { cx: 12, cy: 62, r: 7, fill: '#22b45a', stroke: '#fff', 'stroke-width': 3 }),
    svg('path', { d: 'M52 62 78 20l12 7-26 42-14 7z', fill: '#ffc933', stroke: '#8a5a00', 'stroke-width': 3 }),
    svg('path', { d: 'M78 20l4-7 12 7-4 7z', fill: '#f28b9b', stroke: '#8a5a00', 'stroke-width': 3 }));
}

const PATH = '#5b9bd5';
const CORRIDOR = '#d3e9fb';
const MODEL = '#2e3a59';
const START = { fill: '#22b45a', stroke: '#fff', 'stroke-width': 2 } as const;

/**
 * A form's picture drawn from its own template data, as the chosen stage of
 * help will show it: the path in its corridor, dotted, dots to join, or a
 * model card beside an empty box (copy), the model fading (memory).
 */
export function formIcon(form: FormId, stage: GuideStage = 'trace'): SVGElement {
  if (stage === 'copy' || stage === 'memory') return modelIcon(form, stage);
  const lines = formTemplate(form, 64);
  const at = (p: { x: number; y: number }) => ({ x: p.x + 40, y: p.y + 40 });
  const points = (line: (typeof lines)[number]) => line.map((p) => `${at(p).x.toFixed(2)},${at(p).y.toFixed(2)}`).join(' ');
  const start = at(lines[0]![0]!);
  const help: SVGElement[] = stage === 'trace'
    ? [...lines.map((line) => svg('polyline', { points: points(line), stroke: CORRIDOR, 'stroke-width': 10 })), ...lines.map((line) => svg('polyline', { points: points(line), stroke: PATH, 'stroke-width': 4 }))]
    : stage === 'dotted'
      ? lines.map((line) => svg('polyline', { points: points(line), stroke: PATH, 'stroke-width': 4, 'stroke-dasharray': '0.1 7' }))
      : formDots(form, 64).flat().map((p) => svg('circle', { cx: at(p).x, cy: at(p).y, r: 3.5, fill: PATH }));
  return icon('0 0 80 80', ...help, svg('circle', { cx: start.x, cy: start.y, r: 5.5, ...START }));
}

/** Copying: the form printed on a card, and the empty box beside it; from memory, the card's form fades. */
function modelIcon(form: FormId, stage: 'copy' | 'memory'): SVGElement {
  const lines = formTemplate(form, 24);
  const points = (line: (typeof lines)[number]) => line.map((p) => `${(p.x + 21).toFixed(2)},${(p.y + 40).toFixed(2)}`).join(' ');
  const faded: Record<string, string | number> = stage === 'memory' ? { 'stroke-dasharray': '3 4', opacity: 0.4 } : {};
  return icon('0 0 80 80',
    svg('rect', { x: 4, y: 16, width: 34, height: 48, rx: 5, fill: '#fff', stroke: '#c9d3e6', 'stroke-width': 2 }),
    ...lines.map((line) => svg('polyline', { points: points(line), stroke: MODEL, 'stroke-width': 3, ...faded })),
    svg('rect', { x: 42, y: 16, width: 34, height: 48, rx: 5, fill: '#fff', stroke: '#8fa3c7', 'stroke-width': 2, 'stroke-dasharray': '4 3' }));
}

/** Each guidance stage as a picture of the same small square, with less help each time. */
export function guideIcon(stage: GuideStage): SVGElement {
  const square = 'M20 16h40v40H20z';
  const card = (x: number, children: SVGElement[] = []) => [svg('rect', { x, y: 8, width: 34, height: 56, rx: 5, fill: '#fff', stroke: '#c9d3e6', 'stroke-width': 2 }), ...children];
  switch (stage) {
    case 'trace':
      return icon('0 0 80 72', svg('path', { d: square, stroke: '#d3e9fb', 'stroke-width': 11 }), svg('path', { d: square, stroke: '#5b9bd5', 'stroke-width': 4 }), svg('circle', { cx: 20, cy: 16, r: 5.5, fill: '#22b45a', stroke: '#fff', 'stroke-width': 2 }));
    case 'dotted':
      return icon('0 0 80 72', svg('path', { d: square, stroke: '#5b9bd5', 'stroke-width': 5, 'stroke-dasharray': '0.1 8' }), svg('circle', { cx: 20, cy: 16, r: 5.5, fill: '#22b45a', stroke: '#fff', 'stroke-width': 2 }));
    case 'dots':
      return icon('0 0 80 72', ...[[60, 16], [20, 56], [60, 56]].map(([cx, cy]) => svg('circle', { cx: cx!, cy: cy!, r: 5, fill: '#5b9bd5' })), svg('circle', { cx: 20, cy: 16, r: 5.5, fill: '#22b45a', stroke: '#fff', 'stroke-width': 2 }));
    case 'copy':
      return icon('0 0 80 72', ...card(4, [svg('path', { d: 'M11 25h20v20H11z', stroke: '#2e3a59', 'stroke-width': 3 })]), ...card(42));
    case 'memory':
      return icon('0 0 80 72', ...card(4, [svg('path', { d: 'M11 25h20v20H11z', stroke: '#2e3a59', 'stroke-width': 3, 'stroke-dasharray': '3 4', opacity: 0.35 }), svg('path', { d: 'M12 54c5 4 13 4 18 0', stroke: '#2e3a59', 'stroke-width': 2.5 })]), ...card(42));
  }
}
