import { useLayoutEffect, useState } from 'preact/hooks';
import { navigate } from '../contract/router';
import type { AppServices } from '../contract/services';
import { localDay } from '../report/local-day';
import { reportAttempts } from '../report/report-attempts';
import { reportSessions } from '../report/report-sessions';
import type { AttemptSummary } from '../registry/attempt-summary';
import { ACTIVITY_IDS } from '../registry/activities';
import { CHECK_UP_PLANS } from '../registry/check-ups';
import { activityName } from '../registry/steps';
import type { Plan, Session } from '../registry/plan';
import type { Profile } from '../schema/profile';
import { listSummaries } from '../storage/attempts';
import { listPlans, listSessions } from '../storage/plans';
import { strings } from '../text/strings';
import { CheckUpSection } from './check-up-section';
import { DATE_FORMATS, dateText } from './date-formats';
import { ActivityReport } from './report-activity';
import { ReportGoals } from './report-goals';
import { SessionTable } from './session-table';
import { startedMs } from '../report/started-ms';

const t = strings.reports;

export interface ReportData { attempts: readonly AttemptSummary[]; plans: readonly Plan[]; sessions: readonly Session[] }

/**
 * One child's report over a range of days, across activities, as a
 * therapist's note reads: who and when, the goals in sentences, the sessions
 * with their notes, the check-ups compared, then each activity's norms,
 * charts and attempts. Filters live in the link:
 * #/grown-ups/reports?child=…&from=…&to=…[&activity=trace]
 */
export function ReportPage({ services, query }: { services: AppServices; query: URLSearchParams }) {
  const [data, setData] = useState<ReportData | null>(null);
  const profiles = services.children.profiles;
  const child = profiles.find((p) => p.id === query.get('child')) ?? profiles[0];
  // Summaries only, by the child's index: a report never reads raw strokes (a replay fetches its one attempt).
  // Asked for as soon as the page is in place, not after the empty page has painted.
  useLayoutEffect(() => { if (child) void Promise.all([listSummaries(child.id), listPlans(), listSessions()]).then(([attempts, plans, sessions]) => setData({ attempts, plans, sessions })); }, [child?.id]);
  if (!child) return <p>{t.none}</p>;
  if (!data) return null;
  const only = (ACTIVITY_IDS as string[]).includes(query.get('activity') ?? '') ? query.get('activity') as AttemptSummary['activity'] : null;
  const today = localDay(Date.now());
  // By default, from the first attempt's day to the last's.
  let first = Infinity, last = -Infinity;
  for (const a of data.attempts) { const ms = startedMs(a); first = Math.min(first, ms); last = Math.max(last, ms); }
  const from = query.get('from') || (data.attempts.length ? localDay(first) : today);
  const to = query.get('to') || (data.attempts.length ? localDay(last) : today);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'child') { next.delete('from'); next.delete('to'); }
    navigate(`#/grown-ups/reports?${next}`);
  };
  const inDates = reportAttempts(data.attempts, { profileId: child.id, activity: null, from, to });
  const attempts = only ? inDates.filter((a) => a.activity === only) : inDates;
  const plans = data.plans.filter((p) => p.assignedTo.includes(child.id) || attempts.some((a) => a.session?.planId === p.id));
  const shownActivities = only ? [only] : ACTIVITY_IDS.filter((id) => attempts.some((a) => a.activity === id));
  const dateFormat = DATE_FORMATS.dateTime;
  return (
    <section class="report" key={`${child.id}${only}${from}${to}`}>
      <div class="toolbar no-print">
        <label>{t.child} <select value={child.id} onChange={(e) => set('child', e.currentTarget.value)}>{profiles.map((p) => <option key={p.id} value={p.id}>{p.nickname}</option>)}</select></label>
        <label>{t.activity} <select value={only ?? ''} onChange={(e) => set('activity', e.currentTarget.value)}>
          <option value="">{t.allActivities}</option>
          {ACTIVITY_IDS.map((a) => <option key={a} value={a}>{activityName(a)}</option>)}
        </select></label>
        <label>{t.from} <input type="date" value={from} onChange={(e) => set('from', e.currentTarget.value)} /></label>
        <label>{t.to} <input type="date" value={to} onChange={(e) => set('to', e.currentTarget.value)} /></label>
        <button type="button" onClick={() => window.print()}>{t.print}</button>
      </div>
      <ReportHead child={child} from={from} to={to} plans={plans} activity={only} />
      <h3>{t.goals}</h3>
      <ReportGoals plans={plans} attempts={attempts} lastDay={to} lastWeek={to === today ? t.thisWeek : t.weekTo(dateText(to))} />
      <h3>{t.sessions}</h3>
      <Sessions data={data} child={child} from={from} to={to} only={only} dateFormat={dateFormat} />
      <CheckUpSection services={services} child={child} attempts={attempts} dateFormat={dateFormat} />
      {shownActivities.length === 0 ? <p>{t.noAttempts}</p> : shownActivities.map((activity) => (
        <ActivityReport key={activity} activity={activity} attempts={attempts.filter((a) => a.activity === activity)} child={child} dateFormat={dateFormat} />
      ))}
    </section>
  );
}

/** Who, when and what, as the top of a handed-over page says it: the child, their age band and hand, the dates, the plans, and when it was printed. */
export function ReportHead({ child, from, to, plans, activity, title }: { child: Profile; from: string; to: string; plans: readonly Plan[]; activity: AttemptSummary['activity'] | null; title?: string }) {
  return (
    <div class="report-head">
      <h2>{title ?? t.heading(child.nickname, dateText(from), dateText(to))}{activity && ` · ${activityName(activity)}`}</h2>
      <p class="who">{t.who(child.ageBand, strings.grownUps.hands[child.handedness])}</p>
      <p>{t.plans(plans.map((p) => p.name))}</p>
      <p class="printed">{t.printed(DATE_FORMATS.longDate.format(new Date()))}</p>
    </div>
  );
}

function Sessions({ data, child, from, to, only, dateFormat }: { data: ReportData; child: Profile; from: string; to: string; only: string | null; dateFormat: Intl.DateTimeFormat }) {
  // Check-ups are plans too, of the registry's, never stored.
  const rows = reportSessions(data.sessions, data.attempts, [...data.plans, ...CHECK_UP_PLANS], { profileId: child.id, from, to })
    .filter((r) => !only || r.activities.includes(only as AttemptSummary['activity']) || r.attempts === 0);
  return rows.length === 0 ? <p>{t.noSessions}</p> : <SessionTable rows={rows} dateFormat={dateFormat} childId={child.id} />;
}

