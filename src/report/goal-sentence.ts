import type { Goal } from '../registry/plan';
import type { MeasureId } from '../registry/measures';
import { MEASURES } from '../registry/measures';
import { strings } from '../text/strings';
import type { GoalWeeks } from './goal-weeks';
import { shownChange, shownValue } from './shown-value';
import { MIN_TREND_SESSIONS, MIN_TREND_SPAN_DAYS, type WeeklyTrend } from './weekly-trend';

const t = strings.reports;

/**
 * A goal in a therapist's words, from the numbers: what the child did, the
 * criterion, this week's trials and the week before's. `did` is the step's
 * own phrase ("Traced the circle within a 6 mm corridor"); `lastWeek` names
 * the report's last seven days ("this week", or "in the week to 20 Nov").
 */
export function goalSentence(did: string, goal: Goal, weeks: GoalWeeks, lastWeek: string): string {
  const criterion = t.goalCriterion(MEASURES[goal.measure].name, goal.comparison, shownValue(goal.measure, goal.value));
  return t.goalSentence(did, criterion, weeks.thisWeek, weeks.weekBefore, lastWeek);
}

/** The measure's weekly trend with its 95% interval and the sessions behind it; or that there is too little data for one. */
export function trendSentence(measure: MeasureId, trend: WeeklyTrend): string {
  if (trend.kind === 'too-little-data') return t.tooLittleForTrend(trend.sessions, Math.floor(trend.spanDays), MIN_TREND_SESSIONS, MIN_TREND_SPAN_DAYS);
  return t.trend(MEASURES[measure].name, shownChange(measure, trend.perWeek), shownChange(measure, trend.low), shownChange(measure, trend.high), trend.sessions, trend.low <= 0 && trend.high >= 0);
}
