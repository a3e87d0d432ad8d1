import type { Attempt } from '../schema/attempt';
import { csvCell } from './csv-cell';

/** Leading columns every attempt has, whatever the activity. */
const HEAD_COLUMNS = ['id', 'schemaVersion', 'activity', 'status', 'endReason', 'profileId', 'startedAt', 'endedAt', 'durationMs'] as const;
const DEVICE_COLUMNS = ['device.pxPerMm', 'device.devicePixelRatio', 'device.viewport.width', 'device.viewport.height'] as const;

/**
 * One row per attempt: the head fields, then params.* and metrics.* flattened,
 * then the device. Columns are the union over all attempts, in first-seen
 * order, so attempts of different activities share one file.
 */
export function attemptsToCsv(attempts: readonly Attempt[]): string {
  const paramColumns = unionOfKeys(attempts.map((a) => a.params)).map((k) => `params.${k}`);
  const metricColumns = unionOfKeys(attempts.map((a) => a.metrics)).map((k) => `metrics.${k}`);
  const columns = [...HEAD_COLUMNS, ...paramColumns, ...metricColumns, 'sampleCount', ...DEVICE_COLUMNS];
  const rows = attempts.map((a) => {
    const flat: Record<string, unknown> = {
      ...Object.fromEntries(HEAD_COLUMNS.map((c) => [c, a[c]])),
      ...prefixed('params', a.params),
      ...prefixed('metrics', a.metrics),
      sampleCount: a.strokes.reduce((n, s) => n + s.points.length, 0),
      'device.pxPerMm': a.device.pxPerMm,
      'device.devicePixelRatio': a.device.devicePixelRatio,
      'device.viewport.width': a.device.viewport.width,
      'device.viewport.height': a.device.viewport.height,
    };
    return columns.map((c) => csvCell(flat[c])).join(',');
  });
  return [columns.map(csvCell).join(','), ...rows].join('\r\n') + '\r\n';
}

function unionOfKeys(objects: readonly object[]): string[] {
  const keys = new Set<string>();
  for (const o of objects) for (const k of Object.keys(o)) keys.add(k);
  return [...keys];
}

function prefixed(prefix: string, o: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [`${prefix}.${k}`, v]));
}
