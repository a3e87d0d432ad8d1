import { SCHEMA_VERSION, type AttemptStatus, type DeviceInfo, type EndReason } from '../../schema/parts';
import type { SortLayout } from './layout';
import type { SortParams } from './params';
import { sortAttemptSchema, type SortAttempt } from './record';
import { scoreSort } from './score';
import type { SortRound } from './sort-round';

export interface SortRecordInput {
  id: string;
  profileId: string | null;
  status: AttemptStatus;
  endReason: EndReason;
  startedAt: Date;
  endedAt: Date;
  params: SortParams & { seed: number };
  device: DeviceInfo;
  layout: SortLayout;
  round: SortRound;
}

/** Scores the round and assembles the public record, validated against its schema. */
export function buildSortRecord(input: SortRecordInput): SortAttempt {
  const { round, layout } = input;
  const { metrics, results } = scoreSort(layout.items, round.events, round.strokes, round.grabMisses);
  return sortAttemptSchema.parse({
    id: input.id,
    schemaVersion: SCHEMA_VERSION,
    activity: 'sort',
    status: input.status,
    endReason: input.endReason,
    profileId: input.profileId,
    startedAt: input.startedAt.toISOString(),
    endedAt: input.endedAt.toISOString(),
    durationMs: Math.max(0, input.endedAt.getTime() - input.startedAt.getTime()),
    params: input.params,
    device: input.device,
    strokes: round.strokes,
    layout: {
      items: layout.items.map(({ id, kind, colour, x, y, sizeMm, bin }) => ({ id, kind, colour, x, y, sizeMm, bin })),
      bins: layout.bins.map(({ id, x, y, width, height }) => ({ id, x, y, width, height })),
      unplaced: layout.unplaced,
    },
    events: round.events,
    results,
    metrics,
  });
}
