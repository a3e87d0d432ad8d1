import { svg } from '../../pictures/svg';
import { h } from './dom';

/** The usual parental-gate hold: long enough that a child pressing about does not get in by chance. */
export const HOLD_TO_OPEN_MS = 3000;

/**
 * A button that acts only after being held down for `holdMs`. A ring fills
 * while it is held; letting go early, or sliding off, empties it again.
 */
export function holdButton(options: { label: string; className: string; icon: SVGElement; holdMs?: number; onHeld: () => void }): HTMLButtonElement {
  const holdMs = options.holdMs ?? HOLD_TO_OPEN_MS;
  const ring = svg('circle', { cx: 24, cy: 24, r: 22, fill: 'none', stroke: 'currentColor', 'stroke-width': 3, pathLength: 100, 'stroke-dasharray': '0 100', transform: 'rotate(-90 24 24)' });
  const button = h('button', { class: `hold-button ${options.className}`, attrs: { type: 'button', 'aria-label': options.label } },
    options.icon, svg('svg', { viewBox: '0 0 48 48', class: 'hold-ring', 'aria-hidden': 'true' }, ring));
  let started: number | null = null;
  let frame = 0;
  const reset = () => {
    started = null;
    cancelAnimationFrame(frame);
    ring.setAttribute('stroke-dasharray', '0 100');
  };
  const tick = () => {
    if (started === null) return;
    const share = Math.min(1, (performance.now() - started) / holdMs);
    ring.setAttribute('stroke-dasharray', `${(share * 100).toFixed(1)} 100`);
    if (share >= 1) { reset(); swallowTheLiftsClick(); options.onHeld(); return; }
    frame = requestAnimationFrame(tick);
  };
  const start = () => {
    if (started !== null) return;
    started = performance.now();
    frame = requestAnimationFrame(tick);
  };
  button.addEventListener('pointerdown', (e) => { e.preventDefault(); start(); });
  for (const type of ['pointerup', 'pointercancel', 'pointerleave', 'blur'] as const) button.addEventListener(type, reset);
  // From a keyboard: hold Space or Enter just as long.
  button.addEventListener('keydown', (e) => { if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); start(); } });
  button.addEventListener('keyup', reset);
  // A click (keyboard, or a quick tap) does nothing: only the hold opens.
  button.addEventListener('contextmenu', (e) => e.preventDefault());
  return button;
}

/** A click that follows a lift by this much still belongs to it (touch clicks follow within a frame or two). */
const LIFT_CLICK_MS = 300;

/**
 * The hold has acted (often by changing the screen) while the finger is
 * still down. The lift that follows must not click whatever now lies under
 * it: on the home screen that is the "who is playing?" button. A new press
 * ends this at once: its click is a click of its own.
 */
function swallowTheLiftsClick(): void {
  const swallow = (e: Event) => { e.preventDefault(); e.stopPropagation(); };
  const stop = () => {
    window.removeEventListener('click', swallow, { capture: true });
    window.removeEventListener('pointerdown', stop, { capture: true });
  };
  window.addEventListener('click', swallow, { capture: true });
  window.addEventListener('pointerdown', stop, { capture: true });
  window.addEventListener('pointerup', () => setTimeout(stop, LIFT_CLICK_MS), { capture: true, once: true });
}
