import { useState } from 'preact/hooks';
import type { AppServices } from '../contract/services';
import { planMinutes } from '../plans/plan-minutes';
import { readPlanLink } from '../plans/share-link';
import type { Plan, PlanContent } from '../registry/plan';
import { AGE_BANDS, AVATARS, profileSchema, type Profile } from '../schema/profile';
import { savePlan } from '../storage/plans';
import { saveProfile } from '../storage/profiles';
import { strings } from '../text/strings';
import { AvatarChoices } from './avatar-choices';
import { stepForParent } from './step-text';
import { readInvitation } from '../sync/invitation';
import { JoinClinicSync } from './sync-invitation';

const t = strings.plans;

/**
 * A plan opened from a shared link, as a parent meets it: checked with the
 * plan schema first, then said in plain words ("3 short games, about 5
 * minutes"), with one button that puts it on Today's practice, making the
 * child's profile first when the tablet has none.
 */
export function SharedPlan({ query, services }: { query: URLSearchParams; services: AppServices }) {
  const read = readPlanLink(query);
  const [added, setAdded] = useState<{ plan: Plan; children: string[] } | null>(null);
  // A clinic sync invitation, when the therapist sent one and this tablet has not joined yet: joined first, so the child comes from the clinic.
  const invitation = readInvitation(query.get('invite'));
  const [joined, setJoined] = useState(() => invitation === null || (services.settings.clinicSync?.on === true && services.settings.clinicSync.databases.includes(invitation.database)));
  if (!read.ok) {
    return (
      <section class="shared-plan" role="alert">
        <p class="error">{t.sharedProblems[read.reason]}</p>
        {read.problems.length > 0 && <ul class="error">{read.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
      </section>
    );
  }
  if (added) {
    return (
      <section class="shared-plan shared-added">
        <p role="status" class="message">{t.sharedAdded(added.plan.name, added.children)}</p>
        <a class="text-button primary" href="#/">{t.sharedGoHome}</a>
      </section>
    );
  }
  return (
    <section class="shared-plan">
      <h2>{t.sharedTitle}</h2>
      <p class="shared-name">{read.plan.name}</p>
      <p class="shared-summary">{t.sharedSummary(read.plan.steps.length, planMinutes(read.plan.steps))}</p>
      <ol class="steps">{read.plan.steps.map((step, i) => <li key={i}>{stepForParent(step)}</li>)}</ol>
      {!joined && invitation && <JoinClinicSync services={services} invitation={invitation} onJoined={() => setJoined(true)} onSkipped={() => setJoined(true)} />}
      {joined && <AddForm content={read.plan} planId={read.planId} childId={read.childId} services={services} onAdded={(plan, children) => setAdded({ plan, children })} />}
    </section>
  );
}

/**
 * Who it is for: the children here (all ticked), or a new child's face and
 * nickname; then the one button. The plan keeps the therapist's id for it,
 * and each child here it is for remembers the therapist's id for them
 * (`therapistChildId`), so what they do comes back to the right plan and
 * the right child. A child made here takes the therapist's id outright.
 */
function AddForm({ content, planId, childId, services, onAdded }: { content: PlanContent; planId: string | null; childId: string | null; services: AppServices; onAdded: (plan: Plan, children: string[]) => void }) {
  const profiles = services.children.profiles;
  const [chosen, setChosen] = useState<string[]>(profiles.map((p) => p.id));
  const [child, setChild] = useState({ nickname: '', avatar: AVATARS[0] as Profile['avatar'], ageBand: AGE_BANDS[2] as Profile['ageBand'] });
  const [problem, setProblem] = useState<string | null>(null);

  async function add(event: Event) {
    event.preventDefault();
    let children = profiles.filter((p) => chosen.includes(p.id));
    if (profiles.length === 0) {
      const id = childId ?? crypto.randomUUID();
      const parsed = profileSchema.safeParse({ ...child, id, therapistChildId: id, handedness: services.settings.handedness, notes: '', createdAt: new Date().toISOString() });
      if (!parsed.success) { setProblem(strings.grownUps.invalid(strings.grownUps.fields.nickname)); return; }
      await saveProfile(parsed.data);
      children = [parsed.data];
    }
    if (children.length === 0) { setProblem(t.sharedPickChild); return; }
    // A link names one child: with one child chosen here, that is who they are to the therapist; otherwise each is sent as themselves.
    for (const c of children) {
      const linked = children.length === 1 && childId ? childId : (c.therapistChildId ?? c.id);
      if (c.therapistChildId !== linked) await saveProfile({ ...c, therapistChildId: linked });
    }
    const plan: Plan = { ...content, id: planId ?? crypto.randomUUID(), assignedTo: children.map((c) => c.id), createdAt: new Date().toISOString() };
    await savePlan(plan);
    await services.children.reload();
    onAdded(plan, children.map((c) => c.nickname));
  }

  return (
    <form class="shared-add" onSubmit={add}>
      {profiles.length === 0 ? (
        <fieldset>
          <legend>{t.sharedNewChild}</legend>
          <AvatarChoices value={child.avatar} onChange={(avatar) => setChild({ ...child, avatar })} />
          <label>{strings.grownUps.fields.nickname}
            <input name="nickname" value={child.nickname} maxLength={40} required onInput={(e) => setChild({ ...child, nickname: e.currentTarget.value })} />
          </label>
          <label>{strings.grownUps.fields.ageBand}
            <select name="ageBand" value={child.ageBand} onChange={(e) => setChild({ ...child, ageBand: e.currentTarget.value as Profile['ageBand'] })}>
              {AGE_BANDS.map((band) => <option key={band} value={band}>{band}</option>)}
            </select>
          </label>
        </fieldset>
      ) : profiles.length === 1 ? <p>{t.sharedFor([profiles[0]!.nickname])}</p> : (
        <fieldset>
          <legend>{t.sharedWho}</legend>
          {profiles.map((p) => (
            <label key={p.id} class="inline">
              <input type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, p.id] : chosen.filter((id) => id !== p.id))} /> {p.nickname}
            </label>
          ))}
        </fieldset>
      )}
      {problem && <p class="error" role="alert">{problem}</p>}
      <button type="submit" class="primary big">{t.sharedSave}</button>
    </form>
  );
}
