import type { z } from '../../schema/zod';
import { SUMMARY_HEAD, summaryHead } from '../../activity/summary-head';
import { targetsAttemptSchema, type TargetsAttempt } from './record';

/** What lists and charts read of a round of targets: everything but the samples, taps and events. */
export const targetsSummarySchema = targetsAttemptSchema.pick({ ...SUMMARY_HEAD, params: true, metrics: true, layout: true });
export type TargetsSummary = z.infer<typeof targetsSummarySchema>;

export function summarizeTargets(a: TargetsAttempt): TargetsSummary {
  return { ...summaryHead(a), params: a.params, metrics: a.metrics, layout: a.layout };
}
