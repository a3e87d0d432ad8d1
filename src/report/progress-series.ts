import type { AttemptSummary } from '../registry/attempt-summary';
import { MEASURES, type MeasureId } from '../registry/measures';
import { startedMs } from './started-ms';

export interface ProgressPoint {
  readonly attemptId: string;
  /** ms since the epoch, when the attempt started. */
  readonly time: number;
  readonly value: number;
  readonly sessionId: string | null;
}

export interface SessionMean {
  readonly sessionId: string;
  /** Mid-point of the session's attempts, where the mean is drawn. */
  readonly time: number;
  readonly mean: number;
  readonly count: number;
}

export interface ProgressSeries {
  readonly points: ProgressPoint[];
  readonly sessionMeans: SessionMean[];
}

/**
 * One point per completed attempt that has the measure, oldest first, and
 * each session's mean. Abandoned attempts are left out: their numbers
 * describe half a try.
 */
export function progressSeries(attempts: readonly AttemptSummary[], measureId: MeasureId): ProgressSeries {
  const measure = MEASURES[measureId];
  const points: ProgressPoint[] = [];
  // Attempts usually come newest first (as storage lists them): read backwards, they need no sorting.
  let inOrder = true;
  for (let i = attempts.length - 1; i >= 0; i--) {
    const attempt = attempts[i]!;
    if (attempt.status !== 'completed') continue;
    const value = measure.read(attempt);
    if (value === null || !Number.isFinite(value)) continue;
    const time = startedMs(attempt);
    if (points.length > 0 && time < points.at(-1)!.time) inOrder = false;
    points.push({ attemptId: attempt.id, time, value, sessionId: attempt.session?.id ?? null });
  }
  if (!inOrder) points.sort((a, b) => a.time - b.time);
  const bySession = new Map<string, ProgressPoint[]>();
  for (const point of points) {
    if (!point.sessionId) continue;
    const mine = bySession.get(point.sessionId);
    if (mine) mine.push(point);
    else bySession.set(point.sessionId, [point]);
  }
  const sessionMeans = [...bySession].map(([sessionId, mine]) => ({
    sessionId,
    time: (mine[0]!.time + mine.at(-1)!.time) / 2,
    mean: mine.reduce((sum, p) => sum + p.value, 0) / mine.length,
    count: mine.length,
  }));
  return { points, sessionMeans };
}
