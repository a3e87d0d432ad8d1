import type { MmPolyline } from '../../../geometry/units';
import { mmPoint } from '../../../geometry/units';
import { FORM_IDS, formTemplate, type FormId } from '../forms';
import { cloudDistance, pointCloud, type PointCloud } from './point-cloud';
import { shapeFeatures, type ShapeFeatures } from './shape-features';

export type RecognizedForm = FormId | 'unrecognized';

export interface Recognition {
  form: RecognizedForm;
  /** $P distance to the nearest template (0 = identical); the form is trusted below REJECT_ABOVE. */
  distance: number;
}

/**
 * Further than this from every template, a drawing is "unrecognized". Chosen
 * on real strokes (docs/benchmarks.md): the furthest correctly recognized
 * human drawing scores 0.11.
 */
const REJECT_ABOVE = 0.12;
/**
 * What each form's shape must have before its templates are tried: the
 * geometric features the point cloud cannot see (docs/metrics.md).
 */
const SHAPE_GATES: Readonly<Record<FormId, (f: ShapeFeatures) => boolean>> = {
  vertical: isLine,
  horizontal: isLine,
  'diagonal-right': isLine,
  'diagonal-left': isLine,
  circle: (f) => isClosedFigure(f) && f.corners <= 2,
  square: (f) => isClosedFigure(f) && f.corners >= 3,
  triangle: (f) => isClosedFigure(f) && f.corners >= 2 && f.corners <= 3,
  cross: (f) => isTwoLines(f) && f.crossingTiltDeg! >= 22.5,
  x: (f) => isTwoLines(f) && f.crossingTiltDeg! < 22.5,
  spiral: (f) => f.windingTurns >= MIN_SPIRAL_TURNS && f.radialGrowth >= MIN_SPIRAL_GROWTH,
};
/**
 * A quickly drawn circle often stops short: a gap of up to 45% of its
 * size (a circle short by a sixth of its round) still reads as a circle, a "C" (gap near its whole size) does not.
 * The circle criterion (criteria.ts) is stricter about closing.
 */
const CLOSING_GAP_SHARE = 0.45;
/** A closed figure encloses an area: its ink spreads across at least this share of its length (a thin loop is a line drawn twice). */
const MIN_FIGURE_THINNESS = 0.3;
/** A line's ink may spread across it by this share of its length: a wobble, not a "V". */
const LINE_THINNESS = 0.2;
/** More than one and a half turns round its centre: a spiral, not a circle gone round twice at the same size. */
const MIN_SPIRAL_TURNS = 1.75;
/** …and moving outwards (or inwards) as it goes: at least twice as far out at one end; circling on the spot is not a spiral. */
const MIN_SPIRAL_GROWTH = 2;

/** A closed figure goes (nearly) all the way round its centre; a zigzag folded back on itself does not. */
const MIN_FIGURE_TURNS = 0.85;

function isClosedFigure(f: ShapeFeatures): boolean {
  return f.largestEndGapShare <= CLOSING_GAP_SHARE && f.windingTurns >= MIN_FIGURE_TURNS && f.thinness >= MIN_FIGURE_THINNESS && !f.crossesItself;
}
function isLine(f: ShapeFeatures): boolean { return f.thinness <= LINE_THINNESS; }
/** Two lines crossing wind about once round their centre (1.3 at most for an X drawn in one stroke); scribbled loops wind more. */
const MAX_CROSSING_TURNS = 1.5;
function isTwoLines(f: ShapeFeatures): boolean { return f.crossingTiltDeg !== null && f.windingTurns <= MAX_CROSSING_TURNS; }
/** Stretched versions of the closed forms: a child's square is rarely square. */
const STRETCH = 1.5;

interface Template { form: FormId; cloud: PointCloud }

/** Every form, plus the variants people really draw (docs/metrics.md). */
const TEMPLATES: readonly Template[] = FORM_IDS.flatMap((form) => variants(form).map((lines) => ({ form, cloud: pointCloud(lines) })));

/**
 * Which form a drawing is: the nearest template by $P point-cloud distance,
 * among the forms its shape allows (a closed form needs closed ink).
 */
export function recognizeForm(strokes: readonly MmPolyline[]): Recognition {
  const ink = strokes.filter((s) => s.length > 1);
  if (ink.length === 0) return { form: 'unrecognized', distance: Infinity };
  const cloud = pointCloud(ink);
  const features = shapeFeatures(ink);
  let best: Recognition = { form: 'unrecognized', distance: Infinity };
  for (const template of TEMPLATES) {
    if (!SHAPE_GATES[template.form](features)) continue;
    const d = cloudDistance(cloud, template.cloud);
    if (d < best.distance) best = { form: template.form, distance: d };
  }
  return best.distance <= REJECT_ABOVE ? best : { form: 'unrecognized', distance: best.distance };
}

function variants(form: FormId): MmPolyline[][] {
  const base = formTemplate(form, 1);
  const out = [base];
  if (form === 'circle' || form === 'square' || form === 'triangle') out.push(stretch(base, STRETCH, 1), stretch(base, 1, STRETCH));
  if (base.length === 2) out.push(...joinedInOneStroke(base[0]!, base[1]!));
  return out;
}

function stretch(lines: readonly MmPolyline[], sx: number, sy: number): MmPolyline[] {
  return lines.map((line) => line.map((p) => mmPoint(p.x * sx, p.y * sy)));
}

/** A two-stroke form drawn without lifting: the ink also runs from an end of one line to an end of the other. */
function joinedInOneStroke(a: MmPolyline, b: MmPolyline): MmPolyline[][] {
  const reversed = (line: MmPolyline) => [...line].reverse();
  return [a, reversed(a)].flatMap((first) => [b, reversed(b)].map((second) => [[...first, ...second]]));
}
