import { randomIndex, seededRandom, shuffled, type Random } from '../../random/seeded-random';
import type { SortParams, SortRule } from './params';
import { SHAPE_PICTURES, type CategoryKind, type ItemKind, type ShapeKind } from './pictures';

/** Sorting colours: far apart in hue and in lightness, so they differ for most colour-blind children too. */
export const SORT_COLOURS = { red: 0xe5484d, blue: 0x3b82f6, yellow: 0xf5c518, green: 0x2fb457, purple: 0x8e5bd8, orange: 0xf28c28 } as const;
export type SortColour = keyof typeof SORT_COLOURS;

/** Size classes of the size rule, as multiples of the smallest object; each a clear step from the last. */
export const SIZE_CLASSES = { small: 1, medium: 1.5, large: 2.2, huge: 3.2 } as const;
type SizeClass = keyof typeof SIZE_CLASSES;
/** Which classes the bins take: with two bins, small and large, so the difference is plain. */
const SIZE_BINS: Record<number, readonly SizeClass[]> = { 2: ['small', 'large'], 3: ['small', 'medium', 'large'], 4: ['small', 'medium', 'large', 'huge'] };

export const CATEGORIES = {
  fruit: ['apple', 'pear', 'cherries'],
  animals: ['fish', 'ladybug', 'bird'],
  vehicles: ['car', 'boat'],
  flowers: ['tulip', 'daisy'], // the first of each is its bin's picture: a white daisy would vanish on the white tag
} as const satisfies Record<string, readonly CategoryKind[]>;
export type Category = keyof typeof CATEGORIES;

/** Every value a bin can show, per rule: a bin's id is its value. */
export const RULE_VALUES: Record<SortRule, readonly string[]> = {
  color: Object.keys(SORT_COLOURS),
  shape: Object.keys(SHAPE_PICTURES),
  size: Object.keys(SIZE_CLASSES),
  category: Object.keys(CATEGORIES),
};

/** One object before it has a place: what it is and where it belongs. */
export interface SortItemSpec {
  readonly id: string;
  readonly kind: ItemKind;
  /** Its colour, or null for pictures in their own colours. */
  readonly colour: SortColour | null;
  readonly sizeMm: number;
  /** The bin it belongs in, or null for a distractor. */
  readonly bin: string | null;
}

export interface SortRoundSpec {
  /** Bin values, in order along the edge. */
  readonly bins: readonly string[];
  readonly items: readonly SortItemSpec[];
}

/**
 * The objects and bins of one round, from the seed alone (not the screen),
 * so a standardized round has the same objects on every tablet. Objects are
 * shared out evenly among the bins; everything the rule does not ask about
 * (a bead's shape in a colour round…) varies at random. Distractors take a
 * value no bin shows; with the size rule, a size larger than every bin's.
 * With the size rule and four bins every size has a bin, so such a round
 * has no distractors.
 */
export function planRound(params: Pick<SortParams, 'rule' | 'itemCount' | 'itemSizeMm' | 'binCount' | 'distractors'>, seed: number): SortRoundSpec {
  const random = seededRandom(seed);
  const { rule } = params;
  const bins = rule === 'size' ? [...SIZE_BINS[params.binCount]!] : shuffled(random, RULE_VALUES[rule]).slice(0, params.binCount);
  // A size between two bins' would be a puzzle, not a distractor: spare sizes are larger than every bin's.
  const unused = RULE_VALUES[rule].filter((v) => !bins.includes(v));
  const spare = rule === 'size' ? unused.filter((v) => RULE_VALUES.size.indexOf(v) > RULE_VALUES.size.indexOf(bins.at(-1)!)) : unused;
  const belonging = Array.from({ length: params.itemCount }, (_, i) => bins[i % bins.length]!);
  const distracting = spare.length ? Array.from({ length: params.distractors }, () => spare[randomIndex(random, spare.length)]!) : [];
  const values = shuffled(random, [...belonging.map((v) => ({ value: v, bin: v as string | null })), ...distracting.map((v) => ({ value: v, bin: null }))]);
  return {
    bins,
    items: values.map(({ value, bin }, i) => ({ id: `item${i + 1}`, bin, ...objectFor(rule, value, params.itemSizeMm, random) })),
  };
}

/** An object showing `value` on the rule's dimension, and anything on the others. */
function objectFor(rule: SortRule, value: string, sizeMm: number, random: Random): Pick<SortItemSpec, 'kind' | 'colour' | 'sizeMm'> {
  const anyColour = () => pick(random, Object.keys(SORT_COLOURS) as SortColour[]);
  const anyShape = () => pick(random, ['circle', 'square', 'triangle', 'star'] as ShapeKind[]);
  switch (rule) {
    case 'color': return { kind: anyShape(), colour: value as SortColour, sizeMm };
    case 'shape': return { kind: value as ShapeKind, colour: anyColour(), sizeMm };
    case 'size': return { kind: 'button', colour: anyColour(), sizeMm: sizeMm * SIZE_CLASSES[value as SizeClass] };
    case 'category': return { kind: pick(random, CATEGORIES[value as Category]), colour: null, sizeMm };
  }
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[randomIndex(random, items.length)]!;
}
