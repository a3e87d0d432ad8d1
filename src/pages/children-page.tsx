import { useState } from 'preact/hooks';
import { navigate } from '../contract/router';
import type { AppServices } from '../contract/services';
import { AGE_BANDS, AVATARS, profileSchema, type Profile } from '../schema/profile';
import { deleteProfile, saveProfile } from '../storage/profiles';
import { strings } from '../text/strings';
import { AvatarChoices, AvatarPicture } from './avatar-choices';

const t = strings.grownUps;

/** The children on this device: a list, and a form to add or edit one (`editing`: an id, "new", or null). */
export function ChildrenPage({ services, editing }: { services: AppServices; editing: string | null }) {
  const { profiles } = services.children;
  if (editing) {
    const existing = profiles.find((p) => p.id === editing) ?? null;
    return <ChildForm services={services} existing={existing} />;
  }
  return (
    <section>
      {profiles.length === 0 ? <p>{t.noChildren}</p> : (
        <ul class="children">
          {profiles.map((p) => (
            <li key={p.id} data-profile={p.id}>
              <AvatarPicture avatar={p.avatar} />
              <span class="child-name">{p.nickname}</span>
              <span class="child-facts">{p.ageBand} · {t.hands[p.handedness]}</span>
              <a class="text-button" href={`#/grown-ups/children/${p.id}`} aria-label={`${t.edit} ${p.nickname}`}>{t.edit}</a>
            </li>
          ))}
        </ul>
      )}
      <a class="text-button primary" href="#/grown-ups/children/new">{t.add}</a>
    </section>
  );
}

function ChildForm({ services, existing }: { services: AppServices; existing: Profile | null }) {
  const [draft, setDraft] = useState({
    nickname: existing?.nickname ?? '',
    avatar: existing?.avatar ?? AVATARS[0],
    ageBand: existing?.ageBand ?? AGE_BANDS[2],
    handedness: existing?.handedness ?? services.settings.handedness,
    notes: existing?.notes ?? '',
    handSpanMm: existing?.handSpanMm,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft({ ...draft, [key]: value });

  async function save(event: Event) {
    event.preventDefault();
    // What the form does not show (the therapist's id for this child, when results were last sent) is kept as it was.
    const parsed = profileSchema.safeParse({ ...existing, ...draft, id: existing?.id ?? crypto.randomUUID(), createdAt: existing?.createdAt ?? new Date().toISOString() });
    if (!parsed.success) {
      setProblem(t.invalid(parsed.error.issues.map((i) => t.fields[i.path[0] as keyof typeof t.fields] ?? String(i.path[0])).join(', ')));
      return;
    }
    await saveProfile(parsed.data);
    await services.children.reload();
    navigate('#/grown-ups/children');
  }

  async function remove() {
    if (!existing || !confirm(t.confirmRemove(existing.nickname))) return;
    await deleteProfile(existing.id);
    await services.children.reload();
    navigate('#/grown-ups/children');
  }

  return (
    <form class="child-form" onSubmit={save}>
      <label>{t.fields.nickname}
        <input name="nickname" value={draft.nickname} maxLength={40} required onInput={(e) => set('nickname', e.currentTarget.value)} />
      </label>
      <fieldset>
        <legend>{t.fields.avatar}</legend>
        <AvatarChoices value={draft.avatar} onChange={(a) => set('avatar', a)} />
      </fieldset>
      <label>{t.fields.ageBand}
        <select name="ageBand" value={draft.ageBand} onChange={(e) => set('ageBand', e.currentTarget.value as Profile['ageBand'])}>
          {AGE_BANDS.map((band) => <option key={band} value={band}>{band}</option>)}
        </select>
      </label>
      <fieldset>
        <legend>{t.fields.handedness}</legend>
        {(['right', 'left'] as const).map((hand) => (
          <label key={hand} class="inline"><input type="radio" name="handedness" value={hand} checked={draft.handedness === hand} onChange={() => set('handedness', hand)} /> {t.hands[hand]}</label>
        ))}
      </fieldset>
      <label>{t.fields.handSpanMm}
        <input name="handSpanMm" type="number" min={60} max={220} step={1} value={draft.handSpanMm ?? ''} onInput={(e) => set('handSpanMm', e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))} />
        <small class="hint">{t.handSpanHint}</small>
      </label>
      <label>{t.fields.notes}
        <textarea name="notes" rows={4} maxLength={2000} value={draft.notes} onInput={(e) => set('notes', e.currentTarget.value)} />
      </label>
      {problem && <p class="error" role="alert">{problem}</p>}
      <div class="actions">
        <button type="submit" class="primary">{t.save}</button>
        <a class="text-button" href="#/grown-ups/children">{t.cancel}</a>
        {existing && <button type="button" class="danger" onClick={remove}>{t.remove}</button>}
      </div>
    </form>
  );
}
