import type { MmPoint, MmPolyline } from '../../geometry/units';
import type { Stroke } from '../../schema/parts';
import { recordHead, type AttemptHead } from '../../schema/record-head';
import type { Handedness, TraceParams } from './params';
import { TRACE_RECORD_VERSION, type TraceAttempt } from './record';
import { scoreTraceAttempt } from './score-attempt';

export interface TraceRecordInput {
  head: AttemptHead;
  /** As used for this attempt (an adaptive corridor included). */
  params: TraceParams;
  handedness: Handedness;
  template: readonly MmPolyline[];
  /** Where the template is centred: the form's place, or the drawing box's centre. */
  centre: MmPoint;
  drawingBox: TraceAttempt['drawingBox'];
  /** The adaptive corridor's part of the record, given whether this attempt passed. */
  adaptive: (passed: boolean) => TraceAttempt['adaptive'];
  strokes: readonly Stroke[];
  /** Touches too short to count (the recorder's taps). */
  taps: readonly Stroke[];
}

/** Scores the strokes and assembles the public record (the attempt lifecycle checks it against its schema, once). */
export function buildTraceRecord(input: TraceRecordInput): TraceAttempt {
  const score = scoreTraceAttempt(input.params, input.template, input.centre, input.strokes);
  return {
    ...recordHead(input.head, 'trace', TRACE_RECORD_VERSION, input.strokes),
    params: input.params,
    handedness: input.handedness,
    template: { strokes: input.template.map((line) => line.map((p) => [p.x, p.y])) },
    drawingBox: input.drawingBox,
    recognizedForm: score.recognizedForm,
    criteria: score.criteria,
    fit: score.fit,
    adaptive: input.adaptive(score.metrics.passed),
    strokes: [...input.strokes],
    taps: [...input.taps],
    metrics: score.metrics,
  };
}
