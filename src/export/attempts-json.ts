import type { Attempt } from '../schema/attempt';

export const EXPORT_FORMAT = 'deft-export';
export const EXPORT_VERSION = 1;

/** Everything, raw strokes included: the file a researcher analyses. */
export function attemptsToJson(attempts: readonly Attempt[], exportedAt: Date): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), attempts }, null, 1);
}
