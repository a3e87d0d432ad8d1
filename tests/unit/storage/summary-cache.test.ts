import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { listSummaries, saveAttempt } from '../../../src/storage/attempts';
import { database } from '../../../src/storage/database';
import { deleteChildData } from '../../../src/storage/device-data';
import { emptyDatabase } from './empty-database';
import { traced } from '../sample-attempt';

const MIA = '9d3c5e1a-2b4f-4c6d-8e7f-0a1b2c3d4e5f';
const LEO = '4b2a1c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const ids = (list: { id: string }[]) => list.map((s) => s.id).sort();
const attempt = (n: number, profileId = MIA) => traced(60 + n, n, { id: `0b6f1d2e-5c4a-4e8b-9f3d-2a1b0c9d8e7${n}`, profileId });

/** What another tab (or another version of Deft) does: writes the summaries store itself, never through this tab's storage. */
async function emptySummariesBehindItsBack(): Promise<void> {
  const tx = (await database()).transaction('summaries', 'readwrite');
  await Promise.all([tx.store.clear(), tx.done]);
}
const otherTab = () => new Promise<void>((resolve) => {
  const channel = new BroadcastChannel('deft-summaries');
  channel.postMessage('changed');
  channel.close();
  setTimeout(resolve, 50); // a message arrives on a later task
});

beforeEach(emptyDatabase);

describe('summaries read once, kept until summaries are written', () => {
  it('a second read is the first one kept: a change made behind storage’s back is not seen until another tab says so', async () => {
    await saveAttempt(attempt(1));
    expect(ids(await listSummaries(MIA))).toEqual([attempt(1).id]);
    await emptySummariesBehindItsBack();
    expect(ids(await listSummaries(MIA))).toEqual([attempt(1).id]);
    await otherTab();
    expect(await listSummaries(MIA)).toEqual([]);
  });

  it('every write through storage is seen at the next read: saving, and removing a child', async () => {
    await saveAttempt(attempt(1));
    await saveAttempt(attempt(2, LEO));
    expect(ids(await listSummaries(MIA))).toEqual([attempt(1).id]);
    expect(ids(await listSummaries())).toEqual(ids([attempt(1), attempt(2, LEO)]));
    await saveAttempt(attempt(3));
    expect(ids(await listSummaries(MIA))).toEqual(ids([attempt(1), attempt(3)]));
    expect(ids(await listSummaries())).toHaveLength(3);
    await deleteChildData(MIA);
    expect(await listSummaries(MIA)).toEqual([]);
    expect(ids(await listSummaries())).toEqual([attempt(2, LEO).id]);
  });

  it('each caller gets its own list: sorting one does not reorder the next', async () => {
    await saveAttempt(attempt(1));
    await saveAttempt(attempt(2));
    const first = await listSummaries(MIA);
    first.reverse().pop();
    expect(ids(await listSummaries(MIA))).toEqual(ids([attempt(1), attempt(2)]));
  });
});
