import type { MmPolyline } from '../../../geometry/units';
import { FORM_IDS, type FormId } from '../../../forms/forms';
import { measureDrawing, type DrawingMeasures } from './drawing-measures';
import { RECOGNIZER_SETTINGS, type RecognizerSettings } from './recognizer-settings';
import type { ShapeFeatures } from './shape-features';

export type RecognizedForm = FormId | 'unrecognized';

export interface Recognition {
  form: RecognizedForm;
  /** $P distance to the nearest allowed template (0 = identical); the form is trusted up to `rejectAbove`. */
  distance: number;
}

/** A closed figure encloses an area: its ink spreads across at least this share of its length (a thin loop is a line drawn twice). */
const MIN_FIGURE_THINNESS = 0.3;
/** A line's ink may spread across it by this share of its length: a wobble, not a "V". */
const LINE_THINNESS = 0.2;
/** More than one and a half turns round its centre: a spiral, not a circle gone round twice at the same size. */
const MIN_SPIRAL_TURNS = 1.75;
/** …and moving outwards (or inwards) as it goes: at least twice as far out at one end; circling on the spot is not a spiral. */
const MIN_SPIRAL_GROWTH = 2;
/** An X's lines lean either side of upright: their bisector lies within this of an axis; a cross's lie further. */
const X_TILT_DEG = 22.5;
/**
 * Three corners or more: a square; two or fewer: possibly a circle, whose
 * smooth bend a corner count sees as none (corners as in contour.ts, read on the steadied ink).
 */
const SQUARE_CORNERS = 3;

const CLOSED_FORMS = new Set<RecognizedForm>(['circle', 'square', 'triangle']);

type Gate = (f: ShapeFeatures, s: RecognizerSettings) => boolean;

/** What each form's shape must have before its templates are tried: the geometric facts the point cloud cannot see (docs/metrics.md). */
const SHAPE_GATES: Readonly<Record<FormId, Gate>> = {
  vertical: isLine,
  horizontal: isLine,
  'diagonal-right': isLine,
  'diagonal-left': isLine,
  circle: (f, s) => isClosedFigure(f, s) && f.hullFill > s.triangleFillMax && f.hullFill <= s.circleFillMax && f.corners < SQUARE_CORNERS && f.radialSpread <= s.maxCircleSpread,
  square: (f, s) => isClosedFigure(f, s) && f.hullFill > s.triangleFillMax && (f.corners >= SQUARE_CORNERS || f.hullFill >= s.squareFillMin),
  triangle: (f, s) => isClosedFigure(f, s) && f.hullFill <= s.triangleFillMax,
  cross: (f, s) => isTwoLines(f, s) && f.crossingTiltDeg! >= X_TILT_DEG,
  x: (f, s) => isTwoLines(f, s) && f.crossingTiltDeg! < X_TILT_DEG,
  spiral: (f) => f.windingTurns >= MIN_SPIRAL_TURNS && f.radialGrowth >= MIN_SPIRAL_GROWTH,
};

/** A line has no corner: a brace's kink or a bracket's bend makes it something else (the diagonal's own criterion asks the same). */
function isLine(f: ShapeFeatures): boolean { return f.thinness <= LINE_THINNESS && f.corners === 0; }

/** Two lines crossing near their middles, drawn in two strokes or one. */
function isTwoLines(f: ShapeFeatures, s: RecognizerSettings): boolean {
  return f.crossingTiltDeg !== null && f.windingTurns <= s.maxCrossingTurns && f.crossingArmShare >= s.minArmShare && (f.loopFill === null || f.loopFill <= s.maxLoopFill);
}

/** Closed, enclosing an area, round its centre; a crossing only where its ends overlap (short arms), not an X's. */
function isClosedFigure(f: ShapeFeatures, s: RecognizerSettings): boolean {
  const crossesLikeAnX = f.crossesItself && f.crossingArmShare >= s.minArmShare;
  return f.largestEndGapShare <= s.closingGapShare && f.angularCoverage >= s.minFigureCoverage && f.thinness >= MIN_FIGURE_THINNESS && !crossesLikeAnX;
}

/**
 * Which form a drawing is: the nearest template by $P point-cloud distance,
 * among the forms its shape allows (a closed form needs closed ink).
 */
export function recognizeForm(strokes: readonly MmPolyline[], settings: RecognizerSettings = RECOGNIZER_SETTINGS): Recognition {
  const allowed = (f: ShapeFeatures) => FORM_IDS.filter((form) => SHAPE_GATES[form](f, settings));
  return classifyDrawing(measureDrawing(strokes, allowed), settings);
}

/** The same decision on measures taken earlier (tuning classifies each stroke under many settings). */
export function classifyDrawing(measures: DrawingMeasures | null, settings: RecognizerSettings): Recognition {
  if (!measures) return { form: 'unrecognized', distance: Infinity };
  let best: Recognition = { form: 'unrecognized', distance: Infinity };
  for (const form of FORM_IDS) {
    if (!SHAPE_GATES[form](measures.features, settings)) continue;
    if (measures.nearest[form] < best.distance) best = { form, distance: measures.nearest[form] };
  }
  const limit = CLOSED_FORMS.has(best.form) ? settings.closedRejectAbove : settings.rejectAbove;
  return best.distance <= limit ? best : { form: 'unrecognized', distance: best.distance };
}
