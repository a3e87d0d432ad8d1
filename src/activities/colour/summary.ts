import type { z } from '../../schema/zod';
import { SUMMARY_HEAD, summaryHead } from '../../activity/summary-head';
import { colourAttemptSchema, type ColourAttempt } from './record';

/** What lists and charts read of a colouring attempt: everything but the samples, the outlines and the pots. */
export const colourSummarySchema = colourAttemptSchema.pick({ ...SUMMARY_HEAD, params: true, metrics: true });
export type ColourSummary = z.infer<typeof colourSummarySchema>;

export function summarizeColour(a: ColourAttempt): ColourSummary {
  return { ...summaryHead(a), params: a.params, metrics: a.metrics };
}
