import { formTemplate } from '../../forms/forms';
import type { MmPolyline } from '../../geometry/units';
import { mmPoint } from '../../geometry/units';
import { FINGERS, fingerPlaces, type Finger } from './hand-layout';
import type { FingersParams } from './params';

/** A place on the screen the child touches: the thumb's anchor, a finger's dot, a target, the drum. */
export interface PlacedSpot {
  readonly role: Finger | 'target' | 'left' | 'right' | 'drum' | `pattern-${number}`;
  readonly x: number;
  readonly y: number;
  readonly radiusMm: number;
}

export interface FingersLayout {
  /** The screen's vertical middle, mm: it splits left-hand contacts from right-hand ones. */
  readonly axisXMm: number;
  readonly spots: readonly PlacedSpot[];
  /** isolate: the hand outline's span as laid out, mm (narrowed to fit a small screen). */
  readonly spanMm: number | null;
  /** isolate: the palm's middle, screen mm: the fingers run out from it. */
  readonly palm: { readonly x: number; readonly y: number } | null;
  /** mirror: the left hand's form and the right hand's, its mirror image, screen mm. */
  readonly forms: { readonly left: MmPolyline[]; readonly right: MmPolyline[]; readonly sizeMm: number } | null;
}

/** A thumb pad is 15–20 mm across: an anchor this wide takes a child's thumb without fuss. */
export const ANCHOR_RADIUS_MM = 13;
/** The hand outline keeps this far from the screen's edges, mm. */
const MARGIN_MM = 8;
/** Room kept clear along the top for the back button and the guide, mm. */
const TOP_MM = 24;
/** Mirror drawing: the gap between the two forms, mm, so the two fingers never meet. */
const MIRROR_GAP_MM = 24;

/** Where everything of a game is, in screen mm, for this screen (`drawingHand`: the child's). */
export function layoutFingers(p: FingersParams, hand: 'left' | 'right', spanMm: number, screen: { width: number; height: number }): FingersLayout {
  const axisXMm = screen.width / 2;
  const midY = TOP_MM + (screen.height - TOP_MM) / 2;
  const r = p.targetMm / 2;
  const spot = (role: PlacedSpot['role'], x: number, y: number, radiusMm = r): PlacedSpot => ({ role, x, y, radiusMm });
  const base = { axisXMm, spanMm: null, palm: null, forms: null };
  switch (p.mode) {
    case 'isolate': {
      // The span that fits: fingers reach about 0.58 span up and 0.52 across from the palm's middle (hand-layout.ts).
      const fits = Math.min(spanMm, (screen.width - 2 * MARGIN_MM) / 1.1, (screen.height - TOP_MM - MARGIN_MM) / 1.1);
      const places = fingerPlaces(fits, hand);
      const palm = mmPoint(axisXMm, midY + fits * 0.22);
      const spots = FINGERS.map((f) => spot(f, palm.x + places[f].x, palm.y + places[f].y, f === 'thumb' ? ANCHOR_RADIUS_MM : p.dotMm / 2));
      return { ...base, spanMm: fits, palm, spots };
    }
    case 'tap':
      return { ...base, spots: [spot('left', screen.width * 0.28, midY), spot('right', screen.width * 0.72, midY)] };
    case 'rhythm':
      return { ...base, spots: [spot('drum', axisXMm, midY, Math.max(r, 20))] };
    case 'together':
      return { ...base, spots: [spot('left', screen.width * 0.22, midY), spot('right', screen.width * 0.78, midY)] };
    case 'hold': {
      const holds = hand === 'right' ? 0.2 : 0.8, acts = 1 - holds;
      const reach = Math.min(screen.width * 0.14, (screen.height - TOP_MM) * 0.28);
      const pattern = [0, 1, 2].map((i) => {
        const a = -Math.PI / 2 + (i * 2 * Math.PI) / 3;
        return spot(`pattern-${i + 1}`, screen.width * acts + reach * Math.cos(a), midY + reach * Math.sin(a));
      });
      return { ...base, spots: [spot('drum', screen.width * holds, midY, Math.max(r, 22)), ...pattern] };
    }
    case 'mirror': {
      const size = Math.min(p.sizeMm, (screen.width - 2 * MARGIN_MM - MIRROR_GAP_MM) / 2, screen.height - TOP_MM - 2 * MARGIN_MM);
      const dx = size / 2 + MIRROR_GAP_MM / 2;
      const left = formTemplate(p.form, size).map((line) => line.map((q) => mmPoint(axisXMm - dx + q.x, midY + q.y)));
      const right = left.map((line) => line.map((q) => mmPoint(2 * axisXMm - q.x, q.y)));
      return { ...base, spots: [], forms: { left, right, sizeMm: size } };
    }
  }
}
