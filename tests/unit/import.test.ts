import { describe, expect, it } from 'vitest';
import { planMerge } from '../../src/export/merge-plan';
import { parseExportFile } from '../../src/export/export-file';
import { exportToJson } from '../../src/export/attempts-json';
import type { Profile } from '../../src/schema/profile';

const profile = (over: Partial<Profile> = {}): Profile => ({
  id: '9d3c5e1a-2b4f-4c6d-8e7f-0a1b2c3d4e5f', nickname: 'Mia', avatar: 'owl', ageBand: '4–5', handedness: 'left', notes: '', createdAt: '2026-11-01T09:00:00.000Z', ...over,
});

describe('merging imported records by id', () => {
  const a = { id: 'a', n: 1, nested: { x: 1, y: 2 } };
  const b = { id: 'b', n: 2, nested: { x: 3, y: 4 } };

  it('adds what is new; importing the same records again changes nothing', () => {
    const first = planMerge([], [a, b]);
    expect(first).toEqual({ add: [a, b], unchanged: 0, conflicts: [] });
    expect(planMerge(first.add, [a, b])).toEqual({ add: [], unchanged: 2, conflicts: [] });
  });

  it('the same content with keys in another order is the same record', () => {
    expect(planMerge([a], [{ nested: { y: 2, x: 1 }, n: 1, id: 'a' }])).toEqual({ add: [], unchanged: 1, conflicts: [] });
  });

  it('an id here with other content is reported, never overwritten; a record listed twice is added once', () => {
    expect(planMerge([a], [{ ...a, n: 9 }, b, b])).toEqual({ add: [b], unchanged: 0, conflicts: ['a'] });
  });
});

describe('reading an export file', () => {
  it('reads what the app exports, profiles included, and version-1 files from before profiles', () => {
    const text = exportToJson({ attempts: [], profiles: [profile()] }, new Date('2026-11-22T10:00:00Z'));
    const read = parseExportFile(text);
    expect(read.ok && read.file.profiles).toEqual([profile()]);
    const old = parseExportFile(JSON.stringify({ format: 'deft-export', version: 1, exportedAt: '2026-11-21T10:00:00.000Z', attempts: [] }));
    expect(old.ok && old.file.profiles).toEqual([]);
  });

  it('says what is wrong and where: not JSON, the wrong file, a damaged record', () => {
    expect(parseExportFile('{"format": "deft-exp')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^not JSON/)] });
    expect(parseExportFile('{"hello": 1}')).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.stringMatching(/^format: /)]) });
    const damaged = JSON.parse(exportToJson({ attempts: [], profiles: [profile(), profile({ id: 'b7e2f0c4-1d3a-4e5b-9c6d-7f8e9a0b1c2d', avatar: 'dragon' as never })] }, new Date()));
    const read = parseExportFile(JSON.stringify(damaged));
    expect(read).toMatchObject({ ok: false, problems: [expect.stringMatching(/^profiles\[1\]\.avatar: /)] });
  });
});
