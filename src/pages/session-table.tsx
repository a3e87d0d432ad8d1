import { useState } from 'preact/hooks';
import type { SessionRow } from '../report/report-sessions';
import { activityName } from '../registry/steps';
import { strings } from '../text/strings';

const t = strings.reports;
/** Sessions shown at first, newest first; more on request (a year of practice is hundreds). */
const SESSIONS_PAGE = 30;

/** The child's sessions, newest first: date (opening the session's own page), plan, duration, steps, outcome, attempts, and the therapist's note. */
export function SessionTable({ rows, dateFormat, childId }: { rows: readonly SessionRow[]; dateFormat: Intl.DateTimeFormat; childId: string }) {
  const c = t.sessionColumns;
  const [shown, setShown] = useState(SESSIONS_PAGE);
  return (
    <>
    <table class="attempts sessions" tabIndex={0}>
      <thead><tr>
        <th scope="col">{c.date}</th><th scope="col">{c.plan}</th><th scope="col">{c.duration}</th><th scope="col">{c.steps}</th>
        <th scope="col">{c.outcome}</th><th scope="col">{c.attempts}</th><th scope="col">{c.note}</th>
      </tr></thead>
      <tbody>
        {rows.slice(0, shown).map((r) => (
          <tr key={r.session.id} data-session-id={r.session.id} data-outcome={r.outcome}>
            <td><a href={`#/grown-ups/reports/session/${r.session.id}?child=${childId}`}>{dateFormat.format(new Date(r.session.startedAt))}</a></td>
            <td>{r.planName ?? t.deletedPlan}{r.activities.length > 0 && <small class="activities"> · {r.activities.map(activityName).join(', ')}</small>}</td>
            <td class="number">{r.durationMs === null ? t.noValue : t.minutes(r.durationMs)}</td>
            <td class="number">{t.stepsOf(r.stepsDone, r.steps)}</td>
            <td>{t.outcomes[r.outcome]}</td>
            <td class="number">{t.sessionAttempts(r.attempts, r.completedAttempts)}</td>
            <td class="note">{r.session.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
    {rows.length > shown && <button type="button" class="no-print" onClick={() => setShown(shown + SESSIONS_PAGE)}>{t.showMore(Math.min(SESSIONS_PAGE, rows.length - shown))}</button>}
    </>
  );
}
