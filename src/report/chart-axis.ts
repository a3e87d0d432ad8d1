import type { AttemptSummary } from '../registry/attempt-summary';
import { daySpread, daysBetween } from './day-spread';
import { localDay } from './local-day';
import { startedMs } from './started-ms';

/** One activity's time axis, shared by all its charts: where each attempt sits, in day columns. */
export interface ChartAxis {
  readonly position: ReadonlyMap<string, number>;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly columns: number;
}

/** The axis for an activity's completed attempts (day-spread.ts), worked out once for every chart of it; null without any. */
export function chartAxis(attempts: readonly AttemptSummary[]): ChartAxis | null {
  const completed = attempts.filter((a) => a.status === 'completed');
  if (completed.length === 0) return null;
  const { positions, days } = daySpread(completed.map(startedMs), localDay);
  return {
    position: new Map(completed.map((a, i) => [a.id, positions[i]!])),
    firstDay: days[0]!,
    lastDay: days.at(-1)!,
    columns: daysBetween(days[0]!, days.at(-1)!) + 1,
  };
}
