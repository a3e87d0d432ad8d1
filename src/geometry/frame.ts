import { mmPoint, type CssPxPoint, type MmPoint } from './units';

/**
 * Where the mm origin sits on the page and how many CSS px make a mm. CSS px
 * are the unit of PointerEvent coordinates whatever the devicePixelRatio,
 * canvas resolution or page zoom, so this one mapping is all input needs.
 */
export interface MmFrame {
  readonly left: number;
  readonly top: number;
  readonly pxPerMm: number;
}

export function cssPxToMm(p: CssPxPoint, frame: MmFrame): MmPoint {
  return mmPoint((p.x - frame.left) / frame.pxPerMm, (p.y - frame.top) / frame.pxPerMm);
}
