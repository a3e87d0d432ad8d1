import type { SortRule } from '../../activities/sort';
import type { TargetMode } from '../../activities/targets';
import { formTemplate, type FormId, type GuideStage } from '../../activities/trace';
import { svg } from './dom';

/** Hand-written icons (see assets/CREDITS.md). All strokes are round and thick: friendly, legible at any size. */
const icon = (viewBox: string, ...children: SVGElement[]) =>
  svg('svg', { viewBox, 'aria-hidden': 'true', focusable: 'false', fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, ...children);

export function homeIcon(): SVGElement {
  return icon('0 0 48 48',
    svg('path', { d: 'M8 24 24 9l16 15', stroke: 'currentColor', 'stroke-width': 5 }),
    svg('path', { d: 'M13 21v18h22V21', stroke: 'currentColor', 'stroke-width': 5 }));
}

export function backIcon(): SVGElement {
  return icon('0 0 48 48', svg('path', { d: 'M29 10 15 24l14 14', stroke: 'currentColor', 'stroke-width': 6 }));
}

export function soundIcon(muted: boolean): SVGElement {
  return icon('0 0 48 48',
    svg('path', { d: 'M8 19h8l10-8v26l-10-8H8z', fill: 'currentColor', stroke: 'currentColor', 'stroke-width': 3 }),
    muted
      ? svg('path', { d: 'M33 18l10 12M43 18 33 30', stroke: 'currentColor', 'stroke-width': 4 })
      : svg('path', { d: 'M32 17c4 4 4 10 0 14M37 12c7 7 7 17 0 24', stroke: 'currentColor', 'stroke-width': 4 }));
}

export function doneIcon(): SVGElement {
  return icon('0 0 48 48', svg('path', { d: 'M10 25l9 9 19-20', stroke: 'currentColor', 'stroke-width': 7 }));
}

/** A big "play" triangle: start today's practice. */
export function playIcon(): SVGElement {
  return icon('0 0 48 48', svg('path', { d: 'M16 10v28l22-14z', fill: 'currentColor', stroke: 'currentColor', 'stroke-width': 4 }));
}

/** A circular arrow: start a session again from its first step. */
export function startAgainIcon(): SVGElement {
  return icon('0 0 48 48',
    svg('path', { d: 'M38 24a14 14 0 1 1-4.1-9.9', fill: 'none', stroke: 'currentColor', 'stroke-width': 5, 'stroke-linecap': 'round' }),
    svg('path', { d: 'M36 6v10H26', fill: 'none', stroke: 'currentColor', 'stroke-width': 5, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }));
}

/** Three dots: "more", for the grown-up's session controls. */
export function moreIcon(): SVGElement {
  return icon('0 0 48 48', ...[12, 24, 36].map((cx) => svg('circle', { cx, cy: 24, r: 4, fill: 'currentColor' })));
}

export function grownUpsIcon(): SVGElement {
  return icon('0 0 48 48',
    svg('rect', { x: 9, y: 8, width: 30, height: 34, rx: 4, stroke: 'currentColor', 'stroke-width': 4 }),
    svg('path', { d: 'M16 18h16M16 26h16M16 34h9', stroke: 'currentColor', 'stroke-width': 4 }));
}

/** The Trace card: a pencil finishing a dotted wave. */
export function traceIcon(): SVGElement {
  return icon('0 0 120 90',
    svg('path', { d: 'M12 62c14-30 28-30 40 0s26 30 40 0', stroke: '#5b9bd5', 'stroke-width': 6, 'stroke-dasharray': '2 11' }),
    svg('path', { d: 'M12 62c14-30 28-30 40 0', stroke: '#6c3fd1', 'stroke-width': 7 }),
    svg('circle', { cx: 12, cy: 62, r: 7, fill: '#22b45a', stroke: '#fff', 'stroke-width': 3 }),
    svg('path', { d: 'M52 62 78 20l12 7-26 42-14 7z', fill: '#ffc933', stroke: '#8a5a00', 'stroke-width': 3 }),
    svg('path', { d: 'M78 20l4-7 12 7-4 7z', fill: '#f28b9b', stroke: '#8a5a00', 'stroke-width': 3 }));
}

/** A form's picture drawn from its own template data, with its start dot. */
export function formIcon(form: FormId): SVGElement {
  const lines = formTemplate(form, 64);
  const polyline = (line: (typeof lines)[number]) => line.map((p) => `${(p.x + 40).toFixed(2)},${(p.y + 40).toFixed(2)}`).join(' ');
  const start = lines[0]![0]!;
  return icon('0 0 80 80',
    ...lines.map((line) => svg('polyline', { points: polyline(line), stroke: '#d3e9fb', 'stroke-width': 10 })),
    ...lines.map((line) => svg('polyline', { points: polyline(line), stroke: '#5b9bd5', 'stroke-width': 4 })),
    svg('circle', { cx: start.x + 40, cy: start.y + 40, r: 5.5, fill: '#22b45a', stroke: '#fff', 'stroke-width': 2 }));
}


/** Each guidance stage as a picture of the same small square, with less help each time. */
export function guideIcon(stage: GuideStage): SVGElement {
  const square = 'M20 16h40v40H20z';
  const card = (x: number, children: SVGElement[] = []) => [svg('rect', { x, y: 8, width: 34, height: 56, rx: 5, fill: '#fff', stroke: '#c9d3e6', 'stroke-width': 2 }), ...children];
  switch (stage) {
    case 'trace':
      return icon('0 0 80 72', svg('path', { d: square, stroke: '#d3e9fb', 'stroke-width': 11 }), svg('path', { d: square, stroke: '#5b9bd5', 'stroke-width': 3 }), svg('circle', { cx: 20, cy: 16, r: 5.5, fill: '#22b45a', stroke: '#fff', 'stroke-width': 2 }));
    case 'dotted':
      return icon('0 0 80 72', svg('path', { d: square, stroke: '#5b9bd5', 'stroke-width': 3.5, 'stroke-dasharray': '0.1 7', opacity: 0.7 }), svg('circle', { cx: 20, cy: 16, r: 5.5, fill: '#22b45a', stroke: '#fff', 'stroke-width': 2 }));
    case 'dots':
      return icon('0 0 80 72', ...[[60, 16], [20, 56], [60, 56]].map(([cx, cy]) => svg('circle', { cx: cx!, cy: cy!, r: 3.5, fill: '#5b9bd5' })), svg('circle', { cx: 20, cy: 16, r: 5.5, fill: '#22b45a', stroke: '#fff', 'stroke-width': 2 }));
    case 'copy':
      return icon('0 0 80 72', ...card(4, [svg('path', { d: 'M11 25h20v20H11z', stroke: '#2e3a59', 'stroke-width': 3 })]), ...card(42));
    case 'memory':
      return icon('0 0 80 72', ...card(4, [svg('path', { d: 'M11 25h20v20H11z', stroke: '#2e3a59', 'stroke-width': 3, 'stroke-dasharray': '3 4', opacity: 0.35 }), svg('path', { d: 'M12 54c5 4 13 4 18 0', stroke: '#2e3a59', 'stroke-width': 2.5 })]), ...card(42));
  }
}

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
