import { meanOrNull } from '../../metrics/mean';
import { polylineLength } from '../../geometry/polyline-length';
import { mmPoint } from '../../geometry/units';
import type { Stroke } from '../../schema/parts';
import type { PlacedItem } from './layout';
import type { SortEvent } from './sort-round';

export interface Carry {
  readonly itemId: string;
  readonly grab: SortEvent;
  readonly drop: SortEvent;
}

export interface SortMetrics {
  correctCount: number;
  errorCount: number;
  dropsOutside: number;
  regrabs: number;
  grabMisses: number;
  distractorsLeft: number;
  allSorted: boolean;
  totalMs: number;
  meanTransportMs: number | null;
  pathEfficiency: number | null;
  twoHandedCarries: number;
}

export interface ItemResult {
  itemId: string;
  bin: string | null;
  placedIn: string | null;
  correct: boolean;
  grabs: number;
}

/** Every carry that ended, as its grab and its drop (a carry still held when the round was left has no drop). */
export function carriesOf(events: readonly SortEvent[]): Carry[] {
  const grabs = new Map<number, SortEvent>();
  const carries: Carry[] = [];
  for (const e of events) {
    if (e.type === 'grab') grabs.set(e.stroke, e);
    else if (grabs.has(e.stroke)) carries.push({ itemId: e.itemId, grab: grabs.get(e.stroke)!, drop: e });
  }
  return carries;
}

/**
 * A round's results (docs/metrics.md, "Sorting"). Errors are drops into a
 * wrong bin; a drop on the table is counted apart; a carry the browser
 * cancelled is neither. Transport time and path efficiency are over the
 * carries that ended in the right bin: efficiency is the straight distance
 * from grab to drop over the length of the finger's path (1 is a straight
 * line). A two-handed carry overlaps in time with another carry.
 */
export function scoreSort(items: readonly PlacedItem[], events: readonly SortEvent[], strokes: readonly Stroke[], grabMisses: number): { metrics: SortMetrics; results: ItemResult[] } {
  const carries = carriesOf(events);
  const drops = events.filter((e) => e.type === 'drop');
  const count = (outcome: SortEvent['outcome']) => drops.filter((e) => e.outcome === outcome).length;
  const placed = new Map(drops.filter((e) => e.outcome === 'correct').map((e) => [e.itemId, e.bin ?? null]));
  const grabs = (id: string) => events.filter((e) => e.type === 'grab' && e.itemId === id).length;
  const results = items.map((item) => {
    const placedIn = placed.get(item.id) ?? null;
    return { itemId: item.id, bin: item.bin, placedIn, correct: placedIn === item.bin, grabs: grabs(item.id) };
  });
  const grabbed = new Set(events.filter((e) => e.type === 'grab').map((e) => e.itemId));
  const good = carries.filter((c) => c.drop.outcome === 'correct');
  const sortable = results.filter((r) => r.bin !== null);
  return {
    metrics: {
      correctCount: sortable.filter((r) => r.correct).length,
      errorCount: count('wrong'),
      dropsOutside: count('outside'),
      regrabs: events.filter((e) => e.type === 'grab').length - grabbed.size,
      grabMisses,
      distractorsLeft: results.filter((r) => r.bin === null && r.placedIn === null).length,
      allSorted: sortable.length > 0 && sortable.every((r) => r.correct),
      totalMs: events.at(-1)?.t ?? 0, // from the round appearing to the last grab or drop
      meanTransportMs: meanOrNull(good.map((c) => c.drop.t - c.grab.t)),
      pathEfficiency: meanOrNull(good.map((c) => pathEfficiency(c, strokes[c.grab.stroke]!))),
      twoHandedCarries: carries.filter((c) => carries.some((d) => d !== c && d.grab.t < c.drop.t && c.grab.t < d.drop.t)).length,
    },
    results,
  };
}

/** Straight distance from grab to drop over the path's length; 1 for a path too short to measure. */
export function pathEfficiency(carry: Carry, stroke: Stroke): number {
  const length = polylineLength(stroke.points.map((p) => mmPoint(p.x, p.y)));
  const straight = Math.hypot(carry.drop.x - carry.grab.x, carry.drop.y - carry.grab.y);
  return length > 0 ? Math.min(1, straight / length) : 1;
}
