import { readPlanLink } from '../plans/share-link';
import type { PlanContent } from '../schema/plan';
import { strings } from '../text/strings';
import { goalText, stepTitle } from './step-text';

const t = strings.plans;

/** A plan opened from a shared link: checked with the plan schema before anything is offered, then added on request. */
export function SharedPlan({ query, onAdd }: { query: URLSearchParams; onAdd: (plan: PlanContent) => Promise<void> }) {
  const read = readPlanLink(query);
  if (!read.ok) {
    return (
      <section class="shared-plan" role="alert">
        <p class="error">{t.sharedProblems[read.reason]}</p>
        {read.problems.length > 0 && <ul class="error">{read.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
      </section>
    );
  }
  return (
    <section class="shared-plan">
      <h2>{t.sharedTitle}: {read.plan.name}</h2>
      <ol class="steps">
        {read.plan.steps.map((step, i) => <li key={i}>{stepTitle(step)} · {t.trials} {step.trials}{step.goal && ` · ${goalText(step.goal)}`}</li>)}
      </ol>
      <div class="actions"><button type="button" class="primary" onClick={() => void onAdd(read.plan)}>{t.sharedSave}</button></div>
    </section>
  );
}
