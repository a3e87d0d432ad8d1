import { z } from '../../schema/zod';
import { CUT_LINE_KINDS, type CutLineKind } from './cut-sheets';
import { DEFAULT_TOLERANCE_MM } from './measure-cut';

/** A line's length when the plan leaves it empty: a snip two fingers long, a shape a palm wide, a line across a sheet a tablet holds. */
export const DEFAULT_LENGTH_MM: Record<CutLineKind, number> = {
  fringe: 25, straight: 120, curve: 120, wave: 120, zigzag: 120, circle: 70, square: 70, triangle: 70, fish: 70,
};

/**
 * What a therapist can set for one cutting drill. Limits keep the sheet on a
 * tablet and the band between the width of a pencil line and most of the sheet.
 */
export const cutParamsSchema = z.object({
  line: z.enum(CUT_LINE_KINDS).default('straight').describe('the line to cut, in the scissor-skill sequence: fringe snips, straight, curve, wave, zigzag, circle, square, triangle, a fish outline'),
  lengthMm: z.number().min(15).max(200).optional().describe("a line's span across the sheet, a shape's width, or a fringe snip's length, in mm; by default the kind's own (DEFAULT_LENGTH_MM)"),
  lineWidthMm: z.number().min(1).max(10).default(3).describe('width of the printed line in mm'),
  toleranceMm: z.number().min(2).max(20).default(DEFAULT_TOLERANCE_MM).describe('how far from the line a cut still counts as on it, mm (¼ inch by default). With adaptive, where the staircase starts'),
  passWithinPct: z.number().min(0).max(100).default(80).describe('an attempt passes when its piece comes free (every snip, for fringe) and at least this share of the line is cut within the band'),
  hold: z.boolean().default(true).describe('the helping hand must hold the paper at its spot for the scissors to cut, and can turn it'),
  demo: z.boolean().default(true).describe('the guide shows the first stretch of the cut before the child starts'),
  adaptive: z.boolean().default(false).describe('a staircase narrows the band after two passes in a row and widens it after a miss'),
  adaptiveMinMm: z.number().min(2).max(20).default(3).describe('the narrowest band the staircase may reach'),
  adaptiveMaxMm: z.number().min(2).max(20).default(15).describe('the widest band the staircase may reach'),
  hand: z.enum(['right', 'left']).optional().describe("the cutting hand; by default the child's profile's (right without one)"),
});
export type CutParams = z.infer<typeof cutParamsSchema>;

/** Short names used in links: #/play/cut?line=circle&hold=1 */
export const CUT_URL_NAMES = {
  line: 'line',
  lengthMm: 'length',
  lineWidthMm: 'width',
  toleranceMm: 'band',
  passWithinPct: 'within',
  hold: 'hold',
  demo: 'demo',
  adaptive: 'adaptive',
  adaptiveMinMm: 'min',
  adaptiveMaxMm: 'max',
  hand: 'hand',
} as const satisfies Record<keyof CutParams, string>;
