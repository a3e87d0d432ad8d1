import { convexHull } from '../../geometry/convex-hull';
import { distanceToSegment } from '../../geometry/distance-to-segment';
import { mmPoint } from '../../geometry/units';

/**
 * Every object and bin label is drawn from these primitives, in a unit box
 * from −0.5 to 0.5 on both axes (scaled by the object's size in mm). The
 * same data draws the picture and decides what a touch grabs: its filled
 * silhouette (pictureSilhouette), so there is no hidden hit zone.
 */
export type Paint = 'main' | 'dark' | 'light' | number;
export type Primitive =
  | { readonly kind: 'circle'; readonly x: number; readonly y: number; readonly r: number; readonly paint: Paint }
  | { readonly kind: 'ellipse'; readonly x: number; readonly y: number; readonly rx: number; readonly ry: number; readonly paint: Paint }
  | { readonly kind: 'polygon'; readonly points: readonly (readonly [number, number])[]; readonly paint: Paint };

export type Picture = readonly Primitive[];

const circle = (x: number, y: number, r: number, paint: Paint = 'main'): Primitive => ({ kind: 'circle', x, y, r, paint });
const ellipse = (x: number, y: number, rx: number, ry: number, paint: Paint = 'main'): Primitive => ({ kind: 'ellipse', x, y, rx, ry, paint });
const polygon = (points: readonly (readonly [number, number])[], paint: Paint = 'main'): Primitive => ({ kind: 'polygon', points, paint });

/** A regular star or polygon with `n` points, alternating radii. */
function ring(n: number, outer: number, inner = outer, turn = -Math.PI / 2): [number, number][] {
  const count = inner === outer ? n : 2 * n;
  return Array.from({ length: count }, (_, i) => {
    const r = i % 2 === 1 && inner !== outer ? inner : outer;
    const a = turn + (i * 2 * Math.PI) / count;
    return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
  });
}

/** Beads and blocks: the shapes of the shape rule, in the object's colour. */
export const SHAPE_PICTURES = {
  circle: [circle(0, 0, 0.5), circle(-0.14, -0.14, 0.1, 'light')],
  square: [polygon([[-0.45, -0.45], [0.45, -0.45], [0.45, 0.45], [-0.45, 0.45]]), circle(-0.25, -0.25, 0.08, 'light')],
  triangle: [polygon([[0, -0.48], [0.5, 0.42], [-0.5, 0.42]]), circle(-0.08, 0.05, 0.08, 'light')],
  star: [polygon(ring(5, 0.5, 0.22)), circle(-0.08, -0.06, 0.06, 'light')],
  heart: [circle(-0.22, -0.14, 0.26), circle(0.22, -0.14, 0.26), polygon([[-0.47, -0.05], [0.47, -0.05], [0, 0.46]]), circle(-0.28, -0.22, 0.07, 'light')],
  hexagon: [polygon(ring(6, 0.5, 0.5, 0)), circle(-0.2, -0.18, 0.07, 'light')],
} as const satisfies Record<string, Picture>;

/** A sewing button: the object of the size rule. */
export const BUTTON_PICTURE: Picture = [
  circle(0, 0, 0.5), circle(0, 0, 0.38, 'light'), circle(0, 0, 0.32),
  circle(-0.1, -0.1, 0.06, 'dark'), circle(0.1, -0.1, 0.06, 'dark'), circle(-0.1, 0.1, 0.06, 'dark'), circle(0.1, 0.1, 0.06, 'dark'),
];

const GREEN_LEAF = 0x3f9e3f;
const BROWN = 0x7a4a21;
const BLACK = 0x2d2250;
const WHITE = 0xffffff;

/** Things children know, in their own colours: the objects of the category rule. */
export const CATEGORY_PICTURES = {
  apple: [circle(-0.14, 0.08, 0.34, 0xe5484d), circle(0.14, 0.08, 0.34, 0xe5484d), polygon([[-0.03, -0.28], [0.03, -0.28], [0.06, -0.46], [0, -0.46]], BROWN), ellipse(0.17, -0.36, 0.14, 0.07, GREEN_LEAF), circle(-0.2, -0.02, 0.07, 0xffb3b5)],
  pear: [circle(0, 0.18, 0.32, 0xb5cf3a), circle(0, -0.14, 0.2, 0xb5cf3a), polygon([[-0.02, -0.32], [0.03, -0.32], [0.05, -0.48], [0, -0.48]], BROWN), ellipse(-0.12, 0.14, 0.06, 0.1, 0xe3f08a)],
  cherries: [circle(-0.22, 0.24, 0.22, 0xc81e4a), circle(0.22, 0.24, 0.22, 0xc81e4a), polygon([[-0.24, 0.04], [-0.2, 0.04], [0.03, -0.46], [-0.01, -0.46]], GREEN_LEAF), polygon([[0.2, 0.04], [0.24, 0.04], [0.03, -0.46], [-0.01, -0.46]], GREEN_LEAF), ellipse(0.16, -0.4, 0.14, 0.06, GREEN_LEAF)],
  fish: [ellipse(-0.08, 0, 0.36, 0.26, 0x3b9ed9), polygon([[0.2, 0], [0.5, -0.26], [0.5, 0.26]], 0x3b9ed9), circle(-0.24, -0.06, 0.06, WHITE), circle(-0.25, -0.06, 0.03, BLACK)],
  ladybug: [circle(0, 0.06, 0.42, 0xe5484d), circle(0, -0.34, 0.16, BLACK), polygon([[-0.02, -0.3], [0.02, -0.3], [0.02, 0.47], [-0.02, 0.47]], BLACK), circle(-0.2, -0.04, 0.07, BLACK), circle(0.2, -0.04, 0.07, BLACK), circle(-0.18, 0.24, 0.07, BLACK), circle(0.18, 0.24, 0.07, BLACK)],
  bird: [circle(0, 0.08, 0.34, 0xf5c518), circle(0.18, -0.22, 0.2, 0xf5c518), polygon([[0.34, -0.26], [0.5, -0.2], [0.34, -0.14]], 0xf28c28), ellipse(-0.1, 0.12, 0.2, 0.12, 0xe0a800), circle(0.22, -0.26, 0.04, BLACK)],
  car: [polygon([[-0.5, -0.04], [-0.3, -0.06], [-0.18, -0.3], [0.2, -0.3], [0.32, -0.06], [0.5, -0.02], [0.5, 0.22], [-0.5, 0.22]], 0x3b82f6), polygon([[-0.12, -0.24], [0.14, -0.24], [0.22, -0.07], [-0.2, -0.07]], 0xcfe8ff), circle(-0.27, 0.24, 0.14, BLACK), circle(0.27, 0.24, 0.14, BLACK), circle(-0.27, 0.24, 0.05, 0xdddddd), circle(0.27, 0.24, 0.05, 0xdddddd)],
  boat: [polygon([[-0.5, 0.1], [0.5, 0.1], [0.32, 0.4], [-0.32, 0.4]], 0xc0392b), polygon([[-0.02, -0.48], [0.02, -0.48], [0.02, 0.1], [-0.02, 0.1]], BROWN), polygon([[0.04, -0.44], [0.4, 0.04], [0.04, 0.04]], WHITE), polygon([[-0.04, -0.34], [-0.04, 0.04], [-0.32, 0.04]], 0xf5c518)],
  daisy: [...ring(8, 0.3, 0.3, 0).map(([x, y]) => circle(x, y, 0.16, WHITE)), circle(0, 0, 0.17, 0xf5c518)],
  tulip: [polygon([[-0.03, 0], [0.03, 0], [0.03, 0.5], [-0.03, 0.5]], GREEN_LEAF), ellipse(0.14, 0.3, 0.14, 0.06, GREEN_LEAF), polygon([[-0.26, -0.38], [-0.13, -0.22], [0, -0.42], [0.13, -0.22], [0.26, -0.38], [0.26, -0.06], [0, 0.08], [-0.26, -0.06]], 0xe55aa0)],
} as const satisfies Record<string, Picture>;

export type ShapeKind = keyof typeof SHAPE_PICTURES;
export type CategoryKind = keyof typeof CATEGORY_PICTURES;
export type ItemKind = ShapeKind | CategoryKind | 'button';

export function pictureOf(kind: ItemKind): Picture {
  if (kind === 'button') return BUTTON_PICTURE;
  return (SHAPE_PICTURES as Record<string, Picture>)[kind] ?? (CATEGORY_PICTURES as Record<string, Picture>)[kind]!;
}

/** Points round each circle and ellipse for its silhouette: at 32, the hull is within 0.5% of the true curve. */
const CURVE_POINTS = 32;

const silhouettes = new WeakMap<Picture, [number, number][]>();

/**
 * The area a child sees as "the thing": the picture with its gaps filled,
 * as a rubber band stretched round it would enclose it (its convex hull).
 * A finger between a cherry's stems, or between a daisy's petals, is on the
 * cherries or the daisy. Pictures are small (5 to 40 mm) beside a fingertip,
 * so the hull adds no area a child would call "beside it".
 */
export function pictureSilhouette(picture: Picture): [number, number][] {
  let hull = silhouettes.get(picture);
  if (!hull) {
    hull = convexHull(picture.flatMap((p) => outlinePoints(p)));
    silhouettes.set(picture, hull);
  }
  return hull;
}

/**
 * Whether a point (in units of the picture's size, from its centre) is on
 * the picture's silhouette, or within `margin` units of it when a grown-up
 * asked for a larger grab zone.
 */
export function pictureContains(picture: Picture, x: number, y: number, margin = 0): boolean {
  const hull = pictureSilhouette(picture);
  return insidePolygon(hull, x, y) || distanceToOutline(hull, x, y) <= margin;
}

function outlinePoints(p: Primitive): readonly (readonly [number, number])[] {
  if (p.kind === 'polygon') return p.points;
  const [rx, ry] = p.kind === 'circle' ? [p.r, p.r] : [p.rx, p.ry];
  // Outside the curve by a hair, so the hull holds the whole drawn circle, not just its sampled chords.
  const grow = 1 / Math.cos(Math.PI / CURVE_POINTS);
  return Array.from({ length: CURVE_POINTS }, (_, i) => {
    const a = (i * 2 * Math.PI) / CURVE_POINTS;
    return [p.x + rx * grow * Math.cos(a), p.y + ry * grow * Math.sin(a)] as const;
  });
}

function insidePolygon(points: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToOutline(points: readonly (readonly [number, number])[], x: number, y: number): number {
  let best = Infinity;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [ax, ay] = points[j]!;
    const [bx, by] = points[i]!;
    best = Math.min(best, distanceToSegment(mmPoint(x, y), mmPoint(ax, ay), mmPoint(bx, by)).distance);
  }
  return best;
}
