import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { activitiesCsv } from '../../src/export/activities-csv';
import { crc32, zipStore } from '../../src/export/zip-store';
import { poppedRound, sampleAttempt, traced } from './sample-attempt';

const MIA = '9d3c5e1a-2b4f-4c6d-8e7f-0a1b2c3d4e5f';
const PLAN = '3f1e2d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';
const names = { nickname: (id: string | null) => (id === MIA ? 'Mia' : null), planName: (id: string) => (id === PLAN ? 'Monday drill' : null) };
const rowsOf = (text: string) => {
  const [header, ...rows] = text.trimEnd().split('\r\n');
  const columns = header!.split(',');
  return { columns, rows: rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [columns[i], v]))) };
};

describe('one CSV per activity, for people', () => {
  const session = { id: '11111111-2222-4333-8444-555555555555', planId: PLAN, step: 0 };
  const attempts = [
    { ...sampleAttempt(), profileId: MIA, session },
    { ...traced(39, 2), profileId: MIA, metrics: { ...traced(39, 2).metrics, passed: false } },
    poppedRound({ profileId: MIA, session: { ...session, step: 1 } }),
  ];
  const files = activitiesCsv(attempts, names);

  it('writes tracing.csv and targets.csv, each with only its own activity’s columns', () => {
    expect(files.map((f) => f.fileName)).toEqual(['tracing.csv', 'targets.csv']);
    const trace = rowsOf(files[0]!.text);
    const targets = rowsOf(files[1]!.text);
    expect(trace.rows).toHaveLength(2);
    expect(targets.rows).toHaveLength(1);
    expect(trace.columns).toContain('params.corridorMm');
    expect(trace.columns.some((c) => c.startsWith('criteria.'))).toBe(true);
    expect(targets.columns.some((c) => c.startsWith('criteria.') || c === 'params.corridorMm')).toBe(false);
    // A pop round carries the pop settings, not the ring's or the pinch's.
    expect(targets.columns).toEqual(expect.arrayContaining(['params.mode', 'params.sizeMm', 'params.adaptive', 'params.trials', 'params.seed']));
    for (const other of ['params.amplitudeMm', 'params.widthMm', 'params.sequences', 'params.items']) expect(targets.columns).not.toContain(other);
  });

  it('names the child and the plan, and says how each attempt went', () => {
    const trace = rowsOf(files[0]!.text);
    expect(trace.columns.slice(0, 9)).toEqual(['id', 'schemaVersion', 'activity', 'status', 'endReason', 'profileId', 'nickname', 'planName', 'result']);
    expect(trace.rows.map((r) => [r.nickname, r.planName, r.result])).toEqual([['Mia', 'Monday drill', 'passed'], ['Mia', '', 'missed']]);
    expect(rowsOf(files[1]!.text).rows[0]).toMatchObject({ nickname: 'Mia', planName: 'Monday drill', result: 'passed', 'session.step': '1' });
  });

  it('packs them in a ZIP any unzip reads back byte for byte', async () => {
    const encoder = new TextEncoder();
    const zip = zipStore(files.map((f) => ({ name: f.fileName, data: encoder.encode(f.text) })), new Date(2026, 10, 29, 10, 25, 58));
    const read = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual(['tracing.csv', 'targets.csv']);
    expect(await read.file('tracing.csv')!.async('string')).toBe(files[0]!.text);
    expect(await read.file('targets.csv')!.async('string')).toBe(files[1]!.text);
    expect(read.file('tracing.csv')!.date.getMinutes()).toBe(25);
    // A nickname in a file name survives (UTF-8 names).
    const named = await JSZip.loadAsync(zipStore([{ name: 'Zoë.csv', data: encoder.encode('a') }], new Date()));
    expect(Object.keys(named.files)).toEqual(['Zoë.csv']);
  });

  it('checks each file with the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
