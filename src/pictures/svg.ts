/** The SVG namespace: an identifier that only names the element type, never fetched. */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes; icons are built from hand-written path data. */
export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: SVGElement[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  el.append(...children);
  return el;
}

/**
 * An SVG document as markup (for baking into a texture, or a background),
 * drawn in a `width` × `height` box and rendered at `size` (CSS units: "80",
 * "120mm"). The markup only names the SVG namespace; nothing is fetched.
 */
export function svgMarkup(width: number, height: number, size: { width: string; height: string }, inner: string): string {
  return `<svg xmlns="${SVG_NS}" viewBox="0 0 ${width} ${height}" width="${size.width}" height="${size.height}">${inner}</svg>`;
}

/** SVG markup as an image address (CSP: img-src allows data:). */
export function svgDataUrl(markup: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
}

/** Hand-written icons (see assets/CREDITS.md). All strokes are round and thick: friendly, legible at any size. */
export const icon = (viewBox: string, ...children: SVGElement[]) =>
  svg('svg', { viewBox, 'aria-hidden': 'true', focusable: 'false', fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, ...children);
