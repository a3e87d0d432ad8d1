import { describe, expect, it } from 'vitest';
import { attemptsToCsv } from '../../src/export/attempts-csv';
import { NO_NAMES } from './helpers';
import { exportToJson } from '../../src/export/attempts-json';
import { csvCell } from '../../src/export/csv-cell';
import { attemptSchema } from '../../src/registry/attempt';
import { sampleAttempt } from './sample-attempt';

describe('CSV cells', () => {
  it('quotes by RFC 4180: commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('makes text that a spreadsheet would run as a formula inert', () => {
    for (const attack of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvCell(attack);
      expect(cell.replace(/^"/, '')).toMatch(/^'/);
    }
  });

  it('writes numbers (negative ones too) and booleans as values, and empties for nothing', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('exports', () => {
  it('writes one CSV row per attempt with params and metrics flattened', () => {
    const a = sampleAttempt();
    const b = sampleAttempt({ id: '1b6f1d2e-5c4a-4e8b-9f3d-2a1b0c9d8e7f', form: 'cross' });
    const csv = attemptsToCsv([a, b], NO_NAMES);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(4); // header, two rows, final empty after the last CRLF
    const header = lines[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['id', 'schemaVersion', 'activity']);
    for (const column of ['params.form', 'params.sizeMm', 'params.corridorMm', 'metrics.coveragePct', 'metrics.meanDeviationMm', 'metrics.passed', 'sampleCount']) expect(header).toContain(column);
    const row = Object.fromEntries(header.map((h, i) => [h, lines[2]!.split(',')[i]]));
    expect(row).toMatchObject({ id: b.id, activity: 'trace', 'params.form': 'cross', 'metrics.coveragePct': '100', 'metrics.passed': 'true', 'metrics.strokeCount': '2' });
    // The activity's own results: recognition, one column per criterion, nested objects dotted; per-stroke lists stay in JSON.
    expect(row).toMatchObject({ handedness: 'right', recognizedForm: 'cross', 'criteria.cross-lines-intersect': 'true', 'criteria.cross-arms-6mm': 'true', 'metrics.penPressureMean': '' });
    expect(header).toContain('criteria.circle-closed');
    expect(header.some((h) => h.startsWith('metrics.strokeMotion'))).toBe(false);
    expect(header).not.toContain('strokes');
  });

  it('writes the JSON export with every record, raw strokes included, valid against the schema', () => {
    const a = sampleAttempt();
    const parsed = JSON.parse(exportToJson({ attempts: [a] }, new Date('2026-11-21T12:00:00Z')));
    expect(parsed).toMatchObject({ format: 'deft-export', version: 1, exportedAt: '2026-11-21T12:00:00.000Z' });
    expect(parsed.attempts).toHaveLength(1);
    expect(attemptSchema.parse(parsed.attempts[0])).toEqual(a);
    expect(parsed.attempts[0].strokes[0].points.length).toBe(a.strokes[0]!.points.length);
  });

  it('refuses records that break the schema', () => {
    const a = sampleAttempt();
    expect(attemptSchema.safeParse({ ...a, activity: 'juggle' }).success).toBe(false);
    expect(attemptSchema.safeParse({ ...a, id: 'not-a-uuid' }).success).toBe(false);
    expect(attemptSchema.safeParse({ ...a, metrics: { ...a.metrics, coveragePct: 140 } }).success).toBe(false);
  });
});
