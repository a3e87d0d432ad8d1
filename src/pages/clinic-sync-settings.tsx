import { useEffect, useState } from 'preact/hooks';
import type { AppServices } from '../contract/services';
import { isStaff, signIn, signOut } from '../sync/couch-account';
import { serverAddress } from '../sync/server-address';
import { childOfDatabase, CLINIC_DATABASE } from '../sync/database-names';
import { overall, type SyncStatus } from '../sync/sync-status';
import { strings } from '../text/strings';
import { DATE_FORMATS } from './date-formats';

const t = strings.clinicSync;
/** The one other origin the build lets the page reach (vite.config.ts: DEFT_SYNC_ORIGIN), or ''. */
declare const __DEFT_SYNC_ORIGIN__: string;
const ALLOWED_ORIGINS = __DEFT_SYNC_ORIGIN__ ? [__DEFT_SYNC_ORIGIN__] : [];

type Problem = keyof typeof t.problems;

/** Clinic sync in Settings: off until a grown-up signs in; then what it is doing, and any clash to settle. */
export function ClinicSyncSettings({ services }: { services: AppServices }) {
  const config = services.settings.clinicSync;
  // Settings are one object the app keeps; turning sync on or off shows here at once.
  const [, setTurns] = useState(0);
  const turned = () => setTurns((n) => n + 1);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const on = config?.on === true;
  useEffect(() => {
    // With sync off, not a byte of it loads.
    if (!on) return;
    let stop = () => {};
    let gone = false;
    void import('../sync/clinic-sync').then((sync) => {
      if (gone) return;
      setStatus(sync.syncStatus());
      stop = sync.onSyncStatus(setStatus);
    });
    return () => { gone = true; stop(); };
  }, [on]);
  return (
    <fieldset class="clinic-sync">
      <legend>{t.title}</legend>
      <p>{t.hint}</p>
      {config?.on
        ? <SyncOn services={services} status={status} turned={turned} />
        : <SignInForm services={services} turned={turned} />}
    </fieldset>
  );
}

function SignInForm({ services, turned, again = false }: { services: AppServices; turned: () => void; again?: boolean }) {
  const config = services.settings.clinicSync;
  const [server, setServer] = useState(config?.server ?? '/db/');
  const [name, setName] = useState(config?.name ?? '');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [working, setWorking] = useState(false);
  const submit = async () => {
    const address = serverAddress(server, location.origin, ALLOWED_ORIGINS);
    if (!address.ok) { setProblem(address.problem); return; }
    setWorking(true);
    const result = await signIn(address.url, name.trim(), password);
    setPassword(''); // never kept, not even in this form
    setWorking(false);
    if (!result.ok) { setProblem(result.problem); return; }
    if (!isStaff(result.user)) { await signOut(address.url); setProblem('not-staff'); return; }
    const clinicSync = { on: true, server: address.url, name: result.user.name, role: 'staff' as const, databases: [] };
    services.updateSettings({ clinicSync });
    setProblem(null);
    turned();
    await (await import('../sync/clinic-sync')).startClinicSync(clinicSync);
  };
  return (
    <form class="sign-in" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {!again && (
        <label>{t.server}
          <input name="sync-server" value={server} autoComplete="url" onInput={(e) => setServer(e.currentTarget.value)} />
          <small>{t.serverHint}</small>
        </label>
      )}
      <label>{t.name}
        <input name="sync-name" value={name} autoComplete="username" onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>{t.password}
        <input name="sync-password" type="password" value={password} autoComplete="current-password" onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="submit" class="primary" disabled={working || !name.trim() || !password}>{again ? t.signInAgain : t.signIn}</button>
        {working && <span role="status">{t.working}</span>}
        {problem && <span role="alert">{t.problems[problem]}</span>}
      </div>
    </form>
  );
}

function SyncOn({ services, status, turned }: { services: AppServices; status: SyncStatus | null; turned: () => void }) {
  const config = services.settings.clinicSync!;
  const turnOff = async () => {
    await (await import('../sync/clinic-sync')).stopClinicSync();
    await signOut(config.server);
    services.updateSettings({ clinicSync: { ...config, on: false } });
    turned();
  };
  const sums = status ? overall(status) : null;
  // A database by whose it is: a child's nickname, not its id.
  const named = (database: string) => {
    if (database === CLINIC_DATABASE) return t.clinicDatabase;
    const child = childOfDatabase(database);
    return services.children.profiles.find((p) => p.id.toLowerCase() === child)?.nickname ?? t.unknownChild;
  };
  return (
    <div class="sync-on" data-state={status?.running ? 'running' : 'starting'}>
      <p>{t.on(config.name, config.server)}</p>
      {status && !status.signedIn && status.running && (<><p role="alert">{t.lapsed}</p><SignInForm services={services} turned={turned} again /></>)}
      {sums && (
        <ul class="sync-summary">
          <li data-testid="sync-last">{t.lastSynced(sums.lastSyncedAt && DATE_FORMATS.dateTime.format(new Date(sums.lastSyncedAt)))}</li>
          <li data-testid="sync-waiting" data-waiting={sums.waiting}>{t.waiting(sums.waiting)}</li>
          {sums.problems.map((p) => <li key={p.database} class="problem">{named(p.database)}: {p.problem}</li>)}
        </ul>
      )}
      {status && status.databases.length > 0 && (
        <details>
          <summary>{t.databases}</summary>
          <ul class="sync-databases">
            {status.databases.map((d) => <li key={d.name} data-state={d.state} data-database={d.name}>{named(d.name)}: {t.states[d.state]}{d.waiting > 0 ? ` · ${t.waiting(d.waiting)}` : ''}</li>)}
          </ul>
        </details>
      )}
      {status && status.conflicts.length > 0 && <Conflicts conflicts={status.conflicts} />}
      <div class="actions"><button type="button" onClick={() => void turnOff()}>{t.turnOff}</button></div>
    </div>
  );
}

function Conflicts({ conflicts }: { conflicts: SyncStatus['conflicts'] }) {
  return (
    <section class="sync-conflicts">
      <h3>{t.conflicts}</h3>
      <p>{t.conflictHint}</p>
      {conflicts.map((c) => <Conflict key={`${c.database}/${c.id}`} database={c.database} id={c.id} />)}
    </section>
  );
}

/** Both (or all) versions side by side, only the fields where they differ, and a button under each. */
function Conflict({ database, id }: { database: string; id: string }) {
  const [versions, setVersions] = useState<{ rev: string; record: unknown }[]>([]);
  useEffect(() => { void import('../sync/clinic-sync').then((sync) => sync.conflictVersions(database, id)).then(setVersions); }, [database, id]);
  const records = versions.map((v) => (v.record ?? {}) as Record<string, unknown>);
  const fields = [...new Set(records.flatMap((r) => Object.keys(r)))].filter((f) => new Set(records.map((r) => JSON.stringify(r[f]))).size > 1);
  const keep = async (rev: string) => (await import('../sync/clinic-sync')).settleConflict(database, id, rev);
  const kind = id.slice(0, id.indexOf(':')) as keyof typeof t.kinds;
  const first = records[0] ?? {};
  return (
    <table class="sync-conflict" data-id={id}>
      <caption>{t.kinds[kind]?.(String(first.nickname ?? first.name ?? first.startedAt ?? ''))}</caption>
      <thead><tr><th />{versions.map((v, i) => <th key={v.rev} scope="col">{t.version(i)}</th>)}</tr></thead>
      <tbody>
        {fields.map((f) => <tr key={f}><th scope="row">{FIELD_NAMES[f] ?? f}</th>{records.map((r, i) => <td key={i}>{show(r[f])}</td>)}</tr>)}
        <tr class="choices"><td />{versions.map((v) => <td key={v.rev}><button type="button" class="keep" onClick={() => void keep(v.rev)}>{t.keep}</button></td>)}</tr>
      </tbody>
    </table>
  );
}

/** A profile's fields as the Children page names them; others by their own names. */
const FIELD_NAMES: Record<string, string> = strings.grownUps.fields;

function show(value: unknown): string {
  return value === undefined || value === '' ? '–' : typeof value === 'string' ? value : JSON.stringify(value);
}
