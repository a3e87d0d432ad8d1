import { z } from '../../schema/zod';
import { attemptBaseShape, pointerTypeSchema } from '../../schema/parts';
import { targetsParamsSchema } from './params';

const targetSchema = z.object({
  x: z.number().describe('mm, centre'),
  y: z.number(),
  diameterMm: z.number().positive(),
  id: z.string().optional().describe('pinch: the object'),
  kind: z.string().optional().describe('pinch: ladybug or pea'),
});

const tapSchema = z.object({
  sequence: z.int().min(0).describe('ring: which sequence (condition); pop: 0'),
  targetIndex: z.int().min(0).describe('index in layout.targets'),
  x: z.number().describe('mm, where the finger came down'),
  y: z.number(),
  t: z.number().describe('ms since startedAt, at touch-down'),
  hit: z.boolean(),
  movementMs: z.number().min(0).describe('pop: from the target appearing; ring: from the previous selection (0 for a sequence’s first)'),
  pointerType: pointerTypeSchema,
  contact: z.object({ widthMm: z.number().min(0), heightMm: z.number().min(0) }).nullable().describe('the touch’s contact size where the browser reports it'),
});

const sequenceSchema = z.object({
  amplitudeMm: z.number(),
  widthMm: z.number(),
  effectiveWidthMm: z.number().nullable().describe('4.133 × SD(dx)'),
  effectiveAmplitudeMm: z.number().describe('mean of a + dx'),
  effectiveIdBits: z.number().nullable().describe('log2(Ae / We + 1)'),
  meanMovementMs: z.number(),
  throughputBitsPerS: z.number().nullable().describe('IDe / MT'),
  hits: z.int().min(0),
  misses: z.int().min(0),
  errorRatePct: z.number().min(0).max(100),
});

export const targetsMetricsSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('pop'),
    hits: z.int().min(0),
    misses: z.int().min(0),
    meanMovementMs: z.number().nullable(),
    meanEndpointErrorMm: z.number().nullable().describe('touch-down to target centre'),
    staircase: z.array(z.object({ diameterMm: z.number(), hit: z.boolean() })).describe('per trial'),
    reversals: z.int().min(0),
    thresholdMm: z.number().nullable().describe('mean diameter at the last six reversals; null before six'),
    finalDiameterMm: z.number().nullable(),
  }),
  z.object({
    mode: z.literal('ring'),
    sequences: z.array(sequenceSchema).describe('MacKenzie’s method; docs/metrics.md'),
    throughputBitsPerS: z.number().nullable().describe('mean of the sequences’ throughputs'),
    hits: z.int().min(0),
    misses: z.int().min(0),
  }),
  z.object({
    mode: z.literal('pinch'),
    grasps: z.int().min(0),
    failedGrasps: z.int().min(0),
    failedOneFinger: z.int().min(0),
    failedNotClosing: z.int().min(0),
    meanGripApertureMm: z.number().nullable().describe('distance between the two touches at grasp'),
    meanTransportMs: z.number().nullable().describe('grasp to the release into the jar'),
    dropsOutside: z.int().min(0),
    inJar: z.int().min(0),
    totalMs: z.number().min(0),
  }),
]);

/** Version 2: the ring's throughput by MacKenzie's serial-task method (record-from-1.ts). */
export const TARGETS_RECORD_VERSION = 2;

export const targetsAttemptSchema = z.object({
  ...attemptBaseShape,
  schemaVersion: z.literal(TARGETS_RECORD_VERSION),
  activity: z.literal('targets'),
  params: targetsParamsSchema.extend({ seed: z.int().min(0) }).describe('as used: the seed is always recorded'),
  layout: z.object({
    targets: z.array(targetSchema).describe('in the order of presentation (pinch: the objects)'),
    jar: targetSchema.nullable().describe('pinch only'),
  }).describe('mm, same frame as device.frame'),
  taps: z.array(tapSchema).describe('pop and ring: every touch-down'),
  touchUps: z.array(z.object({ sequence: z.int().min(0), targetIndex: z.int().min(0), x: z.number(), y: z.number(), t: z.number() })),
  pinchEvents: z.array(z.object({
    type: z.enum(['grasp', 'release', 'failed']),
    itemId: z.string(),
    t: z.number(),
    x: z.number().describe('mm: midway between the fingers (one finger: the finger)'),
    y: z.number(),
    apertureMm: z.number().nullable(),
    inJar: z.boolean().optional(),
    reason: z.enum(['opened', 'lifted', 'one-finger', 'not-closing']).optional(),
  })),
  metrics: targetsMetricsSchema,
});
export type TargetsAttempt = z.infer<typeof targetsAttemptSchema>;
