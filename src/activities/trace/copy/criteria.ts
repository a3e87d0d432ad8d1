import { distance } from '../../../geometry/distance';
import type { MmPoint, MmPolyline } from '../../../geometry/units';
import type { traceStrings } from '../strings';
import type { FormId } from '../../../forms/forms';
import { readContour, type Contour, type Side } from './contour';
import { crossingPoint, lineAngleDeg, shareOfInkAt } from './line-geometry';
import { crossesAnywhere, shapeFeatures } from './shape-features';

export type CriterionId = keyof typeof traceStrings.criteria;

export interface Criterion {
  id: CriterionId;
  met: boolean;
}

/** Numbers from the Beery VMI copy criteria as the issue states them; docs/metrics.md cites each. */
const LINE_AXIS_DEG = 30;
const CROSS_AXIS_DEG = 20;
const MIN_CROSS_ARM_MM = 6;
const MAX_CIRCLE_ASPECT = 2;
const OBLIQUE_DEG = { '\\': [110, 160], '/': [20, 70] } as const;
const MAX_ARM_RATIO = 2;
const MIN_CORNER_DEG = 60;
const MAX_CORNER_DEG = 120;
/** A side is "clearly defined" when it bows from its chord by at most this share of its length (a rounded side is an arc). */
const MAX_SIDE_BOW = 0.12;
/** Our own spiral criteria: most of the three turns, and no turn running into another. */
const MIN_SPIRAL_TURNS = 2.5;

/**
 * The form's own copy criteria, checked one by one, on the ink of every
 * stroke together. Each is met or not; none is weighted or summed.
 */
export function checkCriteria(form: FormId, strokes: readonly MmPolyline[]): Criterion[] {
  const ink = strokes.filter((s) => s.length > 1);
  if (ink.length === 0) return CRITERIA_OF[form].map((id) => criterion(id, false));
  const contour = readContour(ink);
  const c = (id: CriterionId, met: boolean) => criterion(id, met);
  switch (form) {
    case 'vertical':
      return [c('vertical-within-30', shareOfInkAt(ink, (a) => Math.abs(a - 90) <= LINE_AXIS_DEG) > 0.5)];
    case 'horizontal':
      return [c('horizontal-within-30', shareOfInkAt(ink, (a) => a <= LINE_AXIS_DEG || a >= 180 - LINE_AXIS_DEG) > 0.5)];
    case 'circle':
      return [c('circle-closed', contour.freeEnds === 0), c('circle-aspect', aspectRatio(ink.flat()) <= MAX_CIRCLE_ASPECT)];
    case 'cross':
      return crossCriteria(contour);
    case 'diagonal-right':
    case 'diagonal-left': {
      const [low, high] = OBLIQUE_DEG[form === 'diagonal-right' ? '\\' : '/'];
      return [
        c(form === 'diagonal-right' ? 'diagonal-right-angle' : 'diagonal-left-angle', shareOfInkAt(ink, (a) => a >= low && a <= high) > 0.5),
        c('diagonal-no-abrupt-turn', contour.corners.length === 0),
      ];
    }
    case 'square':
      return polygonCriteria(contour, 4, ['square-four-sides', 'square-four-corners'], c('square-corner-angles', contour.corners.length >= 3 && contour.corners.every((k) => k.angleDeg >= MIN_CORNER_DEG && k.angleDeg <= MAX_CORNER_DEG)));
    case 'x':
      return xCriteria(contour);
    case 'triangle':
      return polygonCriteria(contour, 3, ['triangle-three-sides', 'triangle-three-corners']);
    case 'spiral': {
      const features = shapeFeatures(ink);
      return [c('spiral-turns', features.windingTurns >= MIN_SPIRAL_TURNS), c('spiral-no-crossing', !crossesAnywhere(ink))];
    }
  }
}

/** Which criteria each form is judged by, in the order they are reported. */
export const CRITERIA_OF: Readonly<Record<FormId, readonly CriterionId[]>> = {
  vertical: ['vertical-within-30'],
  horizontal: ['horizontal-within-30'],
  circle: ['circle-closed', 'circle-aspect'],
  cross: ['cross-lines-intersect', 'cross-arms-6mm', 'cross-lines-on-axes'],
  'diagonal-right': ['diagonal-right-angle', 'diagonal-no-abrupt-turn'],
  'diagonal-left': ['diagonal-left-angle', 'diagonal-no-abrupt-turn'],
  square: ['square-four-sides', 'square-four-corners', 'square-corner-angles'],
  x: ['x-oblique-lines-cross', 'x-arms-balanced'],
  triangle: ['triangle-three-sides', 'triangle-three-corners'],
  spiral: ['spiral-turns', 'spiral-no-crossing'],
};

function criterion(id: CriterionId, met: boolean): Criterion {
  return { id, met };
}

function polygonCriteria(contour: Contour, n: number, [sidesId, cornersId]: [CriterionId, CriterionId], ...more: Criterion[]): Criterion[] {
  const straight = contour.sides.filter((s) => s.bow <= MAX_SIDE_BOW);
  return [
    criterion(sidesId, contour.sides.length === n && straight.length === n),
    criterion(cornersId, contour.corners.length === n && contour.freeEnds === 0),
    ...more,
  ];
}

/** The longest straight side whose direction `accept`s; the lines of a cross or an X. */
function longestLine(contour: Contour, accept: (angleDeg: number) => boolean): Side | null {
  let best: Side | null = null;
  for (const side of contour.sides) {
    if (!side.ends || side.bow > MAX_SIDE_BOW) continue;
    const [a, b] = side.ends;
    if (accept(lineAngleDeg(b.x - a.x, b.y - a.y)) && side.lengthMm > (best?.lengthMm ?? 0)) best = side;
  }
  return best;
}

/** Lengths from the crossing to each end of a line. */
function armsOf(side: Side, at: MmPoint): [number, number] {
  const [a, b] = side.ends!;
  return [distance(at, a), distance(at, b)];
}

function crossCriteria(contour: Contour): Criterion[] {
  const upright = longestLine(contour, (a) => a >= 45 && a <= 135);
  const level = longestLine(contour, (a) => a < 45 || a > 135);
  const at = upright && level ? crossingPoint(upright.points, level.points) : null;
  const arms = at ? [...armsOf(upright!, at), ...armsOf(level!, at)] : [];
  return [
    criterion('cross-lines-intersect', at !== null),
    criterion('cross-arms-6mm', arms.length === 4 && arms.every((arm) => arm >= MIN_CROSS_ARM_MM)),
    criterion('cross-lines-on-axes', upright !== null && level !== null &&
      shareOfInkAt([upright.points], (a) => Math.abs(a - 90) <= CROSS_AXIS_DEG) > 0.5 &&
      shareOfInkAt([level.points], (a) => a <= CROSS_AXIS_DEG || a >= 180 - CROSS_AXIS_DEG) > 0.5),
  ];
}

function xCriteria(contour: Contour): Criterion[] {
  const inRange = ([low, high]: readonly [number, number]) => (a: number) => a >= low && a <= high;
  const back = longestLine(contour, inRange(OBLIQUE_DEG['\\']));
  const forward = longestLine(contour, inRange(OBLIQUE_DEG['/']));
  const at = back && forward ? crossingPoint(back.points, forward.points) : null;
  const arms = at ? [...armsOf(back!, at), ...armsOf(forward!, at)] : [];
  return [
    criterion('x-oblique-lines-cross', at !== null),
    criterion('x-arms-balanced', arms.length === 4 && Math.max(...arms) <= MAX_ARM_RATIO * Math.min(...arms)),
  ];
}

/** Length ÷ width along the ink's own main axes (principal components), so a tilted oval is measured fairly. */
function aspectRatio(points: readonly MmPoint[]): number {
  const n = points.length;
  const cx = points.reduce((s, p) => s + p.x, 0) / n;
  const cy = points.reduce((s, p) => s + p.y, 0) / n;
  let xx = 0, yy = 0, xy = 0;
  for (const p of points) { const dx = p.x - cx, dy = p.y - cy; xx += dx * dx; yy += dy * dy; xy += dx * dy; }
  const theta = Math.atan2(2 * xy, xx - yy) / 2;
  const [ux, uy] = [Math.cos(theta), Math.sin(theta)];
  const along = points.map((p) => (p.x - cx) * ux + (p.y - cy) * uy);
  const across = points.map((p) => -(p.x - cx) * uy + (p.y - cy) * ux);
  const extent = (v: number[]) => Math.max(...v) - Math.min(...v);
  const [major, minor] = [Math.max(extent(along), extent(across)), Math.min(extent(along), extent(across))];
  return minor > 0 ? major / minor : Infinity;
}
