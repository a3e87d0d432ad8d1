import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Replay } from '../activity/definition';
import { navigate } from '../contract/router';
import type { AppServices } from '../contract/services';
import { localTimestamp } from '../schema/local-timestamp';
import { planGoals } from '../report/plan-goals';
import { progressSeries } from '../report/progress-series';
import { reportAttempts } from '../report/report-attempts';
import { reportSessions, type SessionRow } from '../report/report-sessions';
import type { AttemptSummary } from '../registry/attempt-summary';
import { ACTIVITY_IDS, activityOf } from '../registry/activities';
import type { Attempt } from '../registry/attempt';
import { MEASURES, measuresOf } from '../registry/measures';
import { activityName, describeAttempt, stepTitle } from '../registry/steps';
import type { Plan, Session } from '../registry/plan';
import { getAttempt, listSummaries } from '../storage/attempts';
import { listPlans, listSessions } from '../storage/plans';
import { strings } from '../text/strings';
import { ProgressChart } from './progress-chart';
import { shownValue } from '../report/shown-value';
import { goalText } from './step-text';

const t = strings.reports;
/** Rows shown at first; more on request (the charts already show every attempt). */
const TABLE_PAGE = 100;

/** One child's progress at one activity: charts, goals, attempts and replays. Filters live in the link: #/grown-ups/reports?child=…&activity=trace&from=…&to=… */
export function ReportPage({ services, query }: { services: AppServices; query: URLSearchParams }) {
  const [data, setData] = useState<{ attempts: readonly AttemptSummary[]; plans: readonly Plan[]; sessions: readonly Session[] } | null>(null);
  const profiles = services.children.profiles;
  const child = profiles.find((p) => p.id === query.get('child')) ?? profiles[0];
  // Summaries only, by the child's index: a report never reads raw strokes (a replay fetches its one attempt).
  useEffect(() => { if (child) void Promise.all([listSummaries(child.id), listPlans(), listSessions()]).then(([attempts, plans, sessions]) => setData({ attempts, plans, sessions })); }, [child?.id]);
  if (!child) return <p>{t.none}</p>;
  if (!data) return null;
  const activity = (ACTIVITY_IDS as string[]).includes(query.get('activity') ?? '') ? query.get('activity') as AttemptSummary['activity'] : ACTIVITY_IDS[0];
  const days = data.attempts.map((a) => localDay(a.startedAt)).sort();
  const from = query.get('from') || days[0] || localDay(new Date().toISOString());
  const to = query.get('to') || days.at(-1) || localDay(new Date().toISOString());
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(query);
    next.set(key, value);
    if (key === 'child') { next.delete('from'); next.delete('to'); }
    navigate(`#/grown-ups/reports?${next}`);
  };
  const plans = data.plans.filter((p) => p.assignedTo.includes(child.id));
  return <Report key={`${child.id}${activity}${from}${to}`} attempts={reportAttempts(data.attempts, { profileId: child.id, activity, from, to })}
    heading={t.heading(child.nickname, dateText(from), dateText(to))} plans={plans} activity={activity}
    sessions={reportSessions(data.sessions, data.attempts, data.plans, { profileId: child.id, from, to })}
    filters={(
      <div class="toolbar no-print">
        <label>{t.child} <select value={child.id} onChange={(e) => set('child', e.currentTarget.value)}>{profiles.map((p) => <option key={p.id} value={p.id}>{p.nickname}</option>)}</select></label>
        <label>{t.activity} <select value={activity} onChange={(e) => set('activity', e.currentTarget.value)}>{ACTIVITY_IDS.map((a) => <option key={a} value={a}>{activityName(a)}</option>)}</select></label>
        <label>{t.from} <input type="date" value={from} onChange={(e) => set('from', e.currentTarget.value)} /></label>
        <label>{t.to} <input type="date" value={to} onChange={(e) => set('to', e.currentTarget.value)} /></label>
        <button type="button" onClick={() => window.print()}>{t.print}</button>
      </div>
    )} />;
}

function Report({ attempts, heading, plans, activity, sessions, filters }: { attempts: readonly AttemptSummary[]; heading: string; plans: readonly Plan[]; activity: AttemptSummary['activity']; sessions: readonly SessionRow[]; filters: preact.ComponentChildren }) {
  const measures = measuresOf(activity);
  const charts = useMemo(() => measures.map((m) => ({ measure: m, series: progressSeries(attempts, m) })).filter((c) => c.series.points.length > 0), [attempts, activity]);
  const goals = planGoals(plans, attempts).filter((g) => g.planStep.activity === activity);
  const [shown, setShown] = useState(TABLE_PAGE);
  const definition = activityOf(activity);
  const [replaying, setReplaying] = useState<{ attempt: Attempt; View: Replay<Attempt> } | null>(null);
  const replay = async (id: string) => {
    const [attempt, View] = await Promise.all([getAttempt(id), definition.replay!()]);
    setReplaying(attempt ? { attempt, View } : null);
  };
  const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="report">
      {filters}
      <div class="report-head">
        <h2>{heading} · {activityName(activity)}</h2>
        <p>{t.plans(plans.map((p) => p.name))}</p>
      </div>
      <h3>{t.progress}</h3>
      {charts.length === 0 ? <p>{t.noAttempts}</p> : <div class="charts">{charts.map((c) => <ProgressChart key={c.measure} measure={c.measure} series={c.series} />)}</div>}
      <h3>{t.goals}</h3>
      {goals.length === 0 ? <p>{t.noGoals}</p> : (
        <ul class="goals">
          {goals.map((g) => (
            <li key={`${g.plan.id}-${g.step}`} data-met={String(g.result.met)}>
              <strong>{g.plan.name}</strong> · {strings.plans.step(g.step + 1)} ({stepTitle(g.planStep)}): {goalText(g.planStep.goal!)} ·{' '}
              <span class="goal-result">{g.result.met ? t.goalMet(g.result.passing, g.result.counted) : t.goalNotMet(g.result.passing, g.result.counted, g.planStep.goal!.inTrials, g.planStep.goal!.ofTrials)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t.sessions}</h3>
      {sessions.length === 0 ? <p>{t.noSessions}</p> : <SessionTable rows={sessions} dateFormat={dateFormat} />}
      <h3>{t.attempts}</h3>
      {replaying && (
        <div class="replay-panel" role="dialog" aria-label={t.replayOf(dateFormat.format(new Date(replaying.attempt.startedAt)))}>
          <p>{t.replayOf(dateFormat.format(new Date(replaying.attempt.startedAt)))}</p>
          <replaying.View attempt={replaying.attempt} />
          <button type="button" onClick={() => setReplaying(null)}>{t.close}</button>
        </div>
      )}
      <table class="attempts">
        <thead><tr>
          <th scope="col">{strings.data.columns.date}</th><th scope="col">{strings.data.columns.task}</th><th scope="col">{strings.data.columns.status}</th>
          {measures.slice(0, 3).map((m) => <th key={m} scope="col">{MEASURES[m].name}</th>)}
          {definition.replay && <th scope="col"><span class="visually-hidden">{t.replay}</span></th>}
        </tr></thead>
        <tbody>
          {attempts.slice(0, shown).map((a) => (
            <tr key={a.id} data-attempt-id={a.id}>
              <td>{dateFormat.format(new Date(a.startedAt))}</td>
              <td>{describeAttempt(a).task}</td>
              <td>{a.status === 'completed' ? strings.data.completed : strings.data.abandoned}</td>
              {measures.slice(0, 3).map((m) => { const v = MEASURES[m].read(a); return <td key={m} class="number">{v === null ? t.noValue : shownValue(m, v)}</td>; })}
              {definition.replay && <td><button type="button" class="no-print" onClick={() => void replay(a.id)}>{t.replay}</button></td>}
            </tr>
          ))}
        </tbody>
      </table>
      {attempts.length > shown && <button type="button" class="no-print" onClick={() => setShown(shown + TABLE_PAGE)}>{t.showMore(Math.min(TABLE_PAGE, attempts.length - shown))}</button>}
    </section>
  );
}

/** The child's plan sessions: each with its plan, how far it got, how it ended, and its attempts of every activity. */
function SessionTable({ rows, dateFormat }: { rows: readonly SessionRow[]; dateFormat: Intl.DateTimeFormat }) {
  const c = t.sessionColumns;
  return (
    <table class="attempts sessions">
      <thead><tr><th scope="col">{c.date}</th><th scope="col">{c.plan}</th><th scope="col">{c.steps}</th><th scope="col">{c.outcome}</th><th scope="col">{c.attempts}</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.session.id} data-session-id={r.session.id} data-outcome={r.outcome}>
            <td>{dateFormat.format(new Date(r.session.startedAt))}</td>
            <td>{r.planName ?? t.deletedPlan}</td>
            <td class="number">{t.stepsOf(r.stepsDone, r.steps)}</td>
            <td>{t.outcomes[r.outcome]}</td>
            <td class="number">{t.sessionAttempts(r.attempts, r.completedAttempts)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** yyyy-mm-dd of an instant, in this device's time zone: the days a therapist means. */
function localDay(iso: string): string {
  return localTimestamp(iso).slice(0, 10);
}

function dateText(day: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(`${day}T12:00:00`));
}
