import { mmPoint, type MmPoint, type MmPolyline } from '../../geometry/units';

/**
 * The six pre-writing forms, in the order children usually master them
 * (Beery VMI developmental sequence: vertical line, horizontal line, circle,
 * cross, square, triangle). The ids are public: links and records use them.
 */
export const FORM_IDS = ['vertical', 'horizontal', 'circle', 'cross', 'square', 'triangle'] as const;
export type FormId = (typeof FORM_IDS)[number];

/**
 * Stroke order and direction follow the usual pre-writing teaching:
 * - vertical: one stroke, top to bottom;
 * - horizontal: one stroke, left to right;
 * - circle: one stroke from the top, counter-clockwise as seen on screen
 *   (first towards the left), the "magic c" start that letters reuse;
 * - cross: the vertical stroke (top to bottom), then the horizontal one
 *   (left to right), crossing at the centre;
 * - square: one stroke from the top-left corner, counter-clockwise like the
 *   circle: down, across the bottom, up, and back across the top;
 * - triangle: one stroke from the top apex, counter-clockwise: down to the
 *   bottom-left, across the bottom, back up to the apex.
 * Each template is a list of polylines in mm, y growing downwards, centred on
 * (0, 0), its bounding box `sizeMm` wide (and tall, but for the triangle,
 * which is equilateral and so 0.87 × size tall). Closed forms end where they
 * start.
 */
export function formTemplate(form: FormId, sizeMm: number): MmPolyline[] {
  const h = sizeMm / 2;
  switch (form) {
    case 'vertical':
      return [[mmPoint(0, -h), mmPoint(0, h)]];
    case 'horizontal':
      return [[mmPoint(-h, 0), mmPoint(h, 0)]];
    case 'circle':
      return [circle(h)];
    case 'cross':
      return [[mmPoint(0, -h), mmPoint(0, h)], [mmPoint(-h, 0), mmPoint(h, 0)]];
    case 'square':
      return [[mmPoint(-h, -h), mmPoint(-h, h), mmPoint(h, h), mmPoint(h, -h), mmPoint(-h, -h)]];
    case 'triangle': {
      const halfHeight = (sizeMm * Math.sqrt(3)) / 4;
      const apex = mmPoint(0, -halfHeight);
      return [[apex, mmPoint(-h, halfHeight), mmPoint(h, halfHeight), apex]];
    }
  }
}

/** Enough segments that the chord strays under 0.05 mm from a 70 mm circle. */
const CIRCLE_SEGMENTS = 192;

function circle(radius: number): MmPoint[] {
  const points: MmPoint[] = [];
  for (let i = 0; i <= CIRCLE_SEGMENTS; i++) {
    const angle = (i / CIRCLE_SEGMENTS) * 2 * Math.PI;
    // From the top (0, -r), moving left first: counter-clockwise on screen.
    points.push(mmPoint(-radius * Math.sin(angle), -radius * Math.cos(angle)));
  }
  points[CIRCLE_SEGMENTS] = points[0]!; // exactly closed
  return points;
}

/** Moves a template so that its centre lands on `centre`. */
export function placeTemplate(template: readonly MmPolyline[], centre: MmPoint): MmPolyline[] {
  return template.map((line) => line.map((p) => mmPoint(p.x + centre.x, p.y + centre.y)));
}
