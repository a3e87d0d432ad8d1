import type { AttemptSummary } from '../registry/attempt-summary';

/** A year of busy practice; past it the cache starts again rather than grow. */
const MAX_CACHED = 20_000;
const parsed = new Map<string, number>();

/**
 * When an attempt started, ms since the epoch, read from its ISO text once:
 * a report asks it of 5,000 attempts for every chart, goal and filter, and
 * parsing the text each time was a tenth of the report's time. Keyed by the
 * text itself (not a WeakMap of summaries, whose entries cost every garbage
 * collection), so the summaries of the next visit find it too.
 */
export function startedMs(attempt: AttemptSummary): number {
  let ms = parsed.get(attempt.startedAt);
  if (ms === undefined) {
    if (parsed.size >= MAX_CACHED) parsed.clear();
    ms = Date.parse(attempt.startedAt);
    parsed.set(attempt.startedAt, ms);
  }
  return ms;
}
