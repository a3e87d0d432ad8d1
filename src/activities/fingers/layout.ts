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
      // The hand's reach from the palm's middle, in spans (hand-layout.ts): 0.52 to the thumb's side, 0.45 to the little
      // finger's, 0.58 up to the middle fingertip, and the palm 0.26 down; the anchor and dots stand out past the tips.
      const dot = p.dotMm / 2;
      const across = (screen.width - 2 * MARGIN_MM - ANCHOR_RADIUS_MM - dot) / 0.97;
      const down = (screen.height - TOP_MM - MARGIN_MM - dot) / 0.84;
      const fits = Math.min(spanMm, across, down);
      const places = fingerPlaces(fits, hand);
      // On a small outline the dots shrink, so that none touches the next (0.5 mm apart at least).
      const tips = FINGERS.filter((f) => f !== 'thumb').map((f) => places[f]);
      const closest = Math.min(...tips.slice(1).map((p, i) => Math.hypot(p.x - tips[i]!.x, p.y - tips[i]!.y)));
      const dotR = Math.min(dot, closest / 2 - 0.25);
      // Centred on what it covers: the thumb's side reaches further than the little finger's.
      const side = hand === 'right' ? 1 : -1;
      const shift = ((0.52 * fits + ANCHOR_RADIUS_MM) - (0.45 * fits + dot)) / 2;
      const top = TOP_MM + dot + 0.58 * fits;
      const palm = mmPoint(axisXMm + side * shift, top + Math.max(0, (screen.height - MARGIN_MM - 0.26 * fits - top) / 2));
      const spots = FINGERS.map((f) => spot(f, palm.x + places[f].x, palm.y + places[f].y, f === 'thumb' ? ANCHOR_RADIUS_MM : dotR));
      return { ...base, spanMm: fits, palm, spots };
    }
    case 'tap':
      return { ...base, spots: [spot('left', screen.width * 0.28, midY), spot('right', screen.width * 0.72, midY)] };
    case 'rhythm':
      return { ...base, spots: [spot('drum', axisXMm, midY, Math.max(r, 20))] };
    case 'together':
      return { ...base, spots: [spot('left', screen.width * 0.22, midY), spot('right', screen.width * 0.78, midY)] };
    case 'hold': {
      // The drum on the holding hand's side, the three lights round a point on the other, each kept on the screen.
      const drumR = Math.max(r, 22);
      const holdsLeft = hand === 'right';
      // The lights round a circle, never closer than 4 mm edge to edge (three on a circle are √3 × its radius apart).
      const reach = Math.max((2 * r + 4) / Math.sqrt(3), Math.min(screen.width * 0.14, (screen.height - TOP_MM) * 0.28));
      const drumX = Math.max(MARGIN_MM + drumR, screen.width * 0.2);
      const lightsX = Math.min(screen.width - MARGIN_MM - reach - r, screen.width * 0.8);
      const x = (at: number) => (holdsLeft ? at : screen.width - at);
      if (screen.width < screen.height) {
        // Upright: the drum low on the holding hand's side, the lights above it, where the other hand comes from its side.
        const lights = mmPoint(screen.width / 2, TOP_MM + (screen.height - TOP_MM) * 0.32);
        const pattern = [0, 1, 2].map((i) => {
          const a = -Math.PI / 2 + (i * 2 * Math.PI) / 3;
          return spot(`pattern-${i + 1}`, lights.x + reach * Math.cos(a), lights.y + reach * Math.sin(a));
        });
        return { ...base, spots: [spot('drum', x(drumX + drumR * 0.5), screen.height - MARGIN_MM - drumR - 12, drumR), ...pattern] };
      }
      const pattern = [0, 1, 2].map((i) => {
        const a = -Math.PI / 2 + (i * 2 * Math.PI) / 3;
        return spot(`pattern-${i + 1}`, x(lightsX + reach * Math.cos(a) * (holdsLeft ? 1 : -1)), midY + reach * Math.sin(a));
      });
      return { ...base, spots: [spot('drum', x(drumX), midY, drumR), ...pattern] };
    }
    case 'mirror': {
      // The corridor each path is scored in is drawn round it: it too stays on the screen.
      const size = Math.min(p.sizeMm, (screen.width - 2 * MARGIN_MM - MIRROR_GAP_MM) / 2 - p.corridorMm, screen.height - TOP_MM - 2 * MARGIN_MM - p.corridorMm);
      const dx = size / 2 + p.corridorMm / 2 + MIRROR_GAP_MM / 2;
      const left = formTemplate(p.form, size).map((line) => line.map((q) => mmPoint(axisXMm - dx + q.x, midY + q.y)));
      const right = left.map((line) => line.map((q) => mmPoint(2 * axisXMm - q.x, q.y)));
      return { ...base, spots: [], forms: { left, right, sizeMm: size } };
    }
  }
}
