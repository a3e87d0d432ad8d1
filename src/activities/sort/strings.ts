/** Sorting's text, for the catalogue (src/text/strings.ts holds what every screen shares). */
export const sortStrings = {
  name: 'Sorting',
  card: 'Sort',
  rules: { color: 'Sort by colour', shape: 'Sort by shape', size: 'Sort by size', category: 'Sort into kinds' },
  /** What the guide says as it shows each rule: short, for a child listening. */
  say: { color: 'Put each one in the basket of its colour!', shape: 'Put each one in the basket of its shape!', size: 'Put each one in the basket of its size!', category: 'Put each one in the basket where it belongs!' },
  didNotFit: (left: number, total: number) => `${left} of ${total} objects did not fit on this screen at this size: left out.`,
  params: {
    rule: 'Sort by', itemCount: 'Objects to sort', itemSizeMm: 'Object size (mm)', binCount: 'Baskets', distractors: 'Objects that stay on the table', seed: 'Layout number', grabMarginMm: 'Easier grab: margin round each object (mm)',
  },
  help: {
    rule: 'What decides each object’s basket: its colour, its shape, its size, or its kind (fruit, animals, vehicles, flowers).',
    itemCount: 'How many objects go into baskets.',
    itemSizeMm: 'How wide each object is on the screen (sorting by size: the smallest). Smaller needs a finer grasp.',
    binCount: 'How many baskets along the edge of the table.',
    distractors: 'Objects that belong in no basket and must be left where they are.',
    seed: 'The same number gives the same objects, and on the same screen the same layout, for comparing like with like.',
    grabMarginMm: 'How far outside an object a touch still picks it up. 0: only the object itself.',
  },
  empty: { seed: 'New objects every round' },
  measures: {
    sortCorrectPct: 'Drops into the right bin',
    sortErrors: 'Wrong-bin drops',
    sortTotalMs: 'Round time',
    pathEfficiencyPct: 'Path efficiency',
  },
  task: (rule: string, items: number, sizeMm: number, bins: number) => `${rule} · ${items} objects, ${sizeMm} mm, ${bins} bins`,
  /** What the child did, for a goal's sentence in the report. */
  did: (rule: 'color' | 'shape' | 'size' | 'category', objects: number, sizeMm: number) => `Sorted ${objects} objects of ${sizeMm} mm ${{ color: 'by colour', shape: 'by shape', size: 'by size', category: 'into kinds' }[rule]}`,
  sorted: (correct: number, total: number) => `${correct}/${total} sorted`,
  details: (wrong: number, outside: number, transportMs: number | null) =>
    `${wrong} in a wrong bin · ${outside} dropped outside${transportMs === null ? '' : ` · ${(transportMs / 1000).toFixed(1)} s a carry`}`,
} as const;

export function ruleName(id: string): string {
  return (sortStrings.rules as Record<string, string>)[id] ?? id;
}
