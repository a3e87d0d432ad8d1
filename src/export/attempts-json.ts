import type { Attempt } from '../schema/attempt';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../schema/export-file';
import type { Profile } from '../schema/profile';

export { EXPORT_FORMAT, EXPORT_VERSION };

/** Everything, raw strokes included: the file a researcher analyses, and the one another device imports. */
export function attemptsToJson(attempts: readonly Attempt[], exportedAt: Date, profiles: readonly Profile[] = []): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), attempts, profiles }, null, 1);
}
