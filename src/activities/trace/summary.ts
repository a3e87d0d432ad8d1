import { z } from '../../schema/zod';
import { SUMMARY_HEAD, summaryHead } from '../../activity/summary-head';
import { traceAttemptSchema, type TraceAttempt } from './record';

const trace = traceAttemptSchema.shape;

/** What lists and charts read of a traced attempt: the parameters and metrics they use, and each criterion's id and result. */
export const traceSummarySchema = traceAttemptSchema.pick({ ...SUMMARY_HEAD, adaptive: true }).extend({
  params: trace.params.pick({ form: true, guide: true, sizeMm: true, corridorMm: true }),
  metrics: trace.metrics.pick({ coveragePct: true, inBandPct: true, meanDeviationMm: true, drawingMs: true, passed: true, tooSmallToScore: true }),
  criteria: z.array(trace.criteria.element.pick({ id: true, met: true })),
});
export type TraceSummary = z.infer<typeof traceSummarySchema>;

export function summarizeTrace(a: TraceAttempt): TraceSummary {
  const { form, guide, sizeMm, corridorMm } = a.params;
  const { coveragePct, inBandPct, meanDeviationMm, drawingMs, passed, tooSmallToScore } = a.metrics;
  return {
    ...summaryHead(a),
    adaptive: a.adaptive,
    params: { form, guide, sizeMm, corridorMm },
    metrics: { coveragePct, inBandPct, meanDeviationMm, drawingMs, passed, tooSmallToScore },
    criteria: a.criteria.map(({ id, met }) => ({ id, met })),
  };
}
