import { activityOf } from '../registry/activities';
import type { Attempt } from '../registry/attempt';
import { attemptResult } from '../registry/attempt-result';
import { csvCell } from './csv-cell';
import { csvValue } from './csv-value';
import { localTimestamp } from '../schema/local-timestamp';

/** Leading columns every attempt has, whatever the activity. */
const HEAD_COLUMNS = ['id', 'schemaVersion', 'activity', 'status', 'endReason', 'profileId', 'startedAt', 'endedAt', 'durationMs'] as const;
/** Beside them, what a therapist reads a row by: whose, in which plan, and how it went. */
const NAMED_COLUMNS = ['nickname', 'planName', 'result'] as const;

/** The names a CSV row is read by, where the records hold ids. */
export interface CsvNames {
  nickname(profileId: string | null): string | null;
  planName(planId: string): string | null;
}
const DEVICE_COLUMNS = ['device.pxPerMm', 'device.devicePixelRatio', 'device.viewport.width', 'device.viewport.height'] as const;
/** Raw geometry stays in the JSON export: a spreadsheet cannot use it. */
const NOT_IN_CSV = new Set(['strokes', 'template', 'device', 'metrics', 'params', ...HEAD_COLUMNS]);

/**
 * One row per attempt: the head fields, params.*, the activity's own
 * results (recognizedForm, fit.*, adaptive.*…, and the columns its
 * definition adds: tracing's criteria.<id>), metrics.*, then the device.
 * Nested objects become dotted columns, lists of numbers one space-separated
 * cell; other lists (one entry per stroke…) stay in the JSON export. Times
 * are local with their offset; numbers are rounded to the precision of their
 * unit (csv-value.ts); the JSON export keeps every digit. Columns
 * are the union over all attempts in first-seen order, so activities share
 * one file; activities-csv.ts writes one file per activity, so each file's
 * columns are its activity's. Beside the ids: the child's nickname, the
 * plan's name and the result (passed, missed, left early).
 */
export function attemptsToCsv(attempts: readonly Attempt[], names: CsvNames): string {
  const flats = attempts.map((a) => {
    const own = Object.fromEntries(Object.entries(a).filter(([k]) => !NOT_IN_CSV.has(k)));
    const definition = activityOf(a.activity);
    const inUse = definition.paramsInUse?.(a.params);
    const params = inUse ? Object.fromEntries(Object.entries(a.params).filter(([k]) => inUse.includes(k))) : a.params;
    return {
      head: {
        ...Object.fromEntries(HEAD_COLUMNS.map((c) => [c, a[c]])), startedAt: localTimestamp(a.startedAt), endedAt: localTimestamp(a.endedAt),
        nickname: names.nickname(a.profileId), planName: a.session ? names.planName(a.session.planId) : null,
        result: attemptResult(definition.record.summarize(a) as never),
      },
      params: flatten('params', params),
      own: { ...flatten('', own), ...activityOf(a.activity).csv?.(a) },
      metrics: flatten('metrics', a.metrics),
      tail: {
        sampleCount: a.strokes.reduce((n, s) => n + s.points.length, 0),
        'device.pxPerMm': a.device.pxPerMm,
        'device.devicePixelRatio': a.device.devicePixelRatio,
        'device.viewport.width': a.device.viewport.width,
        'device.viewport.height': a.device.viewport.height,
      },
    };
  });
  const columns = [
    ...HEAD_COLUMNS.slice(0, 6), NAMED_COLUMNS[0], NAMED_COLUMNS[1], NAMED_COLUMNS[2], ...HEAD_COLUMNS.slice(6),
    ...unionOfKeys(flats.map((f) => f.params)),
    ...unionOfKeys(flats.map((f) => f.own)),
    ...unionOfKeys(flats.map((f) => f.metrics)),
    'sampleCount',
    ...DEVICE_COLUMNS,
  ];
  const rows = flats.map((f) => {
    const all: Record<string, unknown> = { ...f.head, ...f.params, ...f.own, ...f.metrics, ...f.tail };
    return columns.map((c) => csvCell(csvValue(c, all[c]))).join(',');
  });
  return [columns.map(csvCell).join(','), ...rows].join('\r\n') + '\r\n';
}

function flatten(prefix: string, value: unknown, out: Record<string, unknown> = {}): Record<string, unknown> {
  const key = (k: string) => (prefix ? `${prefix}.${k}` : k);
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) out[prefix] = value;
    return out; // lists of objects (one entry per stroke…) are in the JSON export, or the activity's own columns
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(key(k), v, out);
    return out;
  }
  out[prefix] = value;
  return out;
}

function unionOfKeys(objects: readonly object[]): string[] {
  const keys = new Set<string>();
  for (const o of objects) for (const k of Object.keys(o)) keys.add(k);
  return [...keys];
}
