import { useState } from 'preact/hooks';
import { navigate } from '../contract/router';
import type { AppServices } from '../contract/services';
import type { Profile } from '../schema/profile';
import { defaultStep } from '../plans/default-step';
import { planLink } from '../plans/share-link';
import { ACTIVITY_IDS } from '../registry/activities';
import { MEASURES, measuresOf } from '../registry/measures';
import { issuePaths } from '../schema/parse-text';
import { STEP_PARAMS, planContentSchema, planSchema, type Goal, type Plan, type PlanActivity } from '../registry/plan';
import { deletePlan, savePlan } from '../storage/plans';
import { strings } from '../text/strings';
import { activityName, stepTitle } from '../registry/steps';
import { ParamForm } from './param-form';
import { downloadPlan, passRules } from './plan-actions';
import { goalText } from './step-text';
import { InviteToSync } from './sync-invitation';

const t = strings.plans;

/** A step while it is being edited: any values at all, checked by the plan schema on save. */
type DraftStep = { activity: PlanActivity; params: Record<string, unknown>; trials: number | undefined; goal?: Partial<Goal> };

/**
 * One plan: its name, its steps (each with a form generated from the
 * activity's schema), its children, and sharing. `saved` is the plan as
 * stored (null for a new one): only that is ever shared or run.
 */
export function PlanEditor({ plan, saved, services, onSaved }: { plan: Plan; saved: Plan | null; services: AppServices; onSaved: (plan: Plan) => void }) {
  const [name, setName] = useState(plan.name);
  const [steps, setSteps] = useState<DraftStep[]>(plan.steps);
  const [assignedTo, setAssignedTo] = useState(plan.assignedTo);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  const change = (index: number, step: DraftStep) => setSteps(steps.map((s, i) => (i === index ? step : s)));
  const move = (index: number, by: number) => {
    const next = [...steps];
    const [step] = next.splice(index, 1);
    next.splice(index + by, 0, step!);
    setSteps(next);
  };

  async function save(event: Event) {
    event.preventDefault();
    const parsed = planSchema.safeParse({ ...plan, name, steps, assignedTo });
    if (!parsed.success) { setMessage({ text: t.invalid(issuePaths(parsed.error.issues)), ok: false }); return; }
    await savePlan(parsed.data);
    setMessage({ text: t.saved, ok: true });
    onSaved(parsed.data);
  }

  async function remove() {
    if (!confirm(t.confirmRemove(plan.name))) return;
    await deletePlan(plan.id);
    navigate('#/grown-ups/plans');
  }

  return (
    <form class="plan-editor" onSubmit={save}>
      <label class="plan-name">{t.name}
        <input value={name} maxLength={80} required onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <h2>{t.steps}</h2>
      <ol class="steps">
        {steps.map((step, index) => (
          <li key={index} class="step" data-step={index}>
            <StepForm step={step} index={index} onChange={(next) => change(index, next)} services={services} />
            <div class="step-actions">
              <button type="button" disabled={index === 0} onClick={() => move(index, -1)}>{t.moveUp}</button>
              <button type="button" disabled={index === steps.length - 1} onClick={() => move(index, 1)}>{t.moveDown}</button>
              <button type="button" class="danger" disabled={steps.length === 1} onClick={() => setSteps(steps.filter((_, i) => i !== index))}>{t.removeStep}</button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setSteps([...steps, defaultStep(ACTIVITY_IDS[0], passRules(services))])}>{t.addStep}</button>
      <fieldset>
        <legend>{t.assignedTo}</legend>
        {services.children.profiles.length === 0 ? <p>{strings.grownUps.noChildren}</p> : services.children.profiles.map((child) => (
          <label key={child.id} class="inline">
            <input type="checkbox" checked={assignedTo.includes(child.id)} onChange={(e) => setAssignedTo(e.currentTarget.checked ? [...assignedTo, child.id] : assignedTo.filter((id) => id !== child.id))} /> {child.nickname}
          </label>
        ))}
      </fieldset>
      {message && <p class={message.ok ? 'message' : 'error'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      <div class="actions">
        <button type="submit" class="primary">{t.save}</button>
        {saved && <a class="text-button" href={`#/session/${saved.id}`}>{t.run}</a>}
        {saved && <button type="button" class="danger" onClick={remove}>{t.remove}</button>}
      </div>
      {saved && unchanged(saved, { name, steps }) ? <Share plan={saved} children={services.children.profiles.filter((c) => saved.assignedTo.includes(c.id))} services={services} /> : <section class="share" aria-label={t.share}><h2>{t.share}</h2><p class="hint">{saved ? t.saveToShareChanges : t.saveToShare}</p></section>}
    </form>
  );
}

function StepForm({ step, index, onChange, services }: { step: DraftStep; index: number; onChange: (step: DraftStep) => void; services: AppServices }) {
  const id = `step-${index}`;
  const measures = measuresOf(step.activity);
  const setGoal = (goal: Partial<Goal> | undefined) => onChange({ ...step, goal });
  return (
    <fieldset>
      <legend>{t.step(index + 1)}</legend>
      <div class="step-head">
        <label>{t.activity}
          <select value={step.activity} onChange={(e) => {
            const activity = e.currentTarget.value as PlanActivity;
            // Another activity: its own defaults; its own measures for the goal.
            onChange({ ...defaultStep(activity, passRules(services)), trials: step.trials });
          }}>
            {ACTIVITY_IDS.map((a) => <option key={a} value={a}>{activityName(a)}</option>)}
          </select>
        </label>
        <label>{t.trials}
          <input type="number" min={1} max={50} step={1} value={step.trials ?? ''} onInput={(e) => onChange({ ...step, trials: e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value) })} />
        </label>
      </div>
      <details>
        <summary>{t.settingsOf(activityName(step.activity))}</summary>
        <ParamForm activity={step.activity} schema={STEP_PARAMS[step.activity]} value={step.params} idPrefix={id} onChange={(params) => onChange({ ...step, params })} />
      </details>
      <div class="goal">
        {measures.length > 0 && <label class="inline">
          <input type="checkbox" checked={step.goal !== undefined} onChange={(e) => setGoal(e.currentTarget.checked ? newGoal(measures[0]!) : undefined)} /> {t.goal}
        </label>}
        {step.goal && (
          <span class="goal-fields">
            <select aria-label={t.goalParts.measure} value={step.goal.measure} onChange={(e) => setGoal(newGoal(e.currentTarget.value as Goal['measure']))}>
              {measures.map((m) => <option key={m} value={m}>{t.measureWithUnit(MEASURES[m].name, MEASURES[m].unit)}</option>)}
            </select>
            <select aria-label={t.goalParts.comparison} value={step.goal.comparison} onChange={(e) => setGoal({ ...step.goal, comparison: e.currentTarget.value as Goal['comparison'] })}>
              <option value="atLeast">{t.comparisons.atLeast}</option>
              <option value="atMost">{t.comparisons.atMost}</option>
            </select>
            <NumberField label={t.measureWithUnit(t.goalParts.value, step.goal.measure ? MEASURES[step.goal.measure].unit : 'count')} value={step.goal.value} onChange={(value) => setGoal({ ...step.goal, value })} />
            <NumberField label={t.goalParts.inTrials} value={step.goal.inTrials} integer onChange={(inTrials) => setGoal({ ...step.goal, inTrials })} />
            <NumberField label={t.goalParts.ofTrials} value={step.goal.ofTrials} integer onChange={(ofTrials) => setGoal({ ...step.goal, ofTrials })} />
          </span>
        )}
      </div>
    </fieldset>
  );
}

function NumberField({ label, value, integer = false, onChange }: { label: string; value: number | undefined; integer?: boolean; onChange: (value: number | undefined) => void }) {
  return (
    <label class="inline">{label}
      <input type="number" min={integer ? 1 : 0} step={integer ? 1 : 'any'} value={value ?? ''} onInput={(e) => onChange(e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))} />
    </label>
  );
}

/** A goal for a measure, pointing the way that measure improves: "≥ 80 in 4 of 5" for coverage. */
function newGoal(measure: Goal['measure']): Goal {
  const higher = MEASURES[measure].better === 'higher';
  return { measure, comparison: higher ? 'atLeast' : 'atMost', value: higher && MEASURES[measure].unit === '%' ? 80 : 0, inTrials: 4, ofTrials: 5 };
}

/** Whether what is on screen is the stored plan's content, so sharing the stored plan shares what is on screen. */
function unchanged(saved: Plan, onScreen: { name: string; steps: readonly DraftStep[] }): boolean {
  const parsed = planContentSchema.safeParse(onScreen);
  return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(planContentSchema.parse(saved));
}

/** The saved plan as a link and as a file, for a parent's tablet: the link names the child it is for, so their results come back to them. */
function Share({ plan, children, services }: { plan: Plan; children: readonly Profile[]; services: AppServices }) {
  const [forChild, setForChild] = useState(children[0]?.id ?? '');
  const childId = children.some((c) => c.id === forChild) ? forChild : undefined;
  // A clinic sync invitation, made for one child on request: it goes with the link for that child only.
  const [invite, setInvite] = useState<{ childId: string; text: string } | null>(null);
  const base = planLink(plan, `${location.origin}${location.pathname}`, { planId: plan.id, childId });
  const link = invite && invite.childId === childId ? `${base}&invite=${invite.text}` : base;
  const [copied, setCopied] = useState(false);
  return (
    <section class="share" aria-label={t.share}>
      <h2>{t.share}</h2>
      <p class="plan-facts">{plan.steps.map((step) => `${stepTitle(step)}${step.goal ? ` (${goalText(step.goal)})` : ''}`).join(' → ')}</p>
      {children.length > 0 && (
        <label class="inline">{t.shareFor}{' '}
          <select value={childId ?? ''} onChange={(e) => { setForChild(e.currentTarget.value); setCopied(false); }}>
            {children.map((c) => <option key={c.id} value={c.id}>{c.nickname}</option>)}
            <option value="">{t.shareForAnyone}</option>
          </select>
        </label>
      )}
      {childId && (!invite || invite.childId !== childId) && (
        <InviteToSync services={services} childId={childId} nickname={children.find((c) => c.id === childId)!.nickname} onInvited={(text) => { setInvite({ childId, text }); setCopied(false); }} />
      )}
      {invite && invite.childId === childId && <p class="hint" role="status">{strings.clinicSync.invitation.created}</p>}
      <label>{t.shareLink}
        <input class="share-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div class="actions">
        <button type="button" onClick={async () => { await navigator.clipboard?.writeText(link).catch(() => undefined); setCopied(true); }}>{t.copyLink}</button>
        <button type="button" onClick={() => downloadPlan(plan)}>{t.shareFile}</button>
        {copied && <span role="status">{t.copied}</span>}
      </div>
    </section>
  );
}
