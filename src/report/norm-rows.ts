import { activityOf } from '../registry/activities';
import type { AttemptSummary } from '../registry/attempt-summary';
import { attemptResult } from '../registry/attempt-result';

/** Where a task's usual age falls against the child's age band. */
export type AgeRelation = 'before-band' | 'within-band' | 'after-band';

export interface NormRow {
  readonly label: string;
  readonly typicalAgeMonths: number;
  readonly relation: AgeRelation;
  /** The child's attempts the norm speaks of, within the report's dates: passed, and completed. */
  readonly passed: number;
  readonly tried: number;
}

/**
 * An activity's norms beside one child: each task's usual age against the
 * child's age band ("4–5": 48 to 60 months; "8+": 96 and over), and how the
 * child's attempts at it went. Null when the activity has no norms.
 */
export function normRows(activity: string, ageBand: string, attempts: readonly AttemptSummary[]): NormRow[] | null {
  const norms = activityOf(activity).norms as { items: readonly { label: string; typicalAgeMonths: number; counts(s: AttemptSummary): boolean }[] } | undefined;
  if (!norms) return null;
  const [low, high] = bandMonths(ageBand);
  return norms.items.map((item) => {
    const mine = attempts.filter((a) => a.activity === activity && a.status === 'completed' && item.counts(a));
    return {
      label: item.label,
      typicalAgeMonths: item.typicalAgeMonths,
      relation: item.typicalAgeMonths < low ? 'before-band' : item.typicalAgeMonths < high ? 'within-band' : 'after-band',
      passed: mine.filter((a) => attemptResult(a) === 'passed').length,
      tried: mine.length,
    };
  });
}

/** An age band's months, from its first birthday up to (not including) its last: "4–5" is [48, 60). */
export function bandMonths(ageBand: string): [number, number] {
  const [from, to] = ageBand.split(/[–-]/).map((n) => Number.parseInt(n, 10));
  return [(from ?? 0) * 12, to === undefined || Number.isNaN(to) ? Infinity : to * 12];
}
