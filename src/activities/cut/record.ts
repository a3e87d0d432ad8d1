import { z } from '../../schema/zod';
import { attemptBaseShape, mmPairSchema, strokeSchema } from '../../schema/parts';
import { cutParamsSchema } from './params';

export const cutMetricsSchema = z.object({
  meanDeviationMm: z.number().min(0).nullable().describe('mean distance of the cut from the line, in the paper’s frame; null with no cut'),
  maxDeviationMm: z.number().min(0).nullable().describe('greatest distance of the cut from the line'),
  withinBandPct: z.number().min(0).max(100).describe("share of the line's length cut within the band"),
  cutPct: z.number().min(0).max(100).describe("share of the line's length cut at all"),
  bandExits: z.int().min(0).describe('times the cut went out of the band'),
  pieceFree: z.boolean().describe('the piece came away (fringe: every snip cut most of its length)'),
  startedAtEdge: z.boolean().nullable().describe("the first cut began at the line's own start on the paper's edge; null with no cut"),
  cuttingMs: z.number().min(0).describe('time the scissors were on the paper'),
  totalMs: z.number().min(0).describe('from the sheet appearing to the last touch'),
  speedMmPerS: z.number().min(0).nullable().describe('the cut’s length over the cutting time'),
  snips: z.int().min(0).describe('bursts of movement separated by slowing'),
  meanSnipMm: z.number().min(0).nullable(),
  snipVariationPct: z.number().min(0).nullable().describe("coefficient of variation of the snips' lengths; null under three"),
  pauses: z.int().min(0).describe('stops of 300 ms or more with the scissors on the paper'),
  pausedMs: z.number().min(0),
  heldPct: z.number().min(0).max(100).nullable().describe('share of the cutting time the helping hand held the paper; null without the helping hand or cutting'),
  letGoes: z.int().min(0).describe('times the helping hand let go between the first cut and the last'),
  turnDeg: z.number().min(0).describe("the paper's turning, all of it either way"),
  turns: z.int().min(0).describe('spells of turning the paper'),
  cuttingStoppedForTurns: z.int().min(0).describe('of those, the spells in which the cutting hand stopped'),
  passed: z.boolean().describe('pieceFree and withinBandPct at least params.passWithinPct'),
});
export type CutMetrics = z.infer<typeof cutMetricsSchema>;

/** The first version of this record: nothing to migrate yet. */
export const CUT_RECORD_VERSION = 1;

const timeSpanSchema = z.object({ start: z.number().describe('ms since startedAt'), end: z.number() });

export const cutAttemptSchema = z.object({
  ...attemptBaseShape,
  schemaVersion: z.literal(CUT_RECORD_VERSION),
  activity: z.literal('cut'),
  params: cutParamsSchema.required({ lengthMm: true, hand: true }).describe('as used: the length and the hand always recorded; with adaptive, toleranceMm is the staircase’s band for this attempt'),
  sheet: z.object({
    width: z.number().positive().describe('mm'),
    height: z.number().positive(),
    lines: z.array(z.array(mmPairSchema)).describe("the printed lines in the paper's frame (mm from its top-left corner), in the order and direction they are cut"),
    holdSpot: z.object({ x: z.number(), y: z.number(), radiusMm: z.number().positive() }).nullable().describe("where the helping hand holds the paper, paper frame; null without it"),
  }),
  poses: z.array(z.object({ t: z.number(), x: z.number(), y: z.number(), angle: z.number() }))
    .describe("the paper on the screen whenever it moved: its centre in mm (device.frame) and its turn in radians, clockwise; the first is where it lay at the start. A point (px, py) of the paper is on the screen at centre + R(angle)·(px − width/2, py − height/2)"),
  helperStrokes: z.array(strokeSchema).describe('the helping hand: every touch of the other hand, as `strokes` are the cutting hand’s (screen mm)'),
  held: z.array(timeSpanSchema).describe('spans the helping hand held the paper at its spot'),
  cuts: z.array(z.array(mmPairSchema)).describe("the cut in the paper's frame, one polyline per stretch the scissors cut (the screen's strokes brought onto the turning paper)"),
  piece: z.object({
    outline: z.array(mmPairSchema).describe("paper frame: the child's own edge and the paper's"),
    areaMm2: z.number().min(0),
    t: z.number().describe('ms since startedAt, when it came away'),
  }).nullable(),
  adaptive: z.object({
    toleranceMm: z.number().positive().describe('the band of this attempt'),
    nextToleranceMm: z.number().positive().describe('the band of the next one'),
    reversals: z.int().min(0),
    thresholdMm: z.number().positive().nullable().describe('mean band at the last six reversals; null before six'),
  }).nullable(),
  metrics: cutMetricsSchema,
});
export type CutAttempt = z.infer<typeof cutAttemptSchema>;
