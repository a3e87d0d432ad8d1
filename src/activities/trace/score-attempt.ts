import type { MmPoint, MmPolyline, TimedMmPoint } from '../../geometry/units';
import { mmPoint } from '../../geometry/units';
import { penPressure } from '../../metrics/pen-pressure';
import { strokeMotion } from '../../metrics/stroke-motion';
import type { Stroke } from '../../schema/parts';
import { checkCriteria, type Criterion } from './copy/criteria';
import { fitTemplate, fittedTemplate, type Fit } from './copy/fit';
import { recognizeForm, type RecognizedForm } from './copy/recognize';
import { SPIRAL_TURNS } from '../../forms/forms';
import { COPY_STAGES, type TraceParams } from './params';
import type { TraceMetrics } from './record';
import { scoreTrace } from '../../forms/score-path';
import { analyseSpiral } from './spiral-analysis';

export interface TraceScore {
  metrics: TraceMetrics;
  recognizedForm: RecognizedForm;
  criteria: Criterion[];
  fit: Fit | null;
}

/**
 * Everything measured about one attempt, in every stage (docs/metrics.md).
 * Path stages are measured against the template where it was shown; copy
 * and memory against the template fitted onto the drawing; a copy too small
 * to fit is measured against the model where it was shown, flagged
 * `tooSmallToScore`, and never passes. Recognition and the form's criteria
 * are read from the ink alone.
 */
export function scoreTraceAttempt(params: TraceParams, template: readonly MmPolyline[], centre: MmPoint, strokes: readonly Stroke[]): TraceScore {
  const ink = strokes.map((s) => s.points.map(asTimedMm)).filter((s) => s.length > 0);
  const copied = COPY_STAGES.has(params.guide);
  const fit = copied && ink.length ? fitTemplate(template, centre, ink) : null;
  // Ink the model cannot be fitted to (under a quarter of its size, fit.ts): no measure against it is honest.
  const tooSmallToScore = copied && ink.length > 0 && fit === null;
  const measuredAgainst = fit ? fittedTemplate(template, centre, fit) : template;
  const path = scoreTrace(measuredAgainst, ink, { corridorMm: params.corridorMm });
  const motion = ink.map((s) => strokeMotion(s));
  const pressure = penPressure(strokes);
  const recognizedForm = recognizeForm(ink).form;
  const criteria = checkCriteria(params.form, ink);
  const orderKept = params.strokeOrder === 'lenient' || (path.directionCorrect && path.strokeOrderCorrect);
  const passed = copied
    ? !tooSmallToScore && recognizedForm === params.form && criteria.every((c) => c.met) && orderKept
    : path.coveragePct >= params.passCoveragePct && path.inBandPct >= params.passInBandPct && orderKept;
  const scale = fit?.scale ?? 1;
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  return {
    metrics: {
      ...path,
      strokeMotion: motion,
      speedPeaksPerStroke: mean(motion.map((m) => m.speedPeaks)),
      normalizedJerk: mean(motion.map((m) => m.normalizedJerk)),
      penPressureMean: pressure?.mean ?? null,
      penPressureCv: pressure?.coefficientOfVariation ?? null,
      spiral: params.form === 'spiral' && ink.length
        ? analyseSpiral(ink, mmPoint(centre.x + (fit?.dx ?? 0), centre.y + (fit?.dy ?? 0)), (scale * params.sizeMm) / 2 / (SPIRAL_TURNS * 2 * Math.PI), SPIRAL_TURNS)
        : null,
      passed,
      tooSmallToScore,
    },
    recognizedForm,
    criteria,
    fit,
  };
}

/** A record's sample positions are mm by the schema's contract. */
export function asTimedMm(p: { x: number; y: number; t: number }): TimedMmPoint {
  return Object.assign(mmPoint(p.x, p.y), { t: p.t });
}
