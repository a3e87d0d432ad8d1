import type { Profile } from '../schema/profile';
import { svg } from './svg';

type Avatar = Profile['avatar'];

/** Each animal: face colour, what sits on top of the head (ears, tufts), and any extra marks. */
const LOOKS: Record<Avatar, { face: string; ears: () => SVGElement[]; marks?: () => SVGElement[] }> = {
  cat: { face: '#f5a65b', ears: () => [svg('path', { d: 'M14 22 18 6l12 10zM50 22 46 6 34 16z', fill: '#f5a65b' })] },
  bear: { face: '#a0714f', ears: () => [svg('circle', { cx: 15, cy: 14, r: 8, fill: '#a0714f' }), svg('circle', { cx: 49, cy: 14, r: 8, fill: '#a0714f' })] },
  rabbit: { face: '#e9e4f0', ears: () => [svg('ellipse', { cx: 22, cy: 8, rx: 5, ry: 14, fill: '#e9e4f0' }), svg('ellipse', { cx: 42, cy: 8, rx: 5, ry: 14, fill: '#e9e4f0' })] },
  frog: { face: '#6bbf3a', ears: () => [svg('circle', { cx: 20, cy: 14, r: 9, fill: '#6bbf3a' }), svg('circle', { cx: 44, cy: 14, r: 9, fill: '#6bbf3a' })] },
  owl: { face: '#8a6bbf', ears: () => [svg('path', { d: 'M12 20 14 4l10 12zM52 20 50 4 40 16z', fill: '#8a6bbf' })], marks: () => [svg('circle', { cx: 24, cy: 32, r: 8, fill: '#fff' }), svg('circle', { cx: 40, cy: 32, r: 8, fill: '#fff' })] },
  fox: { face: '#f28c28', ears: () => [svg('path', { d: 'M12 24 14 4l14 12zM52 24 50 4 36 16z', fill: '#f28c28' })], marks: () => [svg('path', { d: 'M20 42q12 12 24 0-12 6-24 0z', fill: '#fff' })] },
  mouse: { face: '#b9bcc8', ears: () => [svg('circle', { cx: 13, cy: 16, r: 11, fill: '#b9bcc8' }), svg('circle', { cx: 51, cy: 16, r: 11, fill: '#b9bcc8' })] },
  panda: { face: '#ffffff', ears: () => [svg('circle', { cx: 15, cy: 14, r: 8, fill: '#2d2250' }), svg('circle', { cx: 49, cy: 14, r: 8, fill: '#2d2250' })], marks: () => [svg('ellipse', { cx: 24, cy: 32, rx: 6, ry: 8, fill: '#2d2250' }), svg('ellipse', { cx: 40, cy: 32, rx: 6, ry: 8, fill: '#2d2250' })] },
};

/** A friendly animal face, drawn in code: a child finds their own without reading. */
export function avatarPicture(avatar: Avatar): SVGElement {
  const look = LOOKS[avatar];
  return svg('svg', { viewBox: '0 0 64 64', 'aria-hidden': 'true', focusable: 'false' },
    ...look.ears(),
    svg('circle', { cx: 32, cy: 36, r: 22, fill: look.face, stroke: '#2d2250', 'stroke-opacity': 0.15, 'stroke-width': 2 }),
    ...(look.marks?.() ?? []),
    svg('circle', { cx: 24, cy: 32, r: 3.5, fill: '#2d2250' }),
    svg('circle', { cx: 40, cy: 32, r: 3.5, fill: '#2d2250' }),
    svg('path', { d: 'M27 43q5 4 10 0', fill: 'none', stroke: '#2d2250', 'stroke-width': 2.5, 'stroke-linecap': 'round' }));
}
