import { z } from '../../schema/zod';
import { PICTURE_IDS } from './pictures';

/** Colour is finished when this much of the part is coloured, unless the plan says otherwise: near-full, but not every last corner. */
export const DEFAULT_THRESHOLD_PCT = 85;

/**
 * What a therapist can set for one colouring drill. Limits keep the picture on
 * a tablet, the crayon between a pencil's line and a chunky toddler crayon,
 * and the outline between a hairline and a thick, forgiving border.
 */
export const colourParamsSchema = z.object({
  picture: z.enum(PICTURE_IDS).default('circle').describe('the picture: big shapes (circle, square, heart), two or three parts (apple, fish, house, balloon), small parts down to 10 mm (flower, ladybird)'),
  part: z.int().min(0).max(2).default(0).describe("which part of the picture to colour, in the picture's order (0 is its main part; a part the picture lacks means its last)"),
  sizeMm: z.number().min(30).max(200).optional().describe("the picture's width in mm; by default its own (DEFAULT_PICTURE_MM)"),
  outlineMm: z.number().min(0.5).max(10).default(3).describe('width of the printed outline in mm: a thick boundary is easier to respect'),
  crayonMm: z.number().min(2).max(20).default(8).describe('width of the crayon’s mark in mm'),
  thresholdPct: z.number().min(10).max(100).default(DEFAULT_THRESHOLD_PCT).describe('the picture is done, and comes alive, when this share of the part is coloured'),
  passOutsidePct: z.number().min(0).max(100).default(15).describe('an attempt passes when the part reached thresholdPct and at most this share of the colour went outside it'),
  stencil: z.boolean().default(false).describe('colour outside the part shows faint, as if a stencil held it back (it is still measured)'),
  demo: z.boolean().default(true).describe('the guide shows a few strokes of colouring before the child starts'),
});
export type ColourParams = z.infer<typeof colourParamsSchema>;

/** Short names used in links: #/play/colour?picture=apple&stencil=1 */
export const COLOUR_URL_NAMES = {
  picture: 'picture',
  part: 'part',
  sizeMm: 'size',
  outlineMm: 'outline',
  crayonMm: 'crayon',
  thresholdPct: 'done',
  passOutsidePct: 'outside',
  stencil: 'stencil',
  demo: 'demo',
} as const satisfies Record<keyof ColourParams, string>;
