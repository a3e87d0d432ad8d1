/** The SVG namespace: an identifier that only names the element type, never fetched. */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes; icons are built from hand-written path data. */
export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: SVGElement[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  el.append(...children);
  return el;
}

/** Hand-written icons (see assets/CREDITS.md). All strokes are round and thick: friendly, legible at any size. */
export const icon = (viewBox: string, ...children: SVGElement[]) =>
  svg('svg', { viewBox, 'aria-hidden': 'true', focusable: 'false', fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, ...children);
