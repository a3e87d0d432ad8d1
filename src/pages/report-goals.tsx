import type { AttemptSummary } from '../registry/attempt-summary';
import type { Plan } from '../registry/plan';
import { activityOf } from '../registry/activities';
import { goalSentence, trendSentence } from '../report/goal-sentence';
import { goalWeeks } from '../report/goal-weeks';
import { planGoals } from '../report/plan-goals';
import { strings } from '../text/strings';

const t = strings.reports;

/**
 * Each goal of the child's plans as a therapist's sentence (this week's
 * trials and the week before's), its weekly trend or why there is none, and
 * whether it is met on its own terms ("4 of the last 5").
 */
export function ReportGoals({ plans, attempts, lastDay, lastWeek }: { plans: readonly Plan[]; attempts: readonly AttemptSummary[]; lastDay: string; lastWeek: string }) {
  const goals = planGoals(plans, attempts);
  if (goals.length === 0) return <p>{t.noGoals}</p>;
  return (
    <ul class="goals">
      {goals.map((g) => {
        const goal = g.planStep.goal!;
        const stepAttempts = attempts.filter((a) => a.session?.planId === g.plan.id && a.session.step === g.step);
        const weeks = goalWeeks(goal, stepAttempts, lastDay);
        const did = activityOf(g.planStep.activity).step.did(g.planStep.params);
        return (
          <li key={`${g.plan.id}-${g.step}`} data-met={String(g.result.met)}>
            <p class="goal-sentence">{goalSentence(did, goal, weeks, lastWeek)}</p>
            <p class="goal-trend" data-trend={weeks.trend.kind}>{trendSentence(goal.measure, weeks.trend)}</p>
            <p class="goal-plan">
              {g.plan.name} · {strings.plans.step(g.step + 1)} ·{' '}
              <span class="goal-result">{g.result.met ? t.goalMet(g.result.passing, g.result.counted) : t.goalNotMet(g.result.passing, g.result.counted, goal.inTrials, goal.ofTrials)}</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
