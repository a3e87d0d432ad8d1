import { cssPxToMm, type MmFrame } from '../geometry/frame';
import { cssPxPoint } from '../geometry/units';
import type { InputSample, StrokeListener } from './input-sample';

export interface PointerInputOptions {
  /** CSS px per mm of this screen. */
  pxPerMm: number;
  /** How many pointers may draw at once; tracing takes only the first. */
  maxPointers?: number;
  /**
   * A touch the activity expects beside a pen, which palm rejection keeps
   * (cutting: the other hand holding the paper at its mark). Any other touch
   * while a pen is down is a resting palm.
   */
  keepsTouch?(sample: InputSample): boolean;
}

export interface PointerInput {
  /** The frame samples are measured in: the element's top-left corner. */
  readonly frame: MmFrame;
  /** Re-read the element's position, after a resize or an orientation change. */
  refreshFrame(): void;
  detach(): void;
}

/**
 * Native PointerEvents on one element. Phaser only sees mouse and touch
 * events, which carry no pressure, tilt or pen/finger distinction and drop the
 * coalesced samples a stylus delivers between frames, so input comes from here.
 */
export function attachPointerInput(element: HTMLElement, listener: StrokeListener, { pxPerMm, maxPointers = Infinity, keepsTouch = () => false }: PointerInputOptions): PointerInput {
  let frame: MmFrame = readFrame();
  const active = new Map<number, PointerEvent['pointerType']>();
  /** Touches palm rejection leaves alone (keepsTouch). */
  const kept = new Set<number>();
  /** Each pointer's latest sample time: a stroke's time never runs backwards. */
  const lastT = new Map<number, number>();

  function readFrame(): MmFrame {
    const rect = element.getBoundingClientRect();
    return { left: rect.left, top: rect.top, pxPerMm };
  }

  function toSample(e: PointerEvent): InputSample {
    const { x, y } = cssPxToMm(cssPxPoint(e.clientX, e.clientY), frame);
    // A burst of touches can deliver a coalesced sample stamped before the event already seen (the chaos monkey found one):
    // durations and speeds need time that only goes forward, so such a sample is taken as simultaneous with the last.
    const t = Math.max(e.timeStamp, lastT.get(e.pointerId) ?? -Infinity);
    lastT.set(e.pointerId, t);
    return {
      x, y,
      t,
      pressure: e.pressure,
      tiltX: e.tiltX,
      tiltY: e.tiltY,
      pointerType: e.pointerType === 'pen' ? 'pen' : e.pointerType === 'mouse' ? 'mouse' : 'touch',
      pointerId: e.pointerId,
      // Browsers report 1×1 CSS px when they know no contact size.
      contact: e.width > 1 || e.height > 1 ? { widthMm: e.width / pxPerMm, heightMm: e.height / pxPerMm } : null,
    } as InputSample;
  }

  const penIsDown = () => [...active.values()].includes('pen');

  function onDown(e: PointerEvent) {
    e.preventDefault(); // no text selection, no compatibility mouse events
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const sample = toSample(e);
    const keep = e.pointerType === 'touch' && keepsTouch(sample);
    if (e.pointerType === 'touch' && penIsDown() && !keep) return; // palm rejection
    if (e.pointerType === 'pen') {
      // The palm often lands before the pen: its touches were never drawing.
      for (const [id, type] of active) {
        if (type === 'touch' && !kept.has(id)) { active.delete(id); listener.cancel(id, 'palm'); }
      }
    }
    if (active.size >= maxPointers) return;
    active.set(e.pointerId, e.pointerType);
    if (keep) kept.add(e.pointerId);
    element.setPointerCapture(e.pointerId);
    listener.start(sample);
  }

  function onMove(e: PointerEvent) {
    if (!active.has(e.pointerId)) return;
    const coalesced = e.getCoalescedEvents?.() ?? [];
    const samples = (coalesced.length ? coalesced : [e]).map(toSample);
    const predicted = (e.getPredictedEvents?.() ?? []).map(toSample);
    listener.move(samples, predicted);
  }

  function onUp(e: PointerEvent) {
    kept.delete(e.pointerId);
    if (!active.delete(e.pointerId)) { lastT.delete(e.pointerId); return; }
    listener.end(toSample(e));
    lastT.delete(e.pointerId);
  }

  function onCancel(e: PointerEvent) {
    kept.delete(e.pointerId);
    lastT.delete(e.pointerId);
    if (!active.delete(e.pointerId)) return;
    listener.cancel(e.pointerId, 'cancel');
  }

  // Only what can be cancelled: Chrome logs an error for a touch it has already given to a scroll elsewhere on the page.
  const preventDefault = (e: Event) => { if (e.cancelable) e.preventDefault(); };
  const listeners: [string, (e: never) => void][] = [
    ['pointerdown', onDown],
    ['pointermove', onMove],
    ['pointerup', onUp],
    ['pointercancel', onCancel],
    // Capture can be lost without a pointercancel (the element is hidden, say).
    ['lostpointercapture', onCancel],
    ['contextmenu', preventDefault], // a long press must not open a menu
    ['touchstart', preventDefault], // belt and braces with touch-action: none, for old WebKit
  ];
  for (const [type, handler] of listeners) element.addEventListener(type, handler as EventListener, { passive: false });
  element.style.touchAction = 'none';

  return {
    get frame() { return frame; },
    refreshFrame() { frame = readFrame(); },
    detach() {
      for (const [type, handler] of listeners) element.removeEventListener(type, handler as EventListener);
      active.clear();
    },
  };
}
