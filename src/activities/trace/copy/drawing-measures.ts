import type { MmPolyline } from '../../../geometry/units';
import { mmPoint } from '../../../geometry/units';
import { FORM_IDS, formTemplate, type FormId } from '../../../forms/forms';
import { cloudDistance, pointCloud, type PointCloud } from './point-cloud';
import { shapeFeatures, type ShapeFeatures } from './shape-features';

/**
 * What the recognizer reads from a drawing before any threshold is applied:
 * its shape features and its $P distance to the nearest template of each
 * form. Measured once, it can be classified under any settings, which is
 * what makes tuning on thousands of strokes quick.
 */
export interface DrawingMeasures {
  features: ShapeFeatures;
  nearest: Readonly<Record<FormId, number>>;
}

/** No setting trusts a template this far away (tune-recognizer.ts tries up to 0.16), so the matching may stop there. */
const FAR_FROM_EVERY_FORM = 0.2;

/** Stretched versions of the closed forms: a child's square is rarely square. */
const STRETCH = 1.5;

interface Template { form: FormId; cloud: PointCloud }

/** Every form, plus the variants people really draw (docs/metrics.md). */
const TEMPLATES: readonly Template[] = FORM_IDS.flatMap((form) => variants(form).map((lines) => ({ form, cloud: pointCloud(lines) })));

/**
 * Null for a drawing with no ink to read (nothing, or only taps). `formsFor`
 * says which forms' templates are worth matching, given the features: all of
 * them for tuning; only those its gates allow when recognizing one drawing
 * (the others stay at Infinity), which is most of the time saved.
 */
export function measureDrawing(strokes: readonly MmPolyline[], formsFor: (features: ShapeFeatures) => readonly FormId[] = () => FORM_IDS): DrawingMeasures | null {
  const ink = strokes.filter((s) => s.length > 1);
  if (ink.length === 0) return null;
  const features = shapeFeatures(ink);
  const wanted = new Set(formsFor(features));
  const nearest = Object.fromEntries(FORM_IDS.map((form) => [form, Infinity])) as Record<FormId, number>;
  if (wanted.size === 0) return { features, nearest };
  const cloud = pointCloud(ink);
  for (const { form, cloud: model } of TEMPLATES) if (wanted.has(form)) nearest[form] = Math.min(nearest[form], cloudDistance(cloud, model, FAR_FROM_EVERY_FORM));
  return { features, nearest };
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
