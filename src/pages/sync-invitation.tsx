import { useState } from 'preact/hooks';
import type { AppServices } from '../contract/services';
import { listProfiles } from '../storage/profiles';
import { childOfDatabase } from '../sync/database-names';
import { acceptInvitation, createInvitation, FAMILY_PASSWORD_MIN, invitationText, type Invitation } from '../sync/invitation';
import { strings } from '../text/strings';

const t = strings.clinicSync.invitation;

/** On a staff tablet with clinic sync on: makes a one-time invitation for this child's family, and hands it to the link. */
export function InviteToSync({ services, childId, nickname, onInvited }: { services: AppServices; childId: string; nickname: string; onInvited: (invite: string) => void }) {
  const sync = services.settings.clinicSync;
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  if (!sync?.on || sync.role !== 'staff') return null;
  const invite = async () => {
    setState('working');
    const made = await createInvitation(sync.server, childId);
    if (!made.ok) { setState('failed'); return; }
    setState('idle');
    onInvited(invitationText(made.invitation));
  };
  return (
    <div class="invite-to-sync">
      <button type="button" disabled={state === 'working'} onClick={() => void invite()}>{t.create(nickname)}</button>
      {state === 'failed' && <span role="alert">{t.createFailed}</span>}
    </div>
  );
}

/**
 * On the family's tablet, from the link: the invitation accepted with a
 * password the family chooses; then clinic sync is on for their child alone,
 * and their child (the therapist's profile) arrives before the plan is added.
 */
export function JoinClinicSync({ services, invitation, onJoined, onSkipped }: { services: AppServices; invitation: Invitation; onJoined: () => void; onSkipped: () => void }) {
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const join = async () => {
    if (password.length < FAMILY_PASSWORD_MIN) { setProblem(t.tooShort(FAMILY_PASSWORD_MIN)); return; }
    if (password !== again) { setProblem(t.mismatch); return; }
    setWorking(true);
    const accepted = await acceptInvitation(invitation, password);
    setPassword('');
    setAgain('');
    if (!accepted.ok) { setWorking(false); setProblem(t.problems[accepted.problem]); return; }
    const clinicSync = { on: true, server: invitation.server, name: invitation.name, role: 'family' as const, databases: [invitation.database] };
    services.updateSettings({ clinicSync });
    await (await import('../sync/clinic-sync')).startClinicSync(clinicSync);
    await childArrived(childOfDatabase(invitation.database)!);
    await services.children.reload();
    setWorking(false);
    onJoined();
  };
  return (
    <form class="join-sync" onSubmit={(e) => { e.preventDefault(); void join(); }}>
      <h3>{t.joinTitle}</h3>
      <p>{t.joinHint}</p>
      <label>{t.password}
        <input name="family-password" type="password" autoComplete="new-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      <label>{t.passwordAgain}
        <input name="family-password-again" type="password" autoComplete="new-password" value={again} onInput={(e) => setAgain(e.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="submit" class="primary" disabled={working}>{t.join}</button>
        <button type="button" disabled={working} onClick={onSkipped}>{t.notNow}</button>
        {working && <span role="status">{t.joining}</span>}
        {problem && <span role="alert">{problem}</span>}
      </div>
    </form>
  );
}

/** How long the family's tablet waits for its child's profile to come down before going on without it (it still comes, later). */
const CHILD_WAIT_MS = 20_000;

async function childArrived(profileId: string): Promise<void> {
  const until = Date.now() + CHILD_WAIT_MS;
  while (Date.now() < until) {
    if ((await listProfiles()).some((p) => p.id.toLowerCase() === profileId)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
