import { useEffect, useState } from 'preact/hooks';
import type { AppServices } from '../contract/services';
import { activitiesCsv } from '../export/activities-csv';
import { zipStore } from '../export/zip-store';
import { ACTIVITY_IDS } from '../registry/activities';
import { CHECK_UP_PLANS } from '../registry/check-ups';
import { listPlans } from '../storage/plans';
import type { AttemptSummary } from '../registry/attempt-summary';
import { listAttempts, listStoredSummaries } from '../storage/attempts';
import { askPersistentStorage, damagedRecords, deleteChildData, storageStatus } from '../storage/device-data';
import { activityName, describeAttempt } from '../registry/steps';
import { strings } from '../text/strings';
import { DATE_FORMATS } from './date-formats';
import { download } from './download';
import { exportJsonBlob, importFile } from './move-files';

const t = strings.data;
/** The child filter: every attempt, those made with no child chosen, or one child's. */
const ALL = '*';
const NONE = '-';

/** Stored attempts, newest first: by child, exported, imported from another device, or deleted child by child. */
export function DataPage({ services }: { services: AppServices }) {
  const [stored, setStored] = useState<{ attempts: AttemptSummary[]; unreadable: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const [child, setChild] = useState(ALL);
  const [message, setMessage] = useState<string | null>(null);
  const [storage, setStorage] = useState<Awaited<ReturnType<typeof storageStatus>> | null>(null);
  const [damaged, setDamaged] = useState<string[]>([]);
  const reload = async () => {
    try { setStored(await listStoredSummaries()); } catch (error) { console.error(error); setFailed(true); }
    setStorage(await storageStatus());
    setDamaged(damagedParts(await damagedRecords().catch(() => null)));
  };
  useEffect(() => { void reload(); }, []);

  const profiles = services.children.profiles;
  const chosen = profiles.find((p) => p.id === child) ?? null;
  const mine = (a: { profileId: string | null }) => child === ALL || (child === NONE ? a.profileId === null : a.profileId === child);
  const attempts = (stored?.attempts ?? []).filter(mine);
  /** Exports read the whole records, raw strokes included, only when asked for, a batch at a time. */
  const exportJson = async () => {
    try {
      const blob = await exportJsonBlob(child === ALL ? undefined : child === NONE ? null : child, (n) => setMessage(t.exporting(n)));
      download(`deft-attempts${name}-${stamp()}.json`, 'application/json', blob);
      setMessage(t.exported((blob.size / 1e6).toFixed(1)));
    } catch (error) {
      console.error(error);
      setMessage(t.exportFailed(String((error as Error).message ?? error)));
    }
  };
  /** One CSV per activity, its columns its own: all in one ZIP, or one activity's alone. */
  const exportCsv = async (activity: string | null) => {
    const plans = [...await listPlans(), ...CHECK_UP_PLANS];
    const files = activitiesCsv((await listAttempts()).attempts.filter(mine).filter((a) => activity === null || a.activity === activity), {
      nickname: (id) => profiles.find((p) => p.id === id)?.nickname ?? null,
      planName: (id) => plans.find((p) => p.id === id)?.name ?? null,
    });
    if (activity !== null) {
      const file = files[0];
      if (file) download(`deft-${file.fileName.replace(/\.csv$/, '')}${name}-${stamp()}.csv`, 'text/csv;charset=utf-8', file.text);
      else setMessage(t.nothingToExport);
      return;
    }
    const encoder = new TextEncoder();
    const zip = zipStore(files.map((f) => ({ name: f.fileName, data: encoder.encode(f.text) })), new Date());
    download(`deft-csv${name}-${stamp()}.zip`, 'application/zip', new Blob([zip], { type: 'application/zip' }));
  };
  const stamp = () => new Date().toISOString().slice(0, 19).replaceAll(':', '-');
  const name = chosen ? `-${chosen.nickname.replace(/[^\p{L}\p{N}]+/gu, '_')}` : '';

  async function importJson(file: File) {
    let read: Awaited<ReturnType<typeof importFile>>;
    try {
      read = await importFile(file, (pass, share) => setMessage(t.importing(pass, Math.round(share * 100))));
    } catch (error) {
      console.error(error);
      setMessage(t.importFailed([String((error as Error).message ?? error)]));
      return;
    }
    if (!read.ok) { setMessage(t.importFailed(read.problems)); return; }
    const { report } = read;
    await services.children.reload();
    const home = report.homePractice;
    // A parent's results file says whose practice came in, by the name this device knows the child by.
    const arrived = home && strings.homeResults.arrived(report.attemptsInFile, services.children.profiles.find((p) => p.id === home.childId)?.nickname ?? home.nickname,
      DATE_FORMATS.dayMonth.formatRange(new Date(home.from), new Date(home.to)), home.sessions);
    setMessage([arrived, t.imported(report.added, report.unchanged), report.conflicts.length ? t.conflicts(report.conflicts) : ''].filter(Boolean).join(' '));
    await reload();
  }

  async function deleteChild() {
    if (!chosen || !confirm(t.confirmDelete(chosen.nickname, attempts.length))) return;
    const removed = await deleteChildData(chosen.id);
    await services.children.reload();
    setChild(ALL);
    setMessage(t.deleted(chosen.nickname, removed));
    await reload();
  }

  return (
    <section class="data-page">
      <div class="toolbar">
        <label>{t.child}{' '}
          <select value={child} onChange={(e) => setChild(e.currentTarget.value)}>
            <option value={ALL}>{t.allChildren}</option>
            {profiles.map((p) => <option key={p.id} value={p.id}>{p.nickname}</option>)}
            <option value={NONE}>{t.noChild}</option>
          </select>
        </label>
        <div class="exports">
          <button type="button" onClick={() => void exportJson()}>{t.exportJson}</button>
          <button type="button" onClick={() => void exportCsv(null)}>{t.exportCsvZip}</button>
          {ACTIVITY_IDS.filter((id) => attempts.some((a) => a.activity === id)).map((id) => (
            <button key={id} type="button" onClick={() => void exportCsv(id)}>{t.exportCsvOne(activityName(id))}</button>
          ))}
          <label class="file-button">{t.importJson}
            <input type="file" accept=".json,application/json" onChange={(e) => { const file = e.currentTarget.files?.[0]; e.currentTarget.value = ''; if (file) void importJson(file); }} />
          </label>
          {chosen && <button type="button" class="danger" onClick={deleteChild}>{t.deleteChild(chosen.nickname)}</button>}
        </div>
      </div>
      {message && <p class="message" role="status">{message}</p>}
      {failed && <p class="error" role="alert">{t.loadFailed}</p>}
      {damaged.length > 0 && <p class="error" role="alert">{t.damaged(damaged)}</p>}
      <p class="summary">{t.count(attempts.length)}{stored?.unreadable ? t.unreadable(stored.unreadable) : ''}</p>
      {attempts.length ? <AttemptTable attempts={attempts} /> : <p class="empty">{t.empty}</p>}
      {storage && (
        <p class="storage">
          {storage.usedBytes !== null && storage.quotaBytes !== null && t.storage((storage.usedBytes / 1e6).toFixed(1), (storage.quotaBytes / 1e6).toFixed(0))}{' '}
          {storage.persisted ? t.persisted : <>{t.notPersisted} <button type="button" onClick={async () => { await askPersistentStorage(); setStorage(await storageStatus()); }}>{t.persist}</button></>}
        </p>
      )}
    </section>
  );
}

function AttemptTable({ attempts }: { attempts: readonly AttemptSummary[] }) {
  const c = t.columns;
  const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <table class="attempts">
      <thead><tr>{[c.date, c.activity, c.task, c.status, c.result, c.details, c.duration].map((heading) => <th key={heading} scope="col">{heading}</th>)}</tr></thead>
      <tbody>
        {attempts.map((a) => {
          const summary = describeAttempt(a);
          return (
            <tr key={a.id} data-attempt-id={a.id} data-activity={a.activity}>
              <td>{dateFormat.format(new Date(a.startedAt))}</td>
              <td>{activityName(a.activity)}</td>
              <td>{summary.task}</td>
              <td>{a.status === 'completed' ? t.completed : t.abandoned}</td>
              <td>{summary.result}</td>
              <td title={summary.hint}>{summary.details}</td>
              <td class="number">{(a.durationMs / 1000).toFixed(1)} s</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The damaged records, in words. */
function damagedParts(counts: Awaited<ReturnType<typeof damagedRecords>> | null): string[] {
  if (!counts) return [];
  const { settings, ...stores } = counts;
  return [
    ...(Object.entries(stores) as [keyof typeof stores, number][]).filter(([, n]) => n > 0).map(([store, n]) => t.damagedCounts[store](n)),
    ...(settings.length ? [t.damagedSettings(settings)] : []),
  ];
}
