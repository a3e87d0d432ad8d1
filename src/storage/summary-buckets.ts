import type { AttemptSummary } from '../registry/attempt-summary';

/**
 * Attempt summaries are stored a month of one child's at a time, as JSON
 * text: a report of 5,000 attempts then reads a couple of dozen records, not
 * 5,000 (IndexedDB's cost is per record, about 0.06 ms each at 4× CPU
 * throttle), and JSON.parse rebuilds them faster than IndexedDB would.
 */
export interface SummaryBucket {
  /** `${profileId}|${yyyy-mm}`; `-` for attempts made with no child chosen. */
  key: string;
  profileId: string | null;
  json: string;
}

export function bucketKey(summary: Pick<AttemptSummary, 'profileId' | 'startedAt'>): string {
  return `${summary.profileId ?? '-'}|${summary.startedAt.slice(0, 7)}`;
}

/** A bucket with these summaries added, or put in place of the ones with their ids. */
export function withSummaries(bucket: SummaryBucket | undefined, key: string, summaries: readonly AttemptSummary[]): SummaryBucket {
  const byId = new Map((bucket ? (JSON.parse(bucket.json) as AttemptSummary[]) : []).map((s) => [s.id, s]));
  for (const summary of summaries) byId.set(summary.id, summary);
  return { key, profileId: summaries[0]?.profileId ?? bucket?.profileId ?? null, json: JSON.stringify([...byId.values()]) };
}

/** Summaries grouped by the bucket they belong in. */
export function byBucket(summaries: readonly AttemptSummary[]): Map<string, AttemptSummary[]> {
  const groups = new Map<string, AttemptSummary[]>();
  for (const summary of summaries) {
    const key = bucketKey(summary);
    const group = groups.get(key);
    if (group) group.push(summary);
    else groups.set(key, [summary]);
  }
  return groups;
}
