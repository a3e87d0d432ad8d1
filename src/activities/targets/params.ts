import { z } from '../../schema/zod';
import { MAX_SEED } from '../../random/seeded-random';

export const TARGET_MODES = ['pop', 'ring', 'pinch'] as const;
export type TargetMode = (typeof TARGET_MODES)[number];

/** "A×W" pairs in mm, comma-separated: 120x8,60x8,120x16. */
const CONDITIONS = /^\d+(\.\d+)?x\d+(\.\d+)?(,\d+(\.\d+)?x\d+(\.\d+)?){0,7}$/;

/**
 * What a therapist can set for one round of targets. Sizes are in mm: a
 * 6 mm target is 6 mm on every tablet, so sizes and thresholds compare.
 */
export const targetsParamsSchema = z.object({
  mode: z.enum(TARGET_MODES).default('pop').describe('pop: one bubble at a time; ring: the ISO 9241-9 multi-directional tapping test; pinch: pick up small objects with two fingers'),
  sizeMm: z.number().min(2).max(40).default(10).describe('Target diameter in mm (pop: where the staircase starts; pinch: the objects)'),
  adaptive: z.boolean().default(true).describe('Pop: a 3-down/1-up staircase shrinks targets after three hits in a row and grows them after a miss'),
  stepPct: z.number().min(5).max(50).default(15).describe('Pop: each staircase step changes the diameter by this share'),
  minMm: z.number().min(2).max(40).default(2).describe('Pop: the smallest target the staircase may reach'),
  maxMm: z.number().min(2).max(40).default(40).describe('Pop: the largest target the staircase may reach'),
  trials: z.int().min(1).max(100).default(20).describe('Pop: targets in a round'),
  sequences: z.int().min(1).max(5).default(1).describe('Ring: sequences of 13 targets for each condition'),
  amplitudeMm: z.number().min(20).max(250).default(120).describe('Ring: diameter A of the circle the targets sit on'),
  widthMm: z.number().min(2).max(40).default(8).describe('Ring: target diameter W'),
  conditions: z.string().regex(CONDITIONS).optional().describe('Ring: several A×W conditions in mm, run in turn, e.g. 120x8,60x8,120x16; replaces amplitude and width'),
  items: z.int().min(1).max(12).default(5).describe('Pinch: objects to put in the jar'),
  seed: z.int().min(0).max(MAX_SEED).optional().describe('The same seed gives the same target places on the same screen; without one, every round is new'),
});
export type TargetsParams = z.infer<typeof targetsParamsSchema>;

/** Which settings each game reads (the others are the other games'): what a CSV row of that game carries. */
export const TARGETS_PARAMS_IN_USE: Readonly<Record<TargetsParams['mode'], readonly (keyof TargetsParams)[]>> = {
  pop: ['mode', 'sizeMm', 'adaptive', 'stepPct', 'minMm', 'maxMm', 'trials', 'seed'],
  ring: ['mode', 'sequences', 'amplitudeMm', 'widthMm', 'conditions', 'seed'],
  pinch: ['mode', 'sizeMm', 'items', 'seed'],
};

/** Short names in links: #/play/targets?mode=pop&size=10&adaptive=1&seed=7 */
export const TARGETS_URL_NAMES = {
  mode: 'mode',
  sizeMm: 'size',
  adaptive: 'adaptive',
  stepPct: 'step',
  minMm: 'min',
  maxMm: 'max',
  trials: 'trials',
  sequences: 'sequences',
  amplitudeMm: 'amplitude',
  widthMm: 'width',
  conditions: 'conditions',
  items: 'items',
  seed: 'seed',
} as const satisfies Record<keyof TargetsParams, string>;

export interface RingCondition { readonly amplitudeMm: number; readonly widthMm: number }

/** The ring's sequences in the order they run: each given pair (or amplitude and width), `sequences` times. */
export function ringConditions(params: Pick<TargetsParams, 'amplitudeMm' | 'widthMm' | 'conditions' | 'sequences'>): RingCondition[] {
  const pairs = params.conditions
    ? params.conditions.split(',').map((pair) => { const [a, w] = pair.split('x').map(Number); return { amplitudeMm: a!, widthMm: w! }; })
    : [{ amplitudeMm: params.amplitudeMm, widthMm: params.widthMm }];
  return pairs.flatMap((pair) => Array.from({ length: params.sequences }, () => pair));
}
