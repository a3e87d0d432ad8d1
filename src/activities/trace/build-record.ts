import type { MmPoint, MmPolyline } from '../../geometry/units';
import { SCHEMA_VERSION, type AttemptStatus, type DeviceInfo, type EndReason, type Stroke } from '../../schema/parts';
import type { Handedness, TraceParams } from './params';
import { traceAttemptSchema, type TraceAttempt } from './record';
import { scoreTraceAttempt } from './score-attempt';

export interface TraceRecordInput {
  id: string;
  profileId: string | null;
  status: AttemptStatus;
  endReason: EndReason;
  startedAt: Date;
  endedAt: Date;
  /** As used for this attempt (an adaptive corridor included). */
  params: TraceParams;
  handedness: Handedness;
  device: DeviceInfo;
  template: readonly MmPolyline[];
  /** Where the template is centred: the form's place, or the drawing box's centre. */
  centre: MmPoint;
  drawingBox: TraceAttempt['drawingBox'];
  /** The adaptive corridor's part of the record, given whether this attempt passed. */
  adaptive: (passed: boolean) => TraceAttempt['adaptive'];
  strokes: readonly Stroke[];
}

/** Scores the strokes and assembles the public record, validated against its schema. */
export function buildTraceRecord(input: TraceRecordInput): TraceAttempt {
  const score = scoreTraceAttempt(input.params, input.template, input.centre, input.strokes);
  return traceAttemptSchema.parse({
    id: input.id,
    schemaVersion: SCHEMA_VERSION,
    activity: 'trace',
    status: input.status,
    endReason: input.endReason,
    profileId: input.profileId,
    startedAt: input.startedAt.toISOString(),
    endedAt: input.endedAt.toISOString(),
    durationMs: Math.max(0, input.endedAt.getTime() - input.startedAt.getTime()),
    params: input.params,
    handedness: input.handedness,
    device: input.device,
    template: { strokes: input.template.map((line) => line.map((p) => [p.x, p.y])) },
    drawingBox: input.drawingBox,
    recognizedForm: score.recognizedForm,
    criteria: score.criteria,
    fit: score.fit,
    adaptive: input.adaptive(score.metrics.passed),
    strokes: input.strokes,
    metrics: score.metrics,
  });
}
