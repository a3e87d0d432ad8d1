import type { AttemptSummary } from '../registry/attempt-summary';

/**
 * Summaries already read, kept until any tab writes summaries again.
 *
 * Reading 5,000 summaries moves about 3.5 MB out of IndexedDB and through
 * JSON.parse, some 400 ms at 4× CPU throttle, and a grown-up goes back and
 * forth between a report, a session and the menu. The summaries only change
 * when summaries are written, and every write here calls summariesChanged,
 * which tells the other tabs too (BroadcastChannel). Without BroadcastChannel
 * another tab's write could not be heard, so nothing is kept.
 */
const CHANNEL_NAME = 'deft-summaries';

const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
const kept = new Map<string, Promise<AttemptSummary[]>>();
channel?.addEventListener('message', () => kept.clear());
// Node (unit tests) would otherwise stay alive for the channel; browsers have no unref.
(channel as { unref?: () => void } | null)?.unref?.();

/** The summaries under `key` as last read, or `read` them now; each caller gets its own list. */
export async function keptSummaries(key: string, read: () => Promise<AttemptSummary[]>): Promise<AttemptSummary[]> {
  if (!channel) return read();
  let reading = kept.get(key);
  if (!reading) {
    reading = read();
    kept.set(key, reading);
    // A failed read is tried again next time, not kept.
    reading.catch(() => { if (kept.get(key) === reading) kept.delete(key); });
  }
  return (await reading).slice();
}

/** Call once summaries may have been written (committed or not): this tab and the others read them again. */
export function summariesChanged(): void {
  kept.clear();
  channel?.postMessage('changed');
}
