import { z } from '../../schema/zod';
import { MAX_SEED } from '../../random/seeded-random';

export const SORT_RULES = ['color', 'shape', 'size', 'category'] as const;
export type SortRule = (typeof SORT_RULES)[number];


/**
 * What a therapist can set for one sorting round. Sizes are in mm, so a
 * "pinch-sized" 5–8 mm bead is that size on every tablet.
 */
export const sortParamsSchema = z.object({
  rule: z.enum(SORT_RULES).default('color').describe('What the bins sort by: colour, shape, size, or category (fruit, animals, vehicles, flowers)'),
  itemCount: z.int().min(2).max(24).default(8).describe('Objects to sort (distractors come on top)'),
  itemSizeMm: z.number().min(5).max(40).default(15).describe('Width of an object in mm; with the size rule, of the smallest'),
  binCount: z.int().min(2).max(4).default(2).describe('Bins along the edge of the table'),
  distractors: z.int().min(0).max(6).default(0).describe('Objects that belong in no bin and must be left on the table'),
  seed: z.int().min(0).max(MAX_SEED).optional().describe('The same seed gives the same objects, and on the same screen the same layout; without one, every round is new'),
  grabMarginMm: z.number().min(0).max(10).default(0).describe('Grown-up setting: how far outside an object a touch still grabs it, mm. 0: only the visible object'),
});
export type SortParams = z.infer<typeof sortParamsSchema>;

/** Short names used in links: #/play/sort?rule=color&items=8&size=12&bins=2&seed=42 */
export const SORT_URL_NAMES = {
  rule: 'rule',
  itemCount: 'items',
  itemSizeMm: 'size',
  binCount: 'bins',
  distractors: 'distractors',
  seed: 'seed',
  grabMarginMm: 'margin',
} as const satisfies Record<keyof SortParams, string>;
