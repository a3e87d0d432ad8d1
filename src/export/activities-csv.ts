import { ACTIVITY_IDS } from '../registry/activities';
import type { Attempt } from '../registry/attempt';
import { activityName } from '../registry/steps';
import { attemptsToCsv, type CsvNames } from './attempts-csv';

export interface ActivityCsv {
  readonly activity: string;
  /** "tracing.csv": the activity's name as grown-ups read it. */
  readonly fileName: string;
  readonly text: string;
}

/**
 * One CSV per activity among the attempts, in the registry's order, so each
 * file's columns belong to its activity: `params.sizeMm` is a form's width
 * in tracing.csv and a target's diameter in targets.csv, never both in one
 * column.
 */
export function activitiesCsv(attempts: readonly Attempt[], names: CsvNames): ActivityCsv[] {
  return ACTIVITY_IDS.flatMap((activity) => {
    const mine = attempts.filter((a) => a.activity === activity);
    if (mine.length === 0) return [];
    return [{ activity, fileName: `${activityName(activity).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}.csv`, text: attemptsToCsv(mine, names) }];
  });
}
