import { z } from '../../schema/zod';
import { attemptBaseShape, mmPairSchema } from '../../schema/parts';
import { MAZE_ENTRIES } from './maze-geometry';
import { mazeParamsSchema } from './params';

const mm = z.number().min(0);

export const mazeMetricsSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('maze'),
    completed: z.boolean().describe('the character reached home'),
    wallContacts: z.int().min(0).describe('times the finger leading the character left the corridor'),
    wallContactMs: z.array(mm).describe('how long each contact lasted, until the finger was back in the corridor or lifted'),
    meanDeviationMm: mm.nullable().describe("the finger's mean distance from the nearest passage's centre line"),
    maxDeviationMm: mm.nullable(),
    wrongTurns: z.int().min(0).describe('times the finger went from a cell of the shortest route into one off it'),
    backtrackedMm: mm.describe('distance travelled in cells off the shortest route'),
    pathEfficiency: z.number().min(0).max(1).nullable().describe("the shortest route's length over the finger's path; null unless completed"),
    pathMm: mm,
    durationMs: mm.describe("from the first touch on the character to the last sample leading it"),
    movingMs: mm.describe('time the finger moved at 5 mm/s or more'),
    stops: z.int().min(0).describe('pauses of 300 ms or more below 5 mm/s'),
    sentBack: z.int().min(0).describe('strict walls: times the character was sent back'),
    strayTouches: z.int().min(0).describe('touches that did not land on the character (not measured)'),
    passed: z.boolean().describe('completed with at most params.passContacts wall contacts'),
  }),
  z.object({
    mode: z.literal('dots'),
    completed: z.boolean().describe('every dot joined in order'),
    dots: z.int().min(1),
    joined: z.int().min(0).describe('dots joined to the one before, in order'),
    orderErrors: z.int().min(0).describe('times the line reached a later dot before the next one'),
    skipped: z.array(z.int().min(0)).describe('dots that were next when a later one was reached first'),
    liftsBetweenDots: z.int().min(0).describe('pen or finger lifted between two dots'),
    segments: z.array(z.object({
      from: z.int().min(0).describe('the join from this dot to the next'),
      meanDeviationMm: mm.describe('from the straight line between the two dots'),
      maxDeviationMm: mm,
      straightness: z.number().min(0).max(1).describe("the dots' distance apart over the ink's length between them"),
      ms: mm,
      hitMm: mm.describe("the line's closest pass to the arriving dot's centre"),
    })),
    meanDeviationMm: mm.nullable(),
    maxDeviationMm: mm.nullable(),
    meanStraightness: z.number().min(0).max(1).nullable(),
    meanHitMm: mm.nullable(),
    totalMs: mm.describe('first touch to the last join (to the last sample, unfinished)'),
    finishedBy: z.enum(['joined', 'done', 'left']),
    passed: z.boolean().describe('every dot joined, with no order error'),
  }),
]);
export type MazeMetrics = z.infer<typeof mazeMetricsSchema>;

/** The first version of this record: nothing to migrate yet. */
export const MAZE_RECORD_VERSION = 1;

export const mazeAttemptSchema = z.object({
  ...attemptBaseShape,
  schemaVersion: z.literal(MAZE_RECORD_VERSION),
  activity: z.literal('maze'),
  params: mazeParamsSchema.describe('as used: a maze records its seed and, with adaptive or on a small screen, the corridor it had; dots record their count and spacing'),
  maze: z.object({
    origin: mmPairSchema.describe("the grid's top-left corner on the screen, mm"),
    cellMm: z.number().positive(),
    entry: z.enum(MAZE_ENTRIES).describe('the ways in and out: on the left and right sides, or on the top and bottom (an upright phone)'),
    wallMm: z.number().positive(),
    open: z.array(z.int().min(0).max(15)).describe("each cell's open sides, row by row: N 1, E 2, S 4, W 8"),
    solution: z.array(z.int().min(0)).describe('the cells of the shortest route'),
  }).nullable().describe('mode maze: the maze as laid out (also rebuilt from kind, columns, rows and seed)'),
  picture: z.object({
    dots: z.array(mmPairSchema).describe('screen mm, in the order they are joined'),
    outline: z.array(mmPairSchema).describe('the closed outline the dots make, screen mm'),
  }).nullable().describe('mode dots'),
  adaptive: z.object({
    corridorMm: z.number().describe('the corridor this attempt had'),
    nextCorridorMm: z.number(),
    reversals: z.int().min(0),
    thresholdMm: z.number().nullable().describe('mean corridor at the last six reversals; null before six'),
  }).nullable().describe('maze with adaptive: the just-right corridor'),
  metrics: mazeMetricsSchema,
});
export type MazeAttempt = z.infer<typeof mazeAttemptSchema>;
