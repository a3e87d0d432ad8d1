import { useEffect, useState } from 'preact/hooks';
import { navigate, type Route } from '../contract/router';
import type { AppServices } from '../contract/services';
import { parsePlanFile } from '../plans/plan-file';
import { defaultStep } from '../plans/default-step';
import type { PresetList } from '../activity/definition';
import type { Plan, PlanContent } from '../registry/plan';
import { listPlans } from '../storage/plans';
import { ACTIVITIES } from '../registry/activities';
import { stepTitle } from '../registry/steps';
import { strings } from '../text/strings';
import { passRules } from './plan-actions';
import { PlanEditor } from './plan-editor';
import { SharedPlan } from './shared-plan';

const t = strings.plans;

/** The new plan being edited at …/plans/new: in memory only, stored when the grown-up saves it. */
let draft: Plan | null = null;

/** Drill plans: the list with presets (#/grown-ups/plans), one plan's editor (…/plans/<id>, or …/plans/new before its first save), and a shared link (…/plans/shared?plan=…). */
export function PlansPage({ services, route }: { services: AppServices; route: Route }) {
  const [plans, setPlans] = useState<Plan[] | null>(null);
  useEffect(() => { void listPlans().then(setPlans); }, [route]);
  const which = route.path[2];
  if (which === 'shared') return <SharedPlan query={route.query} services={services} />;
  if (!plans) return null;
  if (which !== 'new' && draft && plans.some((p) => p.id === draft!.id)) draft = null; // saved and left: the next new plan starts blank
  if (which === 'new') {
    draft ??= newPlan(blankPlan(services));
    const stored = plans.find((p) => p.id === draft!.id) ?? null;
    // Saved: the same editor goes on, now for the stored plan, and the link names it.
    return <PlanEditor key={draft.id} plan={draft} saved={stored} services={services} onSaved={(saved) => { history.replaceState(null, '', `#/grown-ups/plans/${saved.id}`); draft = saved; setPlans([...plans.filter((p) => p.id !== saved.id), saved]); }} />;
  }
  if (which) {
    const plan = plans.find((p) => p.id === which);
    return plan ? <PlanEditor key={plan.id} plan={plan} saved={plan} services={services} onSaved={(saved) => setPlans(plans.map((p) => (p.id === saved.id ? saved : p)))} /> : <p class="error" role="alert">{strings.session.missing}</p>;
  }
  return <PlanList plans={plans} services={services} />;
}

function newPlan(content: PlanContent): Plan {
  return { ...content, id: crypto.randomUUID(), assignedTo: [], createdAt: new Date().toISOString() };
}

/** Opens a new plan (from a preset, a file or nothing) in the editor; nothing is stored until it is saved. */
function editNewPlan(content: PlanContent): void {
  draft = newPlan(content);
  if (location.hash === '#/grown-ups/plans/new') window.dispatchEvent(new HashChangeEvent('hashchange'));
  else navigate('#/grown-ups/plans/new');
}

function PlanList({ plans, services }: { plans: readonly Plan[]; services: AppServices }) {
  const [problem, setProblem] = useState<string | null>(null);
  async function openFile(file: File) {
    const read = parsePlanFile(await file.text());
    if (read.ok) editNewPlan(read.value);
    else setProblem(t.fileProblem(read.problems));
  }
  return (
    <section class="plans">
      {plans.length === 0 ? <p>{t.none}</p> : (
        <ul class="plan-list">
          {plans.map((plan) => (
            <li key={plan.id} data-plan={plan.id}>
              <a href={`#/grown-ups/plans/${plan.id}`}>{plan.name}</a>
              <span class="plan-facts">{t.stepsSummary(plan.steps.length)}: {plan.steps.map(stepTitle).join(' → ')}</span>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => editNewPlan(blankPlan(services))}>{t.blank}</button>
        <label class="file-button">{t.importFile}
          <input type="file" accept=".json,application/json" onChange={(e) => { const file = e.currentTarget.files?.[0]; e.currentTarget.value = ''; if (file) void openFile(file); }} />
        </label>
      </div>
      {problem && <p class="error" role="alert">{problem}</p>}
      {ACTIVITIES.map((activity) => 'presets' in activity && <Presets key={activity.id} presets={activity.presets} />)}
    </section>
  );
}

/** Each activity's ready-made plans: a grown-up opens one in the editor, to change or save. */
function Presets({ presets }: { presets: PresetList<string, unknown, string> }) {
  return (
    <>
      <h2>{presets.heading}</h2>
      <p class="hint">{presets.hint}</p>
      <ol class="presets">
        {presets.items.map((preset) => (
          <li key={preset.name}>
            <span class="preset-name">{preset.name}</span>
            <span class="plan-facts">{preset.detail}</span>
            <button type="button" aria-label={t.usePreset(preset.name)} onClick={() => editNewPlan(preset.plan() as PlanContent)}>{t.use}</button>
          </li>
        ))}
      </ol>
    </>
  );
}

/** A new plan starts with one step of the first activity on the home screen. */
function blankPlan(services: AppServices): PlanContent {
  return { name: t.newPlanName, steps: [defaultStep(ACTIVITIES[0].id, passRules(services))] };
}
