import { recordHead, type AttemptHead } from '../../schema/record-head';
import type { SortLayout } from './layout';
import type { SortParams } from './params';
import { SORT_RECORD_VERSION, type SortAttempt } from './record';
import { scoreSort } from './score';
import type { SortRound } from './sort-round';

export interface SortRecordInput {
  head: AttemptHead;
  params: SortParams & { seed: number };
  layout: SortLayout;
  round: SortRound;
}

/** Scores the round and assembles the public record (the attempt lifecycle checks it against its schema, once). */
export function buildSortRecord(input: SortRecordInput): SortAttempt {
  const { round, layout } = input;
  const { metrics, results } = scoreSort(layout.items, round.events, round.strokes, round.grabMisses);
  return {
    ...recordHead(input.head, 'sort', SORT_RECORD_VERSION, round.strokes),
    params: input.params,
    strokes: round.strokes,
    layout: {
      items: layout.items.map(({ id, kind, colour, x, y, sizeMm, bin }) => ({ id, kind, colour, x, y, sizeMm, bin })),
      bins: layout.bins.map(({ id, x, y, width, height }) => ({ id, x, y, width, height })),
      unplaced: [...layout.unplaced],
    },
    events: round.events,
    results,
    metrics,
  };
}
