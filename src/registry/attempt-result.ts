import { activityOf } from './activities';
import type { AttemptSummary } from './attempt-summary';

export type AttemptResult = 'passed' | 'missed' | 'left-early';

/**
 * How an attempt ended, as a therapist counts trials: passed by the
 * activity's own pass rule (the one that earns a sticker: tracing's coverage
 * and corridor, sorting's every object in place), missed, or left before the
 * end (its numbers describe half a try).
 */
export function attemptResult(summary: AttemptSummary): AttemptResult {
  if (summary.status !== 'completed') return 'left-early';
  return activityOf(summary.activity).earnsSticker(summary as never) ? 'passed' : 'missed';
}
