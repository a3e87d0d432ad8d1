import type { MergeDecision } from '../storage/device-data';

/**
 * Records merge by id. Importing the same file twice changes nothing; a
 * record whose id is here already with other content is left as it is and
 * listed, so nothing is silently overwritten.
 */
export function planMerge<T extends { id: string }>(existing: readonly T[], incoming: readonly T[]): MergeDecision<T> {
  const here = new Map(existing.map((record) => [record.id, canonical(record)]));
  const add: T[] = [];
  const conflicts: string[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  for (const record of incoming) {
    if (seen.has(record.id)) continue; // a file listing a record twice adds it once
    seen.add(record.id);
    const mine = here.get(record.id);
    if (mine === undefined) add.push(record);
    else if (mine === canonical(record)) unchanged++;
    else conflicts.push(record.id);
  }
  return { add, unchanged, conflicts };
}

/** JSON with keys in order, so the same record compares equal however its keys were written. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}
