import type { z } from '../../schema/zod';
import { SUMMARY_HEAD, summaryHead } from '../../activity/summary-head';
import { fingersAttemptSchema, type FingersAttempt } from './record';

/** What lists and charts read of a fingers game: everything but the samples and the contacts. */
export const fingersSummarySchema = fingersAttemptSchema.pick({ ...SUMMARY_HEAD, params: true, metrics: true });
export type FingersSummary = z.infer<typeof fingersSummarySchema>;

export function summarizeFingers(a: FingersAttempt): FingersSummary {
  return { ...summaryHead(a), params: a.params, metrics: a.metrics };
}
