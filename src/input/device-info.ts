import type { MmFrame } from '../geometry/frame';
import type { DeviceInfo } from '../schema/parts';

/** The screen an attempt was made on, and where its mm frame sits: part of every record. */
export function deviceInfo(frame: MmFrame): DeviceInfo {
  return {
    viewport: { width: window.innerWidth, height: window.innerHeight },
    devicePixelRatio: window.devicePixelRatio || 1,
    pxPerMm: frame.pxPerMm,
    frame: { left: frame.left, top: frame.top },
    userAgent: navigator.userAgent.slice(0, 512),
    // Where an engine lacks them, the record says so (the sampling rate itself comes with the strokes: recordHead).
    coalescedEvents: typeof PointerEvent !== 'undefined' && typeof PointerEvent.prototype.getCoalescedEvents === 'function',
  };
}
