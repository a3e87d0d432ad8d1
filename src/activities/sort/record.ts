import { z } from '../../schema/zod';
import { attemptBaseShape } from '../../schema/parts';
import { sortParamsSchema } from './params';
import { SORT_COLOURS } from './round-setup';

const mmRect = { x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() };

export const sortMetricsSchema = z.object({
  correctCount: z.int().min(0).describe('objects in their right bin at the end'),
  errorCount: z.int().min(0).describe('drops into a wrong bin (distractors included)'),
  dropsOutside: z.int().min(0).describe('drops outside every bin'),
  regrabs: z.int().min(0).describe('grabs of an object already picked up before'),
  grabMisses: z.int().min(0).describe('touches that landed on no object'),
  distractorsLeft: z.int().min(0).describe('distractors on the table at the end'),
  allSorted: z.boolean(),
  totalMs: z.number().min(0).describe('from the round appearing to the last grab or drop'),
  meanTransportMs: z.number().min(0).nullable().describe('grab to drop, over carries into the right bin'),
  pathEfficiency: z.number().min(0).max(1).nullable().describe('mean over carries into the right bin of straight distance ÷ path length'),
  twoHandedCarries: z.int().min(0).describe('carries that overlapped in time with another carry'),
});
export type SortMetricsRecord = z.infer<typeof sortMetricsSchema>;

export const sortEventSchema = z.object({
  type: z.enum(['grab', 'drop']),
  itemId: z.string(),
  stroke: z.int().min(0).describe('index of the carried path in strokes'),
  t: z.number().describe('ms since startedAt'),
  x: z.number().describe('mm: the finger'),
  y: z.number(),
  itemX: z.number().describe("mm: the object's centre"),
  itemY: z.number(),
  outcome: z.enum(['correct', 'wrong', 'outside', 'cancelled']).optional().describe('drops only; cancelled: the browser took the pointer'),
  bin: z.string().nullable().optional().describe('drops only: the bin the object landed in'),
});

/** The first version of this record: nothing to migrate yet. */
export const SORT_RECORD_VERSION = 1;

export const sortAttemptSchema = z.object({
  ...attemptBaseShape,
  schemaVersion: z.literal(SORT_RECORD_VERSION),
  activity: z.literal('sort'),
  params: sortParamsSchema.extend({ seed: z.int().min(0) }).describe('as used: the seed is always recorded'),
  layout: z.object({
    items: z.array(z.object({
      id: z.string(),
      kind: z.string().describe('the picture: circle, star, button, apple, fish…'),
      colour: z.enum(Object.keys(SORT_COLOURS) as [keyof typeof SORT_COLOURS]).nullable().describe('null: a picture in its own colours'),
      x: z.number().describe('mm, centre'),
      y: z.number(),
      sizeMm: z.number().positive(),
      bin: z.string().nullable().describe('the bin it belongs in; null for a distractor'),
    })),
    bins: z.array(z.object({ id: z.string().describe('what the bin takes: a colour, shape, size or category'), ...mmRect }).describe('top-left corner and size, mm')),
    unplaced: z.array(z.string()).describe('objects that did not fit on this screen at their size'),
  }).describe('mm, same frame as device.frame'),
  events: z.array(sortEventSchema).describe('every grab and drop, in order'),
  results: z.array(z.object({ itemId: z.string(), bin: z.string().nullable(), placedIn: z.string().nullable(), correct: z.boolean(), grabs: z.int().min(0) })).describe('per object: where it belongs, where it ended, whether that is right'),
  metrics: sortMetricsSchema,
});
export type SortAttempt = z.infer<typeof sortAttemptSchema>;
