import { z } from './zod';
import { sortAttemptSchema } from '../activities/sort';
import { targetsAttemptSchema } from '../activities/targets';
import { traceAttemptSchema } from '../activities/trace';

/** The head every summary keeps: who, when, how it ended, in which session. */
const HEAD = { id: true, schemaVersion: true, activity: true, status: true, endReason: true, profileId: true, startedAt: true, endedAt: true, durationMs: true, session: true, params: true, metrics: true } as const;
const trace = traceAttemptSchema.shape;

/**
 * An attempt without its raw input: what a list, a chart or a goal reads,
 * about a quarter of a kilobyte instead of the tens of kilobytes a stroke's
 * samples take. Stored beside each attempt, so a report of 5,000 attempts
 * never reads a sample; a replay reads the full attempt by id. Tracing keeps
 * the parameters and metrics that lists and charts use, and each copy
 * criterion's id and result (its wording is in the strings, by id).
 */
export const attemptSummarySchema = z.discriminatedUnion('activity', [
  traceAttemptSchema.pick({ ...HEAD, adaptive: true }).extend({
    params: trace.params.pick({ form: true, guide: true, sizeMm: true, corridorMm: true }),
    metrics: trace.metrics.pick({ coveragePct: true, inBandPct: true, meanDeviationMm: true, drawingMs: true, passed: true }),
    criteria: z.array(trace.criteria.element.pick({ id: true, met: true })),
  }),
  sortAttemptSchema.pick({ ...HEAD, layout: true, results: true }),
  targetsAttemptSchema.pick({ ...HEAD, layout: true }),
]);
export type AttemptSummary = z.infer<typeof attemptSummarySchema>;
