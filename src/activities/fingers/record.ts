import { z } from '../../schema/zod';
import { attemptBaseShape, mmPairSchema } from '../../schema/parts';
import { pathMetricsSchema } from '../../forms/path-metrics';
import { FINGERS } from './hand-layout';
import { fingersParamsSchema } from './params';

const mm = z.number().min(0);
const ms = z.number().describe('ms since the attempt began');
const count = z.int().min(0);
const side = z.enum(['left', 'right']);

export const contactSchema = z.object({
  id: z.int().min(1).describe('in the order the contacts came down'),
  down: ms, up: ms.nullable().describe('null: still down when the attempt ended'),
  x: z.number(), y: z.number(), upX: z.number().nullable(), upY: z.number().nullable(),
  widthMm: mm.nullable().describe("the contact's size, where the device reports one"), heightMm: mm.nullable(),
  side: side.describe('the half of the screen it came down on'),
  cancelled: z.boolean().describe('lifted by the browser taking the pointer, not by the finger'),
});

const spotSchema = z.object({ role: z.string().describe('thumb, index… (isolate); left, right (tap, together); drum; pattern-1…'), x: z.number(), y: z.number(), radiusMm: z.number().positive() });

/** One hand's path in mirror drawing, scored as tracing scores a path; null if that hand drew nothing. */
const handPath = pathMetricsSchema.nullable().describe("one hand's path scored as tracing scores it (docs/metrics.md, Tracing)");

const tappingSchema = z.object({ taps: count, meanIntervalMs: mm.nullable(), intervalCv: mm.nullable(), meanDwellMs: mm.nullable(), scatterMm: mm.nullable() });

export const fingersMetricsSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('isolate'),
    trials: z.array(z.object({ tap: z.int().min(1).nullable().describe('the contact that answered the dot'), correct: z.boolean(), reactionMs: mm.nullable(), dwellMs: mm.nullable(), extraContacts: count })),
    correctTaps: count, anchorLifts: count.describe('times the thumb came off its anchor while dots were lit'),
    meanExtraContacts: mm.nullable().describe('other fingers down within 150 ms of each tap, per tap'), meanReactionMs: mm.nullable(), meanDwellMs: mm.nullable(),
    completed: z.boolean(),
  }),
  z.object({
    mode: z.literal('tap'),
    hands: z.array(tappingSchema.extend({ hand: side })).describe('each hand’s window, in the order tapped'),
    handDifferenceTaps: z.int().nullable().describe('the drawing hand’s taps minus the other hand’s; null with one hand'),
    completed: z.boolean(),
  }),
  z.object({
    mode: z.literal('rhythm'),
    asynchronies: z.array(z.number().nullable()).describe('per beat: its tap minus the beat, ms; null for a beat with no tap'),
    meanAsynchronyMs: z.number().nullable(), sdAsynchronyMs: mm.nullable(), missedBeats: count, extraTaps: count,
    continuation: z.object({ taps: count, meanIntervalMs: mm.nullable(), intervalCv: mm.nullable(), driftMsPerTap: z.number().nullable() }),
    completed: z.boolean(),
  }),
  z.object({
    mode: z.literal('together'),
    asynchronies: z.array(z.number().nullable()).describe('per trial: the right hand’s touch-down minus the left’s, ms'),
    meanAbsAsynchronyMs: mm.nullable(), meanAsynchronyMs: z.number().nullable().describe('signed: positive, the left hand leads'),
    completed: z.boolean(),
  }),
  z.object({
    mode: z.literal('hold'),
    holdLifts: count, taps: count, onTarget: count, accuracyPct: z.number().min(0).max(100).nullable(), durationMs: mm.nullable(),
    completed: z.boolean(),
  }),
  z.object({
    mode: z.literal('mirror'),
    left: handPath, right: handPath,
    symmetryErrorMm: mm.nullable().describe('mean distance between the left path and the right one reflected, at the same moment'),
    lagMs: z.number().nullable().describe('how far the right hand moved behind the left (negative: ahead)'),
    symmetryErrorAtLagMm: mm.nullable(),
    completed: z.boolean(),
  }),
]);
export type FingersMetrics = z.infer<typeof fingersMetricsSchema>;

/** The first version of this record: nothing to migrate yet. */
export const FINGERS_RECORD_VERSION = 1;

export const fingersAttemptSchema = z.object({
  ...attemptBaseShape,
  schemaVersion: z.literal(FINGERS_RECORD_VERSION),
  activity: z.literal('fingers'),
  params: fingersParamsSchema.describe('as used: the span and mirror size as laid out, and the seed'),
  contacts: z.array(contactSchema).describe('every contact with the screen; its samples are the stroke of the same order'),
  layout: z.object({
    axisXMm: z.number().describe("the screen's middle: contacts left of it are the left hand's"),
    hand: side.describe('the hand the game used (isolate; tap: first; hold: the tapping hand)'),
    drawingHand: side,
    spots: z.array(spotSchema),
    spanMm: mm.nullable().describe('isolate: the hand outline’s span as laid out'),
    spanFrom: z.enum(['setting', 'profile', 'default']).nullable().describe('isolate: where the span came from: the link or plan, the child’s profile (measured earlier), or 120 mm'),
    measuredHand: z.object({ spanMm: mm, hand: side }).nullable().describe('isolate: the hand read from five fingers down at once on the outline, if they were'),
    forms: z.object({ left: z.array(z.array(mmPairSchema)), right: z.array(z.array(mmPairSchema)), sizeMm: mm }).nullable().describe('mirror: each hand’s form, screen mm'),
  }),
  isolation: z.object({
    order: z.array(z.enum(FINGERS)),
    lit: z.array(z.object({ finger: z.enum(FINGERS), litAt: ms, x: z.number(), y: z.number(), radiusMm: z.number().positive() })),
  }).nullable(),
  speed: z.array(z.object({ hand: side, from: ms.nullable().describe('the first tap: the window opens'), windowMs: mm })).nullable(),
  rhythm: z.object({
    clock: z.enum(['audio', 'performance']).describe('audio: beats scheduled and taps mapped on the audio clock; performance: no audio, beats shown only'),
    intervalMs: mm,
    beatsMs: z.array(z.number()).describe('on the beat clock, ms from the first beat'),
    tapsMs: z.array(z.object({ contact: z.int().min(1), atMs: z.number().describe('on the beat clock, ms from the first beat'), boundMs: mm.describe("the mapping's error bound") })),
    endMs: z.number().describe('the continuation’s end, ms from the first beat'),
    firstBeatAtMs: ms.describe('the first beat on the attempt’s own clock'),
  }).nullable(),
  together: z.object({ shownAt: z.array(ms) }).nullable(),
  hold: z.object({ from: ms.nullable(), to: ms.nullable().describe('the last tap on the light due next: the game’s end') }).nullable(),
  metrics: fingersMetricsSchema,
});
export type FingersAttempt = z.infer<typeof fingersAttemptSchema>;
