import { measureDrawing } from '../../src/activities/trace/copy/drawing-measures';
import { classifyDrawing, type RecognizedForm } from '../../src/activities/trace/copy/recognize';
import type { RecognizerSettings } from '../../src/activities/trace/copy/recognizer-settings';
import { tuneRecognizer, type LabelledDrawing } from '../../src/activities/trace/copy/tune-recognizer';
import { mmPoint, type MmPolyline } from '../../src/geometry/units';
import { humanStrokes, seededRandom, type HumanStroke } from './helpers';

/** What each form-like gesture of the human set must be recognized as (the data's rectangle is the square form). */
export const FORM_OF: Readonly<Record<string, RecognizedForm>> = { circle: 'circle', rectangle: 'square', triangle: 'triangle', x: 'x' };
/** The goals on people the tuning never saw: every form 97%, every other gesture kept from the forms 90%. */
export const FORM_GOAL = 0.97;
export const NOT_A_FORM_GOAL = 0.9;

export interface HumanDrawing extends LabelledDrawing {
  subject: string;
  stroke: HumanStroke;
  ink: MmPolyline;
}

/**
 * Every human stroke as a copy Deft would read: placed at a seeded random
 * position and size (20–140 mm), measured once, with what counts as right.
 * A delete mark (an X whose diagonals are joined at one end) may count as an
 * x: it is how many children draw one without lifting the pencil.
 */
export function humanDrawings(): { source: 'shared' | 'fixture'; drawings: HumanDrawing[] } {
  const forms = humanStrokes('unistrokes');
  const others = humanStrokes('other-gestures');
  const random = seededRandom(20261129);
  const drawings = [...forms.strokes, ...others.strokes].map((stroke): HumanDrawing => {
    const ink = placed(stroke, 20 + random() * 120, random() * 200, random() * 150);
    const form = FORM_OF[stroke.gesture];
    return {
      label: stroke.gesture,
      subject: stroke.subject,
      stroke,
      ink,
      goal: form ? FORM_GOAL : NOT_A_FORM_GOAL,
      measures: measureDrawing([ink]),
      accepts: form ? (f) => f === form : (f) => f === 'unrecognized' || (stroke.gesture === 'delete_mark' && f === 'x'),
    };
  });
  return { source: forms.source === 'shared' && others.source === 'shared' ? 'shared' : 'fixture', drawings };
}

/** A stroke (screen px) scaled so its larger side is `sizeMm`, its box's corner at (x, y) mm. */
export function placed(stroke: HumanStroke, sizeMm: number, x = 0, y = 0): MmPolyline {
  const xs = stroke.points.map((p) => p[0]), ys = stroke.points.map((p) => p[1]);
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  const scale = sizeMm / (Math.max(Math.max(...xs) - x0, Math.max(...ys) - y0) || 1);
  return stroke.points.map(([px, py]) => mmPoint(x + (px - x0) * scale, y + (py - y0) * scale));
}

export interface HeldOut {
  /** Each person's settings, tuned on the other six. */
  settingsFor: ReadonlyMap<string, RecognizerSettings>;
  /** Every drawing as recognized under the settings its own person took no part in. */
  results: { drawing: HumanDrawing; form: RecognizedForm }[];
}

/** Leave-one-subject-out: tune on six people, recognize the seventh, for each in turn. */
export function leaveOneSubjectOut(drawings: readonly HumanDrawing[]): HeldOut {
  const subjects = [...new Set(drawings.map((d) => d.subject))].sort();
  const settingsFor = new Map(subjects.map((held) => [held, tuneRecognizer(drawings.filter((d) => d.subject !== held))]));
  const results = drawings.map((drawing) => ({ drawing, form: classifyDrawing(drawing.measures, settingsFor.get(drawing.subject)!).form }));
  return { settingsFor, results };
}
