import { polylineLength } from '../geometry/polyline-length';
import { resample } from '../geometry/resample';
import { mmPoint, type MmPoint, type MmPolyline } from '../geometry/units';

/**
 * The pre-writing forms in the order children usually master them (Beery VMI
 * developmental sequence: vertical line, horizontal line, circle, cross, right
 * and left oblique lines, square, oblique cross, triangle), then the
 * Archimedean spiral therapists use for steadiness and tremor practice. The
 * ids are public: links and records use them.
 */
export const FORM_IDS = ['vertical', 'horizontal', 'circle', 'cross', 'diagonal-right', 'diagonal-left', 'square', 'x', 'triangle', 'spiral'] as const;
export type FormId = (typeof FORM_IDS)[number];

/**
 * Stroke order and direction follow the usual pre-writing teaching:
 * - vertical: one stroke, top to bottom;
 * - horizontal: one stroke, left to right;
 * - circle: one stroke from the top, counter-clockwise as seen on screen
 *   (first towards the left), the "magic c" start that letters reuse;
 * - cross: the vertical stroke (top to bottom), then the horizontal one
 *   (left to right), crossing at the centre;
 * - diagonal-right (\): top-left down to bottom-right;
 * - diagonal-left (/): top-right down to bottom-left;
 * - square: one stroke from the top-left corner, counter-clockwise like the
 *   circle: down, across the bottom, up, and back across the top;
 * - x: the \ stroke, then the / stroke, both downwards;
 * - triangle: one stroke from the top apex, counter-clockwise: down to the
 *   bottom-left, across the bottom, back up to the apex;
 * - spiral: one stroke from the centre outwards, counter-clockwise, three
 *   turns, ending at the top.
 * Each template is a list of polylines in mm, y growing downwards, centred on
 * (0, 0), its bounding box `sizeMm` wide (and tall, but for the triangle,
 * which is equilateral and so 0.87 × size tall). Closed forms end where they
 * start.
 */
export function formTemplate(form: FormId, sizeMm: number): MmPolyline[] {
  const h = sizeMm / 2;
  const downRight = [mmPoint(-h, -h), mmPoint(h, h)];
  const downLeft = [mmPoint(h, -h), mmPoint(-h, h)];
  switch (form) {
    case 'vertical':
      return [[mmPoint(0, -h), mmPoint(0, h)]];
    case 'horizontal':
      return [[mmPoint(-h, 0), mmPoint(h, 0)]];
    case 'circle':
      return [spiral(h, h, 1)];
    case 'cross':
      return [[mmPoint(0, -h), mmPoint(0, h)], [mmPoint(-h, 0), mmPoint(h, 0)]];
    case 'diagonal-right':
      return [downRight];
    case 'diagonal-left':
      return [downLeft];
    case 'square':
      return [[mmPoint(-h, -h), mmPoint(-h, h), mmPoint(h, h), mmPoint(h, -h), mmPoint(-h, -h)]];
    case 'x':
      return [downRight, downLeft];
    case 'triangle': {
      const halfHeight = (sizeMm * Math.sqrt(3)) / 4;
      const apex = mmPoint(0, -halfHeight);
      return [[apex, mmPoint(-h, halfHeight), mmPoint(h, halfHeight), apex]];
    }
    case 'spiral':
      return [spiral(0, h, SPIRAL_TURNS)];
  }
}

/** Enough segments per turn that the chord strays under 0.05 mm from a 70 mm circle. */
const SEGMENTS_PER_TURN = 192;
/** Three turns: about 12 mm between turns at the default size, room for a finger. */
export const SPIRAL_TURNS = 3;

/**
 * A curve from the top, counter-clockwise on screen, its radius going from
 * `startRadius` to `endRadius` evenly with the angle: a circle when they are
 * equal, an Archimedean spiral (r = b·θ) when it starts at 0.
 */
function spiral(startRadius: number, endRadius: number, turns: number): MmPoint[] {
  const segments = SEGMENTS_PER_TURN * turns;
  const points: MmPoint[] = [];
  for (let i = 0; i <= segments; i++) {
    const f = i / segments;
    const angle = f * turns * 2 * Math.PI;
    const r = startRadius + (endRadius - startRadius) * f;
    // From the top (0, -r), moving left first: counter-clockwise on screen.
    points.push(mmPoint(-r * Math.sin(angle), -r * Math.cos(angle)));
  }
  if (startRadius === endRadius) points[segments] = points[0]!; // exactly closed
  return points;
}

/** Dots on a circle: eight, as dot-to-dot sheets have. */
const CIRCLE_DOTS_EVERY = SEGMENTS_PER_TURN / 8;
/**
 * Dots on the spiral, evenly spaced along it: dots at equal angles would
 * line up on rays and read as a cross or a star.
 */
export const SPIRAL_DOTS = 40;

/**
 * The dot-to-dot points of each stroke, in drawing order: its start, its
 * corners and its end (a closed stroke's end is its start, so it is not
 * repeated). Curves get evenly spaced dots instead of corners.
 */
export function formDots(form: FormId, sizeMm: number): MmPoint[][] {
  if (form === 'spiral') return formTemplate(form, sizeMm).map((line) => resample(line, polylineLength(line) / SPIRAL_DOTS));
  const every = form === 'circle' ? CIRCLE_DOTS_EVERY : 1;
  return formTemplate(form, sizeMm).map((line) => {
    const [first, last] = [line[0]!, line[line.length - 1]!];
    const closed = line.length > 2 && first.x === last.x && first.y === last.y;
    return line.filter((_, i) => i % every === 0 && !(closed && i === line.length - 1));
  });
}

/** Moves a template so that its centre lands on `centre`. */
export function placeTemplate(template: readonly MmPolyline[], centre: MmPoint): MmPolyline[] {
  return template.map((line) => line.map((p) => mmPoint(p.x + centre.x, p.y + centre.y)));
}
