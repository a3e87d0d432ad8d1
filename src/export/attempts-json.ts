import type { Attempt } from '../registry/attempt';
import { EXPORT_FORMAT, EXPORT_VERSION, type HomePractice } from './export-file';
import type { Plan, Session } from '../registry/plan';
import type { Profile } from '../schema/profile';

export { EXPORT_FORMAT, EXPORT_VERSION };

/** What an export carries: every kind of record this device keeps about children. */
export interface ExportContent {
  readonly attempts: readonly Attempt[];
  readonly profiles: readonly Profile[];
  readonly plans: readonly Plan[];
  readonly sessions: readonly Session[];
}

/**
 * The export file in parts: its head, the attempts a batch at a time as they
 * are read, and its tail of profiles, plans and sessions. Joined, the parts
 * are the file; written one by one (the Data page makes each a Blob), no part
 * is larger than a batch, so a year of data never becomes one giant string.
 * Compact JSON: indentation was 70% of the bytes. The format is unchanged.
 */
export const exportParts = {
  head: (exportedAt: Date, homePractice?: HomePractice) => `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},${homePractice ? `"homePractice":${JSON.stringify(homePractice)},` : ''}"attempts":[`,
  /** One batch of attempts; `first` when no attempt came before it. */
  attempts: (batch: readonly Attempt[], first: boolean) => (batch.length ? `${first ? '' : ','}${batch.map((attempt) => JSON.stringify(attempt)).join(',')}` : ''),
  tail: (rest: Omit<ExportContent, 'attempts'>) => `],"profiles":${JSON.stringify(rest.profiles)},"plans":${JSON.stringify(rest.plans)},"sessions":${JSON.stringify(rest.sessions)}}`,
};

/** Everything, raw strokes included, as one text: for small exports and tests. */
export function exportToJson(content: Partial<ExportContent> & Pick<ExportContent, 'attempts'>, exportedAt: Date, homePractice?: HomePractice): string {
  const { attempts, profiles = [], plans = [], sessions = [] } = content;
  return exportParts.head(exportedAt, homePractice) + exportParts.attempts(attempts, true) + exportParts.tail({ profiles, plans, sessions });
}
