import { useEffect, useState } from 'preact/hooks';
import type { AppServices } from '../contract/services';
import type { AttemptSummary } from '../registry/attempt-summary';
import { checkUpPlan } from '../registry/check-ups';
import { MEASURES } from '../registry/measures';
import { describeAttempt, stepTitle } from '../registry/steps';
import { attemptResult } from '../registry/attempt-result';
import { localDay } from '../report/local-day';
import { reportSessions } from '../report/report-sessions';
import { shownValue } from '../report/shown-value';
import { tableMeasures } from '../report/table-measures';
import { listSummaries } from '../storage/attempts';
import { listPlans, listSessions, saveSession } from '../storage/plans';
import { strings } from '../text/strings';
import { DATE_FORMATS } from './date-formats';
import { ReportHead, type ReportData } from './report-page';

const t = strings.reports;
const s = strings.sessionPage;

/** One session on its own printable page: who, when, how it went step by step, and the therapist's note, written here. */
export function SessionPage({ services, sessionId }: { services: AppServices; sessionId: string }) {
  const [data, setData] = useState<ReportData | null>(null);
  // The session's child's summaries: the ones their report has just read, so usually already at hand.
  useEffect(() => {
    void Promise.all([listPlans(), listSessions()]).then(async ([plans, sessions]) => {
      const profileId = sessions.find((x) => x.id === sessionId)?.profileId;
      setData({ attempts: profileId ? await listSummaries(profileId) : [], plans, sessions });
    });
  }, [sessionId]);
  const [note, setNote] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (!data) return null;
  const session = data.sessions.find((x) => x.id === sessionId);
  const child = services.children.profiles.find((p) => p.id === session?.profileId);
  if (!session || !child) return <p>{s.missing}</p>;
  const checkUp = checkUpPlan(session.planId);
  const plan = data.plans.find((p) => p.id === session.planId) ?? checkUp;
  const day = localDay(session.startedAt);
  const row = reportSessions([session], data.attempts, plan ? [plan] : [], { profileId: child.id, from: day, to: day })[0]!;
  const mine = data.attempts.filter((a) => a.session?.id === session.id).toSorted((a, b) => a.startedAt.localeCompare(b.startedAt));
  const dateFormat = DATE_FORMATS.dateTime;
  const time = DATE_FORMATS.time;
  const text = note ?? session.note;
  const save = async () => {
    await saveSession({ ...session, note: text });
    session.note = text;
    setSaved(true);
  };
  return (
    <section class="report session-page" data-session-id={session.id}>
      <div class="toolbar no-print">
        <a class="text-button" href={`#/grown-ups/reports?child=${child.id}&from=${day}&to=${day}`}>{s.back}</a>
        <button type="button" onClick={() => window.print()}>{t.print}</button>
      </div>
      <ReportHead child={child} from={day} to={day} plans={plan ? [plan] : []} activity={null} title={s.title(child.nickname, dateFormat.format(new Date(session.startedAt)), row.planName ?? t.deletedPlan)} />
      <p class="session-facts">
        {s.facts(row.durationMs === null ? t.noValue : t.minutes(row.durationMs), t.stepsOf(row.stepsDone, row.steps), t.outcomes[row.outcome], checkUp ? s.checkUp : s.practice)}
      </p>
      <h3>{s.note}</h3>
      <div class="session-note">
        <label class="no-print">
          <span class="visually-hidden">{s.note}</span>
          <textarea rows={4} maxLength={4000} value={text} placeholder={s.notePlaceholder} onInput={(e) => { setNote(e.currentTarget.value); setSaved(false); }} />
        </label>
        <button type="button" class="no-print" disabled={text === session.note} onClick={() => void save()}>{s.saveNote}</button>
        {saved && <span role="status" class="no-print"> {s.saved}</span>}
        <p class="print-only note-text">{text || s.noNote}</p>
      </div>
      <h3>{s.steps}</h3>
      {(plan?.steps ?? []).map((step, index) => {
        const attempts = mine.filter((a) => a.session!.step === index);
        return (
          <div key={index} class="session-step">
            <h4>{strings.plans.step(index + 1)}: {stepTitle(step)}</h4>
            {attempts.length === 0 ? <p>{session.skippedSteps.includes(index) ? s.skipped : s.notPlayed}</p> : <StepAttempts attempts={attempts} time={time} />}
          </div>
        );
      })}
    </section>
  );
}

function StepAttempts({ attempts, time }: { attempts: readonly AttemptSummary[]; time: Intl.DateTimeFormat }) {
  const measures = tableMeasures(attempts[0]!.activity, attempts);
  return (
    <table class="attempts" tabIndex={0}>
      <thead><tr><th scope="col">{s.time}</th><th scope="col">{t.result}</th><th scope="col">{strings.data.columns.details}</th>{measures.map((m) => <th key={m} scope="col">{MEASURES[m].name}</th>)}</tr></thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.id} data-attempt-id={a.id} data-result={attemptResult(a)}>
            <td>{time.format(new Date(a.startedAt))}</td>
            <td>{t.results[attemptResult(a)]}</td>
            <td>{describeAttempt(a).details}</td>
            {measures.map((m) => { const v = MEASURES[m].read(a); return <td key={m} class="number">{v === null ? t.noValue : shownValue(m, v)}</td>; })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
