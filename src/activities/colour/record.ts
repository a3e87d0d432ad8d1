import { z } from '../../schema/zod';
import { attemptBaseShape, mmPairSchema, strokeSchema } from '../../schema/parts';
import { colourParamsSchema } from './params';
import { PICTURE_IDS } from './pictures';

const pct = z.number().min(0).max(100);
/** A crayon colour as CSS writes it. */
const hexColourSchema = z.string().regex(/^#[0-9a-f]{6}$/);

export const colourMetricsSchema = z.object({
  coveragePct: pct.describe("share of the part's area coloured, on the coverage grid"),
  coverageByRegionPct: z.array(pct).describe("each part's share coloured, in the picture's order"),
  overallCoveragePct: pct.describe('all the parts together'),
  outsidePct: pct.nullable().describe('colour laid outside the part, as a share of all colour laid; null with none laid'),
  maxExcursionMm: z.number().min(0).describe("farthest the crayon's edge went past the part's outline"),
  outwardCrossings: z.int().min(0).describe("times the crayon's edge went 0.5 mm or more past the outline after being wholly inside (a stroke begun outside counts once)"),
  edgeSharePct: pct.nullable().describe('colour laid within 2 mm of the outline, either side, as a share of all colour laid'),
  edgeCoveragePct: pct.describe('share of the 2 mm band just inside the outline coloured'),
  strokes: z.int().min(0),
  meanStrokeLengthMm: z.number().min(0).nullable(),
  meanStraightness: z.number().min(0).max(1).nullable().describe('straight-line distance over path length, averaged over strokes of 5 mm or more'),
  colouringMs: z.number().min(0).describe('time the crayon was down'),
  speedMmS: z.number().min(0).nullable().describe("the crayon's path over the colouring time"),
  meanPenPressure: z.number().min(0).max(1).nullable().describe('mean pressure of pen samples; null without a pen'),
  finishedBy: z.enum(['threshold', 'done', 'left']).describe('the part reached params.thresholdPct, the child pressed done, or the attempt was left'),
  passed: z.boolean().describe('coveragePct reached params.thresholdPct and outsidePct is at most params.passOutsidePct'),
});
export type ColourMetrics = z.infer<typeof colourMetricsSchema>;

/** The first version of this record: nothing to migrate yet. */
export const COLOUR_RECORD_VERSION = 1;

export const colourAttemptSchema = z.object({
  ...attemptBaseShape,
  schemaVersion: z.literal(COLOUR_RECORD_VERSION),
  activity: z.literal('colour'),
  params: colourParamsSchema.required({ sizeMm: true }).describe('as used: the width the picture had on this screen always recorded; part is the one coloured'),
  strokes: z.array(strokeSchema.extend({ colour: hexColourSchema.describe("the crayon's colour") })).describe('every stroke of colour in screen mm (device.frame), with its crayon'),
  picture: z.object({
    id: z.enum(PICTURE_IDS),
    origin: mmPairSchema.describe("the picture's top-left corner on the screen, mm"),
    regions: z.array(z.object({
      id: z.string(),
      rings: z.array(z.array(mmPairSchema)).describe('outline rings in screen mm; even-odd, so a ring inside another is a hole'),
    })).describe("the parts, in the picture's order"),
    lines: z.array(z.array(mmPairSchema)).describe('lines drawn but not coloured (a stalk, an eye), screen mm'),
  }),
  pots: z.array(z.object({ x: z.number(), y: z.number(), radiusMm: z.number().positive(), colour: hexColourSchema })).describe('the colour pots, screen mm'),
  potTaps: z.array(z.object({ t: z.number(), pot: z.int().min(0), distanceMm: z.number().min(0).describe("from the pot's centre") })).describe('each tap that picked a crayon'),
  grid: z.object({
    cellMm: z.number().positive(),
    columns: z.int().positive(),
    rows: z.int().positive(),
    x: z.number().describe("the grid's top-left corner on the screen, mm"),
    y: z.number(),
  }).describe('the coverage grid the measures were counted on: recomputed from the strokes, never stored'),
  metrics: colourMetricsSchema,
});
export type ColourAttempt = z.infer<typeof colourAttemptSchema>;
