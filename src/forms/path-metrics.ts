import { z } from '../schema/zod';

/**
 * How closely ink follows a template: the geometric part of tracing's
 * metrics, the same in every stage, and of each hand's path in mirror
 * drawing. scorePath computes it; tracing's and the fingers' records both
 * keep it. Definitions: docs/metrics.md ("Tracing").
 */
export const pathMetricsSchema = z.object({
  meanDeviationMm: z.number().min(0),
  rmsDeviationMm: z.number().min(0),
  maxDeviationMm: z.number().min(0),
  inBandPct: z.number().min(0).max(100),
  coveragePct: z.number().min(0).max(100),
  corridorExits: z.int().min(0).describe('times the ink left the corridor'),
  startErrorMm: z.number().min(0),
  directionCorrect: z.boolean(),
  strokeOrderCorrect: z.boolean(),
  strokeCount: z.int().min(0),
  drawingMs: z.number().min(0),
  durationMs: z.number().min(0),
  inkLengthMm: z.number().min(0),
  speedMmPerS: z.number().min(0),
});
export type PathMetrics = z.infer<typeof pathMetricsSchema>;
