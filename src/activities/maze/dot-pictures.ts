import type { AliveMotion } from '../../stage/come-alive';
import { mmPoint, type MmPoint } from '../../geometry/units';

export const DOT_PICTURE_IDS = ['star', 'house', 'boat', 'fish', 'heart'] as const;
export type DotPictureId = (typeof DOT_PICTURE_IDS)[number];

/** What marks the dots: the next one pulses (before numerals), or numbers, or letters, in order. */
export const DOT_LABELS = ['pulse', 'numbers', 'letters'] as const;
export type DotLabels = (typeof DOT_LABELS)[number];

/** How a finished picture comes alive. */
export type DotMotion = Extract<AliveMotion, 'spin' | 'bounce' | 'bob' | 'swim' | 'beat'>;

interface DotPictureSource {
  /** The outline's corners, clockwise from the first dot, in a 100-unit box. */
  readonly corners: readonly (readonly [number, number])[];
  readonly colour: number;
  readonly motion: DotMotion;
}

/**
 * The pictures, drawn by this project as closed outlines: their corners are
 * dots, so the shape is known from the dots alone, and dots added beyond the
 * corners go on the longest sides. Each starts where a child expects to
 * start: the star's top, the house's bottom-left corner.
 */
const PICTURES: Record<DotPictureId, DotPictureSource> = {
  star: {
    corners: Array.from({ length: 10 }, (_, i) => {
      const r = i % 2 ? 19 : 50, a = -Math.PI / 2 + (i * Math.PI) / 5;
      return [50 + r * Math.cos(a), 52 + r * Math.sin(a)] as const;
    }),
    colour: 0xfdd835,
    motion: 'spin',
  },
  house: { corners: [[10, 100], [10, 45], [50, 5], [90, 45], [90, 100]], colour: 0xef8a5b, motion: 'bounce' },
  boat: { corners: [[0, 62], [44, 62], [44, 0], [84, 62], [100, 62], [82, 92], [18, 92]], colour: 0x4f9fe0, motion: 'bob' },
  fish: { corners: [[0, 50], [22, 24], [55, 20], [78, 40], [100, 18], [100, 82], [78, 60], [55, 80], [22, 76]], colour: 0xff9f43, motion: 'swim' },
  heart: {
    corners: [[50, 92], [18, 62], [3, 38], [8, 16], [28, 6], [50, 22], [72, 6], [92, 16], [97, 38], [82, 62]],
    colour: 0xe5566e,
    motion: 'beat',
  },
};

export interface DotPicture {
  readonly id: DotPictureId;
  /** The dots in the order they are joined, picture mm from the top-left of the picture's box. */
  readonly dots: readonly MmPoint[];
  /** The outline they make, closed, picture mm. */
  readonly outline: readonly MmPoint[];
  readonly width: number;
  readonly height: number;
  readonly colour: number;
  readonly motion: DotMotion;
}

/** The picture's own dot count: one a corner. */
export function cornerCount(id: DotPictureId): number {
  return PICTURES[id].corners.length;
}

/**
 * The picture with `count` dots, scaled so one dot is `spacingMm` from the
 * next on average (round the closed outline). With at least as many dots as
 * corners, every corner is a dot and the rest split the longest sides; with
 * fewer, the dots lie at equal steps round the outline.
 */
export function dotPicture(id: DotPictureId, count: number, spacingMm: number): DotPicture {
  const source = PICTURES[id];
  const corners = source.corners.map(([x, y]) => mmPoint(x, y));
  const side = (i: number) => { const a = corners[i]!, b = corners[(i + 1) % corners.length]!; return Math.hypot(b.x - a.x, b.y - a.y); };
  const perimeter = corners.reduce((sum, _, i) => sum + side(i), 0);
  const scale = (count * spacingMm) / perimeter;
  const unitDots = count >= corners.length ? cornersAndSplits(corners, count, side) : stepsRound(corners, count, side, perimeter);
  const at = (p: MmPoint) => mmPoint(p.x * scale, p.y * scale);
  const xs = corners.map((p) => p.x), ys = corners.map((p) => p.y);
  const left = Math.min(...xs), top = Math.min(...ys);
  const shift = (p: MmPoint) => at(mmPoint(p.x - left, p.y - top));
  return {
    id,
    dots: unitDots.map(shift),
    outline: corners.map(shift),
    width: (Math.max(...xs) - left) * scale,
    height: (Math.max(...ys) - top) * scale,
    colour: source.colour,
    motion: source.motion,
  };
}

/** Every corner, and the extra dots each put on the side whose stretches between dots are then longest. */
function cornersAndSplits(corners: readonly MmPoint[], count: number, side: (i: number) => number): MmPoint[] {
  const splits = corners.map(() => 0);
  for (let extra = count - corners.length; extra > 0; extra--) {
    let best = 0;
    splits.forEach((k, i) => { if (side(i) / (k + 1) > side(best) / (splits[best]! + 1)) best = i; });
    splits[best]!++;
  }
  return corners.flatMap((a, i) => {
    const b = corners[(i + 1) % corners.length]!, k = splits[i]!;
    return [a, ...Array.from({ length: k }, (_, j) => mmPoint(a.x + ((b.x - a.x) * (j + 1)) / (k + 1), a.y + ((b.y - a.y) * (j + 1)) / (k + 1)))];
  });
}

/** `count` dots at equal steps round the closed outline, from its first corner. */
function stepsRound(corners: readonly MmPoint[], count: number, side: (i: number) => number, perimeter: number): MmPoint[] {
  return Array.from({ length: count }, (_, k) => {
    let along = (k * perimeter) / count, i = 0;
    while (along > side(i)) along -= side(i++);
    const a = corners[i]!, b = corners[(i + 1) % corners.length]!, f = side(i) > 0 ? along / side(i) : 0;
    return mmPoint(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f);
  });
}

/** What a dot shows: its number or letter, or nothing when the next one pulses. */
export function dotLabel(labels: DotLabels, index: number): string {
  if (labels === 'numbers') return String(index + 1);
  if (labels === 'letters') return String.fromCharCode(65 + index);
  return '';
}
