import type { z } from '../../schema/zod';
import { SUMMARY_HEAD, summaryHead } from '../../activity/summary-head';
import { cutAttemptSchema, type CutAttempt } from './record';

/** What lists and charts read of a cutting attempt: everything but the samples, the poses and the cut's points. */
export const cutSummarySchema = cutAttemptSchema.pick({ ...SUMMARY_HEAD, params: true, metrics: true, adaptive: true });
export type CutSummary = z.infer<typeof cutSummarySchema>;

export function summarizeCut(a: CutAttempt): CutSummary {
  return { ...summaryHead(a), params: a.params, metrics: a.metrics, adaptive: a.adaptive };
}
