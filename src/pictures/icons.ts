import { icon, svg } from './svg';

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

/** An open book: the child's sticker book. */
export function bookIcon(): SVGElement {
  return icon('0 0 48 48',
    svg('path', { d: 'M24 13c-5-4-12-4-18-2v26c6-2 13-2 18 2 5-4 12-4 18-2V11c-6-2-13-2-18 2z', fill: '#ffe6a8', stroke: 'currentColor', 'stroke-width': 4 }),
    svg('path', { d: 'M24 13v26', stroke: 'currentColor', 'stroke-width': 4 }),
    svg('circle', { cx: 15, cy: 23, r: 4, fill: '#ff5f7e', stroke: 'none' }),
    svg('path', { d: 'M33 19l2 4 4 .5-3 3 1 4-4-2-4 2 1-4-3-3 4-.5z', fill: '#ffc629', stroke: 'none' }));
}

export function grownUpsIcon(): SVGElement {
  return icon('0 0 48 48',
    svg('rect', { x: 9, y: 8, width: 30, height: 34, rx: 4, stroke: 'currentColor', 'stroke-width': 4 }),
    svg('path', { d: 'M16 18h16M16 26h16M16 34h9', stroke: 'currentColor', 'stroke-width': 4 }));
}

