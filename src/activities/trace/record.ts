import { z } from 'zod';
import { attemptBaseShape, mmPairSchema } from '../../schema/parts';
import { traceParamsSchema } from './params';

export const traceMetricsSchema = z.object({
  meanDeviationMm: z.number().min(0),
  rmsDeviationMm: z.number().min(0),
  maxDeviationMm: z.number().min(0),
  inBandPct: z.number().min(0).max(100),
  coveragePct: z.number().min(0).max(100),
  startErrorMm: z.number().min(0),
  directionCorrect: z.boolean(),
  strokeOrderCorrect: z.boolean(),
  strokeCount: z.int().min(0),
  drawingMs: z.number().min(0),
  durationMs: z.number().min(0),
  inkLengthMm: z.number().min(0),
  speedMmPerS: z.number().min(0),
  passed: z.boolean(),
});
export type TraceMetrics = z.infer<typeof traceMetricsSchema>;

export const traceAttemptSchema = z.object({
  ...attemptBaseShape,
  activity: z.literal('trace'),
  params: traceParamsSchema,
  template: z.object({
    strokes: z.array(z.array(mmPairSchema)).describe('polylines in mm, in the expected order and direction'),
  }),
  metrics: traceMetricsSchema,
});
export type TraceAttempt = z.infer<typeof traceAttemptSchema>;
