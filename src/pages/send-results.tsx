import { useEffect, useState } from 'preact/hooks';
import type { AppServices } from '../contract/services';
import { homeResults } from '../export/home-results';
import type { Attempt } from '../registry/attempt';
import type { Profile } from '../schema/profile';
import { attemptBatches, listSummaries } from '../storage/attempts';
import { listSessions } from '../storage/plans';
import { saveProfile } from '../storage/profiles';
import { strings } from '../text/strings';
import { download } from './download';

const t = strings.homeResults;

/**
 * On a parent's tablet: for each child whose practice came from a
 * therapist's link, a button that sends what they did since the last send,
 * as a small results file handed to the device's share sheet (mail, a
 * messenger) where it can take files, or downloaded where it cannot.
 */
export function SendResults({ services }: { services: AppServices }) {
  const linked = services.children.profiles.filter((p) => p.therapistChildId);
  const [fresh, setFresh] = useState<Record<string, number>>({});
  const [message, setMessage] = useState<string | null>(null);
  const count = async () => {
    const summaries = await listSummaries();
    setFresh(Object.fromEntries(linked.map((p) => [p.id, summaries.filter((a) => a.profileId === p.id && a.endedAt > (p.resultsSentAt ?? '')).length])));
  };
  useEffect(() => { void count(); }, [services.children.profiles]);
  if (linked.length === 0) return null;

  async function send(child: Profile) {
    const attempts: Attempt[] = [];
    for await (const batch of attemptBatches((a) => a.profileId === child.id && a.endedAt > (child.resultsSentAt ?? ''))) attempts.push(...batch);
    const results = homeResults(child, attempts, await listSessions(), new Date());
    if (!results) { setMessage(t.nothingNew(child.nickname)); return; }
    const file = new File([results.text], results.fileName, { type: 'application/json' });
    let how: 'shared' | 'saved';
    try {
      if (navigator.canShare?.({ files: [file] })) {
        await navigator.share({ files: [file], title: t.shareTitle(child.nickname) });
        how = 'shared';
      } else {
        download(results.fileName, 'application/json', file);
        how = 'saved';
      }
    } catch (error) {
      // Closing the share sheet is not sending: nothing is marked as sent.
      if ((error as Error).name !== 'AbortError') console.error(error);
      setMessage(t.notSent);
      return;
    }
    await saveProfile({ ...child, resultsSentAt: results.sentUpTo });
    await services.children.reload();
    setMessage(how === 'shared' ? t.shared(results.attempts) : t.saved(results.attempts, results.fileName));
  }

  return (
    <section class="send-results" aria-labelledby="send-results">
      <h2 id="send-results">{t.heading}</h2>
      <p class="hint">{t.hint}</p>
      {linked.map((child) => (
        <p key={child.id}>
          <button type="button" class="big" disabled={!fresh[child.id]} onClick={() => void send(child)}>{t.send(child.nickname)}</button>{' '}
          <span class="fresh">{t.fresh(fresh[child.id] ?? 0)}</span>
        </p>
      ))}
      {message && <p role="status" class="message">{message}</p>}
    </section>
  );
}
