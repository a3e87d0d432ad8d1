import { JSONParser } from '@streamparser/json';
import type { z } from 'zod';
import { storedAttemptSchema, type Attempt } from '../registry/attempt';
import { exportFileSchema, type HomePractice } from './export-file';
import { issuePaths } from '../schema/parse-text';
import { planSchema, sessionSchema, type Plan, type Session } from '../registry/plan';
import { profileSchema, type Profile } from '../schema/profile';

/** Each kind of record an export carries, and the schema it is read with (migrations included). */
export const RECORDS = { attempts: storedAttemptSchema, profiles: profileSchema, plans: planSchema, sessions: sessionSchema } as const;
export type ExportStore = keyof typeof RECORDS;
export const EXPORT_STORES = Object.keys(RECORDS) as ExportStore[];
export type ExportRecord =
  | { store: 'attempts'; value: Attempt } | { store: 'profiles'; value: Profile }
  | { store: 'plans'; value: Plan } | { store: 'sessions'; value: Session };

const HEAD = ['format', 'version', 'exportedAt', 'homePractice'] as const;
const headSchema = exportFileSchema.pick({ format: true, version: true, exportedAt: true, homePractice: true });
/** Problems worth showing: the first few tell a damaged file from the wrong one (as parseJsonText does). */
const MAX_PROBLEMS = 3;

export type ReadExportResult = { ok: true; counts: Record<ExportStore, number>; homePractice: HomePractice | null } | { ok: false; problems: string[] };

/**
 * Reads an export file a chunk at a time, never whole (@streamparser/json):
 * each record is checked against its schema the moment it is complete, then
 * handed to `onRecords` with the others of its chunk, and dropped. The head
 * (format, version, date) is checked at the end. A file that does not read
 * says what is wrong and where (`attempts[3].durationMs: …`); reading stops
 * at the first few problems.
 */
export async function readExport(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, onRecords: (records: ExportRecord[]) => void | Promise<void> = () => undefined): Promise<ReadExportResult> {
  const head: Record<string, unknown> = {};
  const counts = { attempts: 0, profiles: 0, plans: 0, sessions: 0 };
  const problems: string[] = [];
  let pending: ExportRecord[] = [];
  const parser = new JSONParser({ paths: [...HEAD.map((key) => `$.${key}`), ...EXPORT_STORES.map((store) => `$.${store}.*`)], keepStack: false });
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1) { head[String(key)] = value; return; }
    const store = stack[1]!.key as ExportStore;
    const index = counts[store]++;
    const parsed = (RECORDS[store] as z.ZodType).safeParse(value);
    if (parsed.success) pending.push({ store, value: parsed.data } as ExportRecord);
    else problems.push(...issuePaths(parsed.error.issues.map((issue) => ({ ...issue, path: [store, index, ...issue.path] }))));
  };
  let broken: string | null = null;
  parser.onError = (error) => { broken ??= error.message; };
  try {
    for await (const chunk of chunks) {
      if (parser.isEnded) { if (!blank(chunk)) broken ??= 'more text after the end of the file'; continue; }
      parser.write(chunk);
      if (broken || problems.length >= MAX_PROBLEMS) break;
      if (pending.length) { const ready = pending; pending = []; await onRecords(ready); }
    }
    if (!broken && problems.length < MAX_PROBLEMS && !parser.isEnded) parser.end();
  } catch (error) {
    broken ??= (error as Error).message;
  }
  if (broken) return { ok: false, problems: [`not JSON: ${broken}`] };
  const checked = headSchema.safeParse(head);
  if (!checked.success) problems.unshift(...issuePaths(checked.error.issues));
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  if (pending.length) await onRecords(pending);
  return { ok: true, counts, homePractice: (checked.success && checked.data.homePractice) || null };
}

/** White space only: what may follow the file's closing brace. */
function blank(chunk: Uint8Array | string): boolean {
  return typeof chunk === 'string' ? chunk.trim() === '' : chunk.every((byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09);
}
