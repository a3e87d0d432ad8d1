import type { AttemptSummary } from '../registry/attempt-summary';
import type { Goal } from '../registry/plan';
import { reachesGoal } from '../plans/evaluate-goal';
import { addDays, localDay } from './local-day';
import { progressSeries } from './progress-series';
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
  const completed = stepAttempts.filter((a) => a.status === 'completed');
  const weekStart = addDays(lastDay, 1 - WEEK_DAYS);
  const beforeStart = addDays(weekStart, -WEEK_DAYS);
  const thisWeek = { passing: 0, counted: 0 };
  const weekBefore = { passing: 0, counted: 0 };
  for (const a of completed) {
    const day = localDay(startedMs(a));
    const week = day >= weekStart && day <= lastDay ? thisWeek : day >= beforeStart && day < weekStart ? weekBefore : null;
    if (!week) continue;
    week.counted += 1;
    if (reachesGoal(goal, a)) week.passing += 1;
  }
  return {
    thisWeek,
    weekBefore,
    // The same session means the charts draw.
    trend: weeklyTrend(progressSeries(completed, goal.measure).sessionMeans.map((s) => ({ time: s.time, value: s.mean }))),
  };
}
