import { mmPoint, type MmPoint } from '../../geometry/units';

export const FINGERS = ['thumb', 'index', 'middle', 'ring', 'little'] as const;
export type Finger = (typeof FINGERS)[number];

/** Where each fingertip rests, mm, relative to the palm's middle. */
export type FingerPlaces = Readonly<Record<Finger, MmPoint>>;

/**
 * A right hand's fingertips laid flat, as fractions of the hand's span (thumb
 * tip to little fingertip), palm's middle at the origin: rough proportions of
 * a spread hand, set by eye by this project. Five touches of the child's own
 * hand (readHand) replace them.
 */
const RIGHT_HAND: Readonly<Record<Finger, readonly [number, number]>> = {
  thumb: [-0.52, 0.05],
  index: [-0.2, -0.5],
  middle: [0.03, -0.58],
  ring: [0.24, -0.5],
  little: [0.45, -0.3],
};

/** The hand outline's fingertips for a hand `spanMm` across (a grown-up sets it, or five touches measure it); a left hand is the mirror image. */
export function fingerPlaces(spanMm: number, hand: 'left' | 'right'): FingerPlaces {
  const side = hand === 'right' ? 1 : -1;
  // The table's thumb-to-little distance is scaled to exactly the span, as readHand measures it.
  const scale = spanMm / TABLE_SPAN;
  return Object.fromEntries(FINGERS.map((f) => [f, mmPoint(RIGHT_HAND[f][0] * scale * side, RIGHT_HAND[f][1] * scale)])) as FingerPlaces;
}

/** The table's own span, thumb tip to little fingertip (a little over 1). */
const TABLE_SPAN = Math.hypot(RIGHT_HAND.little[0] - RIGHT_HAND.thumb[0], RIGHT_HAND.little[1] - RIGHT_HAND.thumb[1]);

/**
 * Which touch is which finger, from five touches of a hand laid flat: the
 * thumb is the touch farthest, in sum, from the other four (it stands apart);
 * the others follow in order round the palm from the thumb's side. Also the
 * span (thumb to little finger) and which hand it was: a right hand laid
 * palm down has its thumb on the left.
 */
export function readHand(touches: readonly MmPoint[]): { places: Record<Finger, MmPoint>; spanMm: number; hand: 'left' | 'right' } | null {
  if (touches.length !== 5) return null;
  const apart = touches.map((p) => touches.reduce((sum, q) => sum + Math.hypot(p.x - q.x, p.y - q.y), 0));
  const thumb = touches[apart.indexOf(Math.max(...apart))]!;
  const others = touches.filter((p) => p !== thumb);
  const cx = others.reduce((s, p) => s + p.x, 0) / 4, cy = others.reduce((s, p) => s + p.y, 0) / 4;
  // Angles round the four fingers' middle, measured from the thumb: index first, little last.
  const base = Math.atan2(thumb.y - cy, thumb.x - cx);
  const turn = (p: MmPoint) => { let a = Math.atan2(p.y - cy, p.x - cx) - base; while (a <= 0) a += 2 * Math.PI; return a; };
  const byTurn = [...others].sort((a, b) => turn(a) - turn(b));
  // Round the palm the fingers run one way from the thumb's side and the other: the end nearer the thumb is the index finger.
  const gap = (p: MmPoint) => Math.hypot(p.x - thumb.x, p.y - thumb.y);
  const ordered = gap(byTurn[0]!) <= gap(byTurn[3]!) ? byTurn : [...byTurn].reverse();
  const [index, middle, ring, little] = ordered as [MmPoint, MmPoint, MmPoint, MmPoint];
  return { places: { thumb, index, middle, ring, little }, spanMm: Math.hypot(little.x - thumb.x, little.y - thumb.y), hand: thumb.x < cx ? 'right' : 'left' };
}
