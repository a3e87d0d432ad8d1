import type { AttemptSummary } from '../registry/attempt-summary';
import { startedMs } from './started-ms';

export interface ReportFilter {
  readonly profileId: string;
  /** null: every activity. */
  readonly activity: AttemptSummary['activity'] | null;
  /** Inclusive day range as yyyy-mm-dd, in the device's time zone; null: open. */
  readonly from: string | null;
  readonly to: string | null;
}

/** One child's attempts (at one activity, or all) within the dates, newest first as stored. */
export function reportAttempts<A extends AttemptSummary>(attempts: readonly A[], filter: ReportFilter): A[] {
  const from = filter.from ? new Date(`${filter.from}T00:00:00`).getTime() : -Infinity;
  const to = filter.to ? new Date(`${filter.to}T23:59:59.999`).getTime() : Infinity;
  return attempts.filter((a) => {
    if (a.profileId !== filter.profileId || (filter.activity !== null && a.activity !== filter.activity)) return false;
    const started = startedMs(a);
    return started >= from && started <= to;
  });
}
