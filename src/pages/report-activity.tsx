import { useMemo, useState } from 'preact/hooks';
import type { Norms, Replay } from '../activity/definition';
import type { AttemptSummary } from '../registry/attempt-summary';
import { activityOf } from '../registry/activities';
import type { Attempt } from '../registry/attempt';
import { MEASURES, measuresOf } from '../registry/measures';
import { activityName, describeAttempt } from '../registry/steps';
import { attemptResult } from '../registry/attempt-result';
import { chartAxis } from '../report/chart-axis';
import { normRows } from '../report/norm-rows';
import { progressSeries } from '../report/progress-series';
import { shownValue } from '../report/shown-value';
import { tableMeasures } from '../report/table-measures';
import type { Profile } from '../schema/profile';
import { getAttempt } from '../storage/attempts';
import { strings } from '../text/strings';
import { ProgressChart } from './progress-chart';
import { ReplayPanel } from './replay-panel';

const t = strings.reports;
/** Rows shown at first; more on request (the charts already show every attempt). */
const TABLE_PAGE = 50;

/** One activity in a child's report: its norms beside the child, its charts, and its attempts with their results and replays. */
export function ActivityReport({ activity, attempts, child, dateFormat }: { activity: AttemptSummary['activity']; attempts: readonly AttemptSummary[]; child: Profile; dateFormat: Intl.DateTimeFormat }) {
  const measures = measuresOf(activity);
  const columns = useMemo(() => tableMeasures(activity, attempts), [attempts, activity]);
  const charts = useMemo(() => measures.map((m) => ({ measure: m, series: progressSeries(attempts, m) })).filter((c) => c.series.points.length > 0), [attempts, activity]);
  const axis = useMemo(() => chartAxis(attempts), [attempts]);
  const [shown, setShown] = useState(TABLE_PAGE);
  const definition = activityOf(activity);
  const [replaying, setReplaying] = useState<{ attempt: Attempt; summary: AttemptSummary; View: Replay<Attempt> } | null>(null);
  const replay = async (summary: AttemptSummary) => {
    const [attempt, View] = await Promise.all([getAttempt(summary.id), definition.replay!()]);
    setReplaying(attempt ? { attempt, summary, View } : null);
  };
  const norms = normRows(activity, child.ageBand, attempts);
  return (
    <section class="activity-report" data-activity={activity} aria-labelledby={`report-${activity}`}>
      <h3 id={`report-${activity}`}>{activityName(activity)}</h3>
      {norms && <NormTable rows={norms} child={child} norms={definition.norms!} />}
      <h4>{t.progress}</h4>
      {charts.length === 0 || !axis ? <p>{t.noAttempts}</p> : <div class="charts">{charts.map((c) => <ProgressChart key={c.measure} measure={c.measure} series={c.series} axis={axis} />)}</div>}
      <h4>{t.attempts}</h4>
      {replaying && (
        <ReplayPanel attempt={replaying.attempt} summary={replaying.summary} View={replaying.View} title={t.replayOf(dateFormat.format(new Date(replaying.attempt.startedAt)))} onClose={() => setReplaying(null)} />
      )}
      <table class="attempts" tabIndex={0}>
        <thead><tr>
          <th scope="col">{strings.data.columns.date}</th><th scope="col">{strings.data.columns.task}</th><th scope="col">{t.result}</th>
          {columns.map((m) => <th key={m} scope="col">{MEASURES[m].name}</th>)}
          {definition.replay && <th scope="col" class="no-print"><span class="visually-hidden">{t.replay}</span></th>}
        </tr></thead>
        <tbody>
          {attempts.slice(0, shown).map((a) => {
            const result = attemptResult(a);
            return (
              <tr key={a.id} data-attempt-id={a.id} data-result={result}>
                <td>{dateFormat.format(new Date(a.startedAt))}{a.session?.checkUp && <> · <span class="check-up-mark">{strings.checkUps.mark}</span></>}</td>
                <td>{describeAttempt(a).task}</td>
                <td>{t.results[result]}</td>
                {columns.map((m) => { const v = MEASURES[m].read(a); return <td key={m} class="number">{v === null ? t.noValue : shownValue(m, v)}</td>; })}
                {definition.replay && <td class="no-print"><button type="button" onClick={() => void replay(a)}>{t.replay}</button></td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      {attempts.length > shown && <button type="button" class="no-print" onClick={() => setShown(shown + TABLE_PAGE)}>{t.showMore(Math.min(TABLE_PAGE, attempts.length - shown))}</button>}
    </section>
  );
}

function NormTable({ rows, child, norms }: { rows: NonNullable<ReturnType<typeof normRows>>; child: Profile; norms: Pick<Norms<unknown>, 'heading' | 'meaning' | 'words'> }) {
  const n = t.norms;
  const { words } = norms;
  return (
    <div class="norms">
      <h4>{norms.heading}</h4>
      <table class="attempts" tabIndex={0}>
        <thead><tr><th scope="col">{words.task}</th><th scope="col">{words.usualAge}</th><th scope="col">{n.against(child.nickname, child.ageBand)}</th><th scope="col">{words.counted}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} data-relation={r.relation}>
              <td>{r.label}</td><td>{n.age(r.typicalAgeMonths)}</td><td>{words.relations[r.relation]}</td>
              <td class="number">{r.tried ? n.passedOf(r.passed, r.tried) : t.noValue}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{norms.meaning}</p>
    </div>
  );
}
