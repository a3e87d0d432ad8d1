import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportParts, exportToJson } from '../../../src/export/attempts-json';
import { readExport, type ExportRecord } from '../../../src/export/read-export';
import { attemptBatches } from '../../../src/storage/attempts';
import { importChunks } from '../../../src/export/import-file';
import { readAll } from '../../../src/storage/device-data';
import { emptyDatabase } from './empty-database';
import { traced } from '../sample-attempt';

const MIA = '9d3c5e1a-2b4f-4c6d-8e7f-0a1b2c3d4e5f';
const attempts = (n: number) => Array.from({ length: n }, (_, i) => traced(50 + (i % 50), i % 60, { id: crypto.randomUUID(), profileId: MIA }));
const profile = { id: MIA, nickname: 'Zoë 🦉', avatar: 'owl', ageBand: '4–5', handedness: 'left', notes: '', createdAt: '2026-11-01T09:00:00.000Z' } as const;
/** A text cut into chunks of `size` bytes, as a file's stream gives it: multi-byte characters fall across chunks. */
const bytesIn = (text: string, size: number) => { const bytes = new TextEncoder().encode(text); return Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)); };
const collect = async (chunks: Iterable<Uint8Array | string>) => { const got: ExportRecord[] = []; const result = await readExport(chunks, (r) => { got.push(...r); }); return { result, got }; };

beforeEach(emptyDatabase);

describe('item 11 (issue 14): the export written in parts and read as a stream', () => {
  it('the parts join into exactly the one-text export, compact, in the same format', () => {
    const list = attempts(5);
    const rest = { profiles: [profile], plans: [], sessions: [] };
    const at = new Date('2026-11-28T10:00:00Z');
    const joined = exportParts.head(at) + exportParts.attempts(list.slice(0, 2), true) + exportParts.attempts([], false) + exportParts.attempts(list.slice(2), false) + exportParts.tail(rest);
    expect(joined).toBe(exportToJson({ attempts: list, ...rest }, at));
    expect(JSON.parse(joined)).toEqual({ format: 'deft-export', version: 1, exportedAt: at.toISOString(), attempts: list, ...rest });
    expect(joined).not.toMatch(/\n/);
  });

  it('reads every record, whatever the chunk size, multi-byte characters split across chunks included', async () => {
    const list = attempts(7);
    const text = exportToJson({ attempts: list, profiles: [profile] }, new Date());
    for (const size of [1, 3, 64, 4096, 1 << 20]) {
      const { result, got } = await collect(bytesIn(text, size));
      expect(result).toEqual({ ok: true, counts: { attempts: 7, profiles: 1, plans: 0, sessions: 0 }, homePractice: null });
      expect(got.filter((r) => r.store === 'attempts').map((r) => r.value)).toEqual(list);
      expect(got.find((r) => r.store === 'profiles')!.value).toEqual(profile);
    }
  });

  it('still reads the old indented files, and files from before profiles and plans existed', async () => {
    const list = attempts(2);
    const old = JSON.stringify({ format: 'deft-export', version: 1, exportedAt: '2026-11-21T10:00:00.000Z', attempts: list }, null, 1);
    const { result, got } = await collect(bytesIn(old, 100));
    expect(result).toMatchObject({ ok: true, counts: { attempts: 2 } });
    expect(got.map((r) => r.value)).toEqual(list);
  });

  it('says what is wrong and where: a damaged record, a cut-short file, the wrong file, text after the end', async () => {
    const list = attempts(3);
    const damaged = JSON.parse(exportToJson({ attempts: list }, new Date()));
    damaged.attempts[2].durationMs = -5;
    expect(await readExport([JSON.stringify(damaged)])).toMatchObject({ ok: false, problems: [expect.stringMatching(/^attempts\[2\]\.durationMs: /)] });
    const text = exportToJson({ attempts: list }, new Date());
    expect(await readExport([text.slice(0, text.length - 40)])).toMatchObject({ ok: false, problems: [expect.stringMatching(/^not JSON/)] });
    expect(await readExport(['{"hello": 1}'])).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.stringMatching(/^format: /)]) });
    expect(await readExport([text, '{"more": 1}'])).toMatchObject({ ok: false, problems: ['not JSON: more text after the end of the file'] });
    expect(await readExport([text, '\n'])).toMatchObject({ ok: true });
    expect(await readExport(['[1, 2]'])).toMatchObject({ ok: false });
  });

  it('imports in batches: 250 attempts come back whole, summaries included; again, nothing changes', async () => {
    const list = attempts(250);
    const text = exportToJson({ attempts: list, profiles: [profile] }, new Date());
    const first = await importChunks(() => bytesIn(text, 65_536));
    expect(first).toEqual({ ok: true, report: { added: { profiles: 1, plans: 0, sessions: 0, attempts: 250 }, unchanged: 0, conflicts: [], homePractice: null, attemptsInFile: 250 } });
    const back = (await readAll()).attempts;
    expect(new Set(back.map((a) => a.id))).toEqual(new Set(list.map((a) => a.id)));
    expect(back.find((a) => a.id === list[137]!.id)).toEqual(list[137]);
    expect(await importChunks(() => bytesIn(text, 65_536))).toMatchObject({ ok: true, report: { added: { attempts: 0, profiles: 0 }, unchanged: 251 } });
    // And out again, a batch at a time, newest first as everywhere else: the same records, each once.
    // (The 250 started at 60 different moments, so batches end among attempts that started together.)
    const out: { id: string; startedAt: string }[] = [];
    for await (const batch of attemptBatches(undefined, 40)) out.push(...batch.map((a) => ({ id: a.id, startedAt: a.startedAt })));
    expect(out.map((a) => a.id).sort()).toEqual(list.map((a) => a.id).sort());
    expect(out.map((a) => a.startedAt)).toEqual(list.map((a) => a.startedAt).sort().reverse());
  }, 60_000); // fake-indexeddb is slow with 250 whole attempts

  it('a damaged record late in a large file changes nothing, though earlier batches read well', async () => {
    const list = attempts(250);
    const file = JSON.parse(exportToJson({ attempts: list }, new Date()));
    file.attempts[240].metrics.coveragePct = 'lots';
    const result = await importChunks(() => bytesIn(JSON.stringify(file), 65_536));
    expect(result).toMatchObject({ ok: false, problems: [expect.stringMatching(/^attempts\[240\]\.metrics\.coveragePct: /)] });
    expect((await readAll()).attempts).toEqual([]);
  }, 60_000);
});
