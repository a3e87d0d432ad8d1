/** The grown-ups' pages scroll, select and zoom like ordinary documents; everything else is the child's area. */
const GROWN_UPS_AREA = '.grown-ups-page';

const inChildArea = (event: Event) => !(event.target instanceof Element && event.target.closest(GROWN_UPS_AREA));

/**
 * What CSS (touch-action, user-select, overscroll-behavior) cannot promise on
 * every tablet: iOS Safari ignores user-scalable=no and pinches with its own
 * gesture events, and a long press still opens menus on some images and
 * links. In the child's area these are cancelled; games see their input
 * through pointer events, which this leaves alone.
 */
export function guardChildArea(doc: Document = document): void {
  const cancel = (event: Event) => { if (inChildArea(event)) event.preventDefault(); };
  // iOS pinch-zoom and rotate (non-standard events, Safari only).
  for (const type of ['gesturestart', 'gesturechange', 'gestureend']) doc.addEventListener(type, cancel, { passive: false });
  doc.addEventListener('contextmenu', cancel); // long-press menu
  doc.addEventListener('selectstart', cancel); // text selection by a long press or a drag
  doc.addEventListener('dblclick', cancel); // double-tap zoom where touch-action is not honoured
  // Two fingers moving: a pinch-zoom on browsers that ignore touch-action; one finger: rubber-band scrolling.
  doc.addEventListener('touchmove', (event) => { if (event.cancelable) cancel(event); }, { passive: false });
}
