import { mmPoint, type MmPolyline, type TimedMmPoint } from '../../geometry/units';
import { SCHEMA_VERSION, type AttemptStatus, type DeviceInfo, type EndReason, type Stroke } from '../../schema/parts';
import type { TraceParams } from './params';
import { traceAttemptSchema, type TraceAttempt } from './record';
import { scoreTrace } from './score';

export interface TraceRecordInput {
  id: string;
  profileId: string | null;
  status: AttemptStatus;
  endReason: EndReason;
  startedAt: Date;
  endedAt: Date;
  params: TraceParams;
  device: DeviceInfo;
  template: readonly MmPolyline[];
  strokes: readonly Stroke[];
}

/** Scores the strokes and assembles the public record, validated against its schema. */
export function buildTraceRecord(input: TraceRecordInput): TraceAttempt {
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
    device: input.device,
    template: { strokes: input.template.map((line) => line.map((p) => [p.x, p.y])) },
    strokes: input.strokes,
    metrics: scoreTrace(input.template, input.strokes.map((s) => s.points.map(asTimedMm)), {
      corridorMm: input.params.corridorMm,
      passCoveragePct: input.params.passCoveragePct,
      passInBandPct: input.params.passInBandPct,
    }),
  });
}

/** A record's sample positions are mm by the schema's contract. */
export function asTimedMm(p: { x: number; y: number; t: number }): TimedMmPoint {
  return Object.assign(mmPoint(p.x, p.y), { t: p.t });
}
