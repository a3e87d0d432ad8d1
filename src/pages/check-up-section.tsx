import { navigate } from '../contract/router';
import type { AppServices } from '../contract/services';
import type { AttemptSummary } from '../registry/attempt-summary';
import { CHECK_UP_PLANS } from '../registry/check-ups';
import { MEASURES } from '../registry/measures';
import { activityName, stepTitle } from '../registry/steps';
import { compareCheckUps, type CheckUpMeasure } from '../report/check-up-comparison';
import { shownChange, shownValue } from '../report/shown-value';
import type { Profile } from '../schema/profile';
import { strings } from '../text/strings';

const t = strings.checkUps;

/**
 * The child's check-ups compared, one table per protocol step: each
 * check-up's mean of every measure, and its change since the first beside
 * the usual variation. Buttons start a check-up for this child.
 */
export function CheckUpSection({ services, child, attempts, dateFormat }: { services: AppServices; child: Profile; attempts: readonly AttemptSummary[]; dateFormat: Intl.DateTimeFormat }) {
  const compared = CHECK_UP_PLANS.map((plan) => ({ plan, measures: compareCheckUps(plan, attempts) })).filter((c) => c.measures.length > 0);
  const run = (planId: string) => {
    services.children.choose(child);
    navigate(`#/session/${planId}`);
  };
  return (
    <section class="check-ups" aria-labelledby="check-ups">
      <h3 id="check-ups">{t.heading}</h3>
      <p class="hint no-print">{t.intro}</p>
      <div class="toolbar no-print">
        {CHECK_UP_PLANS.map((plan) => {
          const activity = plan.steps[0]!.activity;
          return <button key={plan.id} type="button" data-check-up={activity} onClick={() => run(plan.id)}>{t.run(activityName(activity), child.nickname)}</button>;
        })}
      </div>
      {compared.length === 0 ? <p>{t.none}</p> : compared.map(({ plan, measures }) => (
        <div key={plan.id} class="check-up" data-protocol={plan.id}>
          <h4>{plan.name}</h4>
          {plan.steps.map((step, index) => {
            const mine = measures.filter((m) => m.step === index);
            return mine.length === 0 ? null : <StepTable key={index} caption={`${strings.plans.step(index + 1)}: ${stepTitle(step)}`} measures={mine} dateFormat={dateFormat} />;
          })}
          <p class="hint">{t.usualMeaning}</p>
        </div>
      ))}
    </section>
  );
}

function StepTable({ caption, measures, dateFormat }: { caption: string; measures: readonly CheckUpMeasure[]; dateFormat: Intl.DateTimeFormat }) {
  const sessions = measures[0]!.results;
  return (
    <table class="attempts check-up-table" tabIndex={0}>
      <caption>{caption}</caption>
      <thead><tr><th scope="col">{t.columns.date}</th><th scope="col">{t.columns.trials}</th>{measures.map((m) => <th key={m.measure} scope="col">{MEASURES[m.measure].name}</th>)}</tr></thead>
      <tbody>
        {sessions.map((s, row) => (
          <tr key={s.sessionId} data-session-id={s.sessionId}>
            <th scope="row">{dateFormat.format(new Date(s.time))}</th>
            <td class="number">{s.trials.length}</td>
            {measures.map((m) => {
              const result = m.results.find((r) => r.sessionId === s.sessionId);
              if (!result) return <td key={m.measure}>{strings.reports.noValue}</td>;
              const change = result.change;
              return (
                <td key={m.measure} data-beyond-usual={change?.beyondUsual === undefined || change.beyondUsual === null ? undefined : String(change.beyondUsual)}>
                  {shownValue(m.measure, result.mean)}
                  {row > 0 && change && <small class="change">{changeText(m, change)}</small>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function changeText(m: CheckUpMeasure, change: NonNullable<CheckUpMeasure['results'][number]['change']>): string {
  const value = shownChange(m.measure, change.value);
  if (change.value === 0) return t.noChange;
  if (change.usual === null) return t.noUsual(value);
  const usual = `±${shownValue(m.measure, change.usual)}`;
  return change.beyondUsual ? t.change(value, usual) : t.withinUsual(value, usual);
}
