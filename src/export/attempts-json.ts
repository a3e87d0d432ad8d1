import type { Attempt } from '../schema/attempt';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../schema/export-file';
import type { Plan, Session } from '../schema/plan';
import type { Profile } from '../schema/profile';

export { EXPORT_FORMAT, EXPORT_VERSION };

/** What an export carries: every kind of record this device keeps about children. */
export interface ExportContent {
  readonly attempts: readonly Attempt[];
  readonly profiles: readonly Profile[];
  readonly plans: readonly Plan[];
  readonly sessions: readonly Session[];
}

/** Everything, raw strokes included: the file a researcher analyses, and the one another device imports. */
export function exportToJson(content: Partial<ExportContent> & Pick<ExportContent, 'attempts'>, exportedAt: Date): string {
  const { attempts, profiles = [], plans = [], sessions = [] } = content;
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), attempts, profiles, plans, sessions }, null, 1);
}
