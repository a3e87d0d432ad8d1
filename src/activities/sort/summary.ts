import type { z } from '../../schema/zod';
import { SUMMARY_HEAD, summaryHead } from '../../activity/summary-head';
import { sortAttemptSchema, type SortAttempt } from './record';

/** What lists and charts read of a sorting round: everything but the samples and the grab-by-grab events. */
export const sortSummarySchema = sortAttemptSchema.pick({ ...SUMMARY_HEAD, params: true, metrics: true, layout: true, results: true });
export type SortSummary = z.infer<typeof sortSummarySchema>;

export function summarizeSort(a: SortAttempt): SortSummary {
  return { ...summaryHead(a), params: a.params, metrics: a.metrics, layout: a.layout, results: a.results };
}
