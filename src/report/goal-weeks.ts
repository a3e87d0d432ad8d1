import type { AttemptSummary } from '../registry/attempt-summary';
import { MEASURES } from '../registry/measures';
import type { Goal } from '../registry/plan';
import { addDays, localDay } from './local-day';
import { weeklyTrend, type WeeklyTrend } from './weekly-trend';
import { startedMs } from './started-ms';

/** Trials that reached the goal's value, of the completed trials counted. */
export interface TrialCount {
  readonly passing: number;
  readonly counted: number;
}

export interface GoalWeeks {
  /** The seven days ending on the report's last day. */
  readonly thisWeek: TrialCount;
  /** The seven days before them. */
  readonly weekBefore: TrialCount;
  /** The goal's measure, one value per session (its mean), over the report's dates. */
  readonly trend: WeeklyTrend;
}

const WEEK_DAYS = 7;

/**
 * A goal as a therapist reads it week by week: how many of the step's
 * completed trials reached its value in the last week of the report and in
 * the week before, and the measure's weekly trend across sessions.
 * `stepAttempts` are the attempts made in the goal's plan step within the
 * report's dates; `lastDay` is the report's last day (yyyy-mm-dd, device time).
 */
export function goalWeeks(goal: Goal, stepAttempts: readonly AttemptSummary[], lastDay: string): GoalWeeks {
  const measure = MEASURES[goal.measure];
  const completed = stepAttempts.filter((a) => a.status === 'completed');
  const reaches = (a: AttemptSummary) => {
    const value = measure.read(a);
    return value !== null && (goal.comparison === 'atLeast' ? value >= goal.value : value <= goal.value);
  };
  const weekStart = addDays(lastDay, 1 - WEEK_DAYS);
  const beforeStart = addDays(weekStart, -WEEK_DAYS);
  const thisWeek = { passing: 0, counted: 0 };
  const weekBefore = { passing: 0, counted: 0 };
  for (const a of completed) {
    const day = localDay(startedMs(a));
    const week = day >= weekStart && day <= lastDay ? thisWeek : day >= beforeStart && day < weekStart ? weekBefore : null;
    if (!week) continue;
    week.counted += 1;
    if (reaches(a)) week.passing += 1;
  }
  return {
    thisWeek,
    weekBefore,
    trend: weeklyTrend(sessionValues(completed, (a) => measure.read(a))),
  };
}

/** One value per session, the mean of its attempts that have the measure, at the session's first attempt. */
export function sessionValues(attempts: readonly AttemptSummary[], read: (a: AttemptSummary) => number | null): { time: number; value: number }[] {
  const sessions = new Map<string, { time: number; sum: number; n: number }>();
  for (const a of attempts) {
    const value = read(a);
    if (value === null || !Number.isFinite(value) || !a.session) continue;
    const time = startedMs(a);
    const s = sessions.get(a.session.id);
    if (s) { s.sum += value; s.n += 1; s.time = Math.min(s.time, time); } else sessions.set(a.session.id, { time, sum: value, n: 1 });
  }
  return [...sessions.values()].map((s) => ({ time: s.time, value: s.sum / s.n })).sort((a, b) => a.time - b.time);
}
