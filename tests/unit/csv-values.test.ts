import { describe, expect, it } from 'vitest';
import { attemptsToCsv } from '../../src/export/attempts-csv';
import { NO_NAMES } from './helpers';
import { csvValue } from '../../src/export/csv-value';
import { localTimestamp } from '../../src/schema/local-timestamp';
import { sampleAttempt } from './sample-attempt';

describe('CSV values for people', () => {
  it('rounds each number to the precision of its unit, named by its column', () => {
    expect(csvValue('durationMs', 1248.0666666666511)).toBe(1248);
    expect(csvValue('metrics.pathEfficiency', 0.9999999999997965)).toBe(1);
    expect(csvValue('metrics.meanDeviationMm', 0.34567)).toBe(0.35);
    expect(csvValue('metrics.speedMmPerS', 81.2345)).toBe(81.2); // a speed before a length
    expect(csvValue('metrics.coveragePct', 87.66666)).toBe(87.7);
    expect(csvValue('metrics.throughputBitsPerS', 5.13612)).toBe(5.14);
    expect(csvValue('metrics.effectiveIdBits', 2.931919)).toBe(2.932);
    expect(csvValue('device.pxPerMm', 3.7795275590551185)).toBe(3.7795);
    expect(csvValue('metrics.meanDeviationMm', -0.001)).toBe(0);
    expect(csvValue('metrics.strokeCount', 3)).toBe(3);
    expect(csvValue('metrics.spiral.radialDeviationPerTurnMm', [1.23456, 2.5, 0.111])).toBe('1.23 2.5 0.11');
    expect(csvValue('recognizedForm', 'circle')).toBe('circle');
    expect(csvValue('metrics.penPressureMean', null)).toBeNull();
  });

  it('gives times in local time with their offset, the same instant', () => {
    expect(localTimestamp('2026-11-29T09:25:58.123Z', 60)).toBe('2026-11-29T10:25:58+01:00');
    expect(localTimestamp('2026-11-29T02:00:00.000Z', -300)).toBe('2026-11-28T21:00:00-05:00');
    expect(localTimestamp('2026-11-29T02:00:00.000Z', 330)).toBe('2026-11-29T07:30:00+05:30');
    expect(localTimestamp('2026-11-29T02:00:00.000Z', 0)).toBe('2026-11-29T02:00:00+00:00');
    const iso = '2026-07-01T12:00:00.000Z';
    expect(Date.parse(localTimestamp(iso))).toBe(Date.parse(iso)); // whatever this machine's zone, the instant is kept
  });

  it('the CSV carries them: no long fractions, local times', () => {
    const a = sampleAttempt();
    const csv = attemptsToCsv([{ ...a, durationMs: 1248.0666666666511 }], NO_NAMES);
    const [header, row] = csv.split('\r\n');
    const cells = Object.fromEntries(header!.split(',').map((h, i) => [h, row!.split(',')[i]]));
    expect(cells.durationMs).toBe('1248');
    expect(cells.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(Date.parse(cells.startedAt!)).toBe(Math.floor(Date.parse(a.startedAt) / 1000) * 1000);
    for (const [column, value] of Object.entries(cells)) if (/^-?\d+\.\d+$/.test(value ?? '')) expect(value!.split('.')[1]!.length, column).toBeLessThanOrEqual(4);
  });
});
