import { icon, svg } from '../../pictures/svg';
import { colourPicture, type PictureId } from './pictures';

const OUTLINE = '#2d2250';
const css = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;

/** A picture's parts as SVG path data, scaled into a box `size` wide at (left, top). */
function picturePaths(id: PictureId, size: number, left: number, top: number, filled: (part: number) => boolean): SVGElement[] {
  const picture = colourPicture(id);
  const scale = size / Math.max(picture.width, picture.height);
  const x0 = left + (size - picture.width * scale) / 2, y0 = top + (size - picture.height * scale) / 2;
  const d = (line: readonly { x: number; y: number }[], close: boolean) => line.map((p, i) => `${i ? 'L' : 'M'}${(x0 + p.x * scale).toFixed(1)} ${(y0 + p.y * scale).toFixed(1)}`).join('') + (close ? 'Z' : '');
  return [
    ...picture.regions.map((region, r) => svg('path', { d: region.rings.map((ring) => d(ring, true)).join(''), 'fill-rule': 'evenodd', fill: filled(r) ? css(region.colour) : '#fffdf6', stroke: OUTLINE, 'stroke-width': 2.5, 'stroke-linejoin': 'round' })),
    ...picture.lines.map((line) => svg('path', { d: d(line, false), fill: 'none', stroke: OUTLINE, 'stroke-width': 2.5, 'stroke-linecap': 'round' })),
  ];
}

/** The Colour card: an apple half coloured, a crayon colouring it. */
export function colourIcon(): SVGElement {
  return icon('0 0 120 90',
    ...picturePaths('apple', 74, 10, 8, (r) => r === 1),
    svg('path', { d: 'M30 40l14 30', stroke: '#e53935', 'stroke-width': 9, 'stroke-linecap': 'round', opacity: 0.85 }),
    svg('g', { transform: 'translate(96 40) rotate(35)' },
      svg('rect', { x: -6, y: -30, width: 12, height: 44, rx: 2, fill: '#e53935', stroke: OUTLINE, 'stroke-width': 2 }),
      svg('path', { d: 'M-6 14L0 26L6 14Z', fill: '#f4c9a8', stroke: OUTLINE, 'stroke-width': 2, 'stroke-linejoin': 'round' })));
}

/** A picture as its picker card shows it: coloured in, as the child will make it. */
export function pictureIcon(id: PictureId): SVGElement {
  return icon('0 0 80 80', ...picturePaths(id, 64, 8, 8, () => true));
}
