import { svg } from '../../pictures/svg';
import { strings } from '../../text/strings';
import { h } from './dom';

/** The jar's inside, in its 48 × 60 box: the fill rises from the bottom to the top of this. */
const INSIDE = { top: 16, bottom: 54 } as const;

/**
 * How far a free-play round has come, as a jar filling with gold: a child
 * sees the end coming without counting or reading. Drawn in code; the
 * grown-up's screen reader hears "3 of 6".
 */
export function roundJar(): { element: HTMLElement; show(done: number, total: number): void } {
  const fill = svg('rect', { x: 6, y: INSIDE.bottom, width: 36, height: 0, fill: '#ffc629', 'clip-path': 'url(#round-jar-inside)' });
  const picture = svg('svg', { viewBox: '0 0 48 60', 'aria-hidden': 'true', focusable: 'false' },
    svg('defs', {}, svg('clipPath', { id: 'round-jar-inside' }, svg('path', { d: 'M10 16h28v32a6 6 0 0 1-6 6H16a6 6 0 0 1-6-6z' }))),
    svg('path', { d: 'M10 16h28v32a6 6 0 0 1-6 6H16a6 6 0 0 1-6-6z', fill: 'rgba(255,255,255,0.85)' }),
    fill,
    svg('path', { d: 'M10 16h28v32a6 6 0 0 1-6 6H16a6 6 0 0 1-6-6z', fill: 'none', stroke: '#7a8fb5', 'stroke-width': 3 }),
    svg('rect', { x: 7, y: 8, width: 34, height: 8, rx: 3, fill: '#f28b9b', stroke: '#c2566a', 'stroke-width': 2 }),
    svg('path', { d: 'M15 22v22', stroke: 'white', 'stroke-width': 3, 'stroke-linecap': 'round', opacity: 0.7 }));
  const element = h('div', { class: 'round-jar', attrs: { role: 'img' } }, picture);
  return {
    element,
    show(done, total) {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const height = (INSIDE.bottom - INSIDE.top) * share;
      fill.setAttribute('y', String(INSIDE.bottom - height));
      fill.setAttribute('height', String(height));
      element.setAttribute('aria-label', strings.play.progress(done, total));
      element.dataset.done = String(done);
      element.dataset.total = String(total);
      // A little bounce for each step: the jar noticed.
      element.classList.remove('filled');
      void element.offsetWidth;
      element.classList.add('filled');
    },
  };
}
