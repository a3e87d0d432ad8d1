import { z } from '../../schema/zod';
import { attemptBaseShape, mmPairSchema, strokeSchema } from '../../schema/parts';
import { MIN_FIT_SCALE } from './copy/fit';
import { FORM_IDS } from '../../forms/forms';
import { pathMetricsSchema } from '../../forms/path-metrics';
import { handednessSchema, traceParamsSchema } from './params';

const strokeMotionSchema = z.object({
  speedPeaks: z.int().min(0).describe('peaks in the speed profile: 1 for one fluent movement'),
  normalizedJerk: z.number().min(0).describe("Teulings' dimensionless normalized jerk; about 19 for an ideal smooth movement"),
});

export const traceMetricsSchema = pathMetricsSchema.extend({
  strokeMotion: z.array(strokeMotionSchema).describe('one per stroke, in drawing order'),
  speedPeaksPerStroke: z.number().min(0).describe('mean over strokes'),
  normalizedJerk: z.number().min(0).describe('mean over strokes'),
  penPressureMean: z.number().min(0).max(1).nullable().describe('null unless drawn with a pen'),
  penPressureCv: z.number().min(0).nullable().describe('coefficient of variation of pen pressure; null unless drawn with a pen'),
  spiral: z.object({
    radialDeviationPerTurnMm: z.array(z.number().min(0)),
    tremorIndexPct: z.number().min(0).max(100),
  }).nullable().describe('spiral only'),
  passed: z.boolean(),
  tooSmallToScore: z.boolean()
    .describe('copy and memory: the drawing was under a quarter of the model’s size, so the model was not fitted to it and the path measures mean nothing; never passed'),
});
export type TraceMetrics = z.infer<typeof traceMetricsSchema>;

/** 2: criteria keep only their id and result; their wording is in the strings, by id. 3: copies too small to score say so. */
export const TRACE_RECORD_VERSION = 3;

export const recognizedFormSchema = z.enum([...FORM_IDS, 'unrecognized']);

export const traceAttemptSchema = z.object({
  ...attemptBaseShape,
  schemaVersion: z.literal(TRACE_RECORD_VERSION),
  activity: z.literal('trace'),
  params: traceParamsSchema.describe('as used for this attempt: with adaptive, corridorMm is the staircase’s corridor for it'),
  handedness: handednessSchema.describe('the drawing hand the layout was made for'),
  template: z.object({
    strokes: z.array(z.array(mmPairSchema)).describe('polylines in mm, in the expected order and direction, where they were placed'),
  }),
  drawingBox: z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() })
    .nullable().describe('copy and memory: the box the child draws in, mm, same frame as device.frame'),
  recognizedForm: recognizedFormSchema.describe('what the drawing looks like, whatever was asked'),
  criteria: z.array(z.object({ id: z.string(), met: z.boolean() })).describe("the form's copy criteria, one by one, by id (docs/metrics.md words each)"),
  fit: z.object({ scale: z.number().positive(), dx: z.number(), dy: z.number() })
    .nullable().describe('copy and memory: the template scaled by `scale` about the drawing box centre, then shifted by (dx, dy) mm, lies on the drawing; the metrics are measured against it'),
  adaptive: z.object({
    corridorMm: z.number().positive().describe('the corridor of this attempt'),
    nextCorridorMm: z.number().positive().describe('the corridor of the next one'),
    reversals: z.int().min(0),
    thresholdMm: z.number().positive().nullable().describe('mean corridor at the last six reversals; null before six'),
  }).nullable(),
  taps: z.array(strokeSchema).default([])
    .describe('touches with less ink than a try (under 6 mm: a tap on the start dot): not scored, not in `strokes`; the demonstration was shown again'),
  metrics: traceMetricsSchema,
});
export type TraceAttempt = z.infer<typeof traceAttemptSchema>;

/** Version 1 stored each criterion's English wording in every record; version 2 keeps its id. */
export function traceRecordFrom1(old: Record<string, unknown>): Record<string, unknown> {
  const criteria = Array.isArray(old.criteria) ? old.criteria.map((c: unknown) => {
    if (typeof c !== 'object' || c === null) return c;
    const kept = { ...(c as Record<string, unknown>) };
    delete kept.description;
    return kept;
  }) : old.criteria;
  return { ...old, schemaVersion: 2, criteria };
}

/**
 * Version 2 fitted the model to any copy, however small, and measured it
 * there: a 3-point scribble scored 100% coverage. Version 3 refuses a fit
 * under MIN_FIT_SCALE (copy/fit.ts); an old copy whose stored fit is below it
 * is marked too small to score, and so not passed. Its numbers stay as they were stored.
 */
export function traceRecordFrom2(old: Record<string, unknown>): Record<string, unknown> {
  const fit = old.fit as { scale?: unknown } | null | undefined;
  const tooSmallToScore = typeof fit?.scale === 'number' && fit.scale < MIN_FIT_SCALE;
  const metrics = old.metrics as Record<string, unknown> | undefined;
  return { ...old, schemaVersion: 3, metrics: metrics && { ...metrics, tooSmallToScore, passed: tooSmallToScore ? false : metrics.passed } };
}
