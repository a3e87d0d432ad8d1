import type { z } from 'zod';
import { mergeBatch, MERGE_STORES, type MergeDecision, type MergeStore } from '../storage/device-data';
import { planMerge } from './merge-plan';
import type { HomePractice } from './export-file';
import { readExport, RECORDS, type ExportRecord } from './read-export';

export interface ImportReport {
  readonly added: Record<MergeStore, number>;
  readonly unchanged: number;
  /** Ids here already with other content: left as they were. */
  readonly conflicts: string[];
  /** A parent's results file: whose home practice, over which days. */
  readonly homePractice: HomePractice | null;
  /** Attempts in the file, new or already here (importing twice changes nothing, and says what the file held). */
  readonly attemptsInFile: number;
}

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; problems: string[] };

/** Records merged a transaction at a time: small enough that a batch of 600-sample attempts is a few MB. */
const IMPORT_BATCH = 100;

/**
 * Imports an export file read a chunk at a time, twice: first every record
 * is checked against its schema (older versions migrated) and nothing is
 * written, so a file that does not read changes nothing and says what is
 * wrong; then its records are merged by id, a batch to a transaction. Memory
 * holds a batch, never the file nor everything stored. `open` gives the
 * file's chunks afresh, once for each pass (so its caller can show how far
 * each has read).
 */
export async function importChunks(open: () => AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): Promise<ImportResult> {
  const checked = await readExport(open());
  if (!checked.ok) return checked;
  const home = checked.homePractice;
  const added = { profiles: 0, plans: 0, sessions: 0, attempts: 0 };
  let unchanged = 0;
  const conflicts: string[] = [];
  const batch: ExportRecord[] = [];
  const flush = async () => {
    const records = batch.splice(0);
    const incoming = Object.fromEntries(MERGE_STORES.map((store) => [store, records.filter((r) => r.store === store).map((r) => r.value as { id: string })])) as Record<MergeStore, { id: string }[]>;
    const merged = await mergeBatch(incoming, compareWithStored);
    for (const store of MERGE_STORES) {
      added[store] += merged[store].add.length;
      unchanged += merged[store].unchanged;
      // A results file carries the child as the parent's tablet knows them; the therapist's own profile of that child stays, and is no clash.
      if (!(home && store === 'profiles')) conflicts.push(...merged[store].conflicts);
    }
  };
  const read = await readExport(open(), async (records) => {
    batch.push(...records);
    if (batch.length >= IMPORT_BATCH) await flush();
  });
  if (!read.ok) return read; // the file changed between the passes
  await flush();
  return { ok: true, report: { added, unchanged, conflicts, homePractice: home, attemptsInFile: checked.counts.attempts } };
}

/** Imports an export file's text (small files and tests); the Data page streams the file. */
export function importText(text: string): Promise<ImportResult> {
  return importChunks(() => [text]);
}

/** Compares incoming records with the ones stored under their ids, as read today (migrated); a stored record that no longer reads is left as it is, as a clash. */
function compareWithStored(store: MergeStore, stored: readonly { id: string; raw: unknown }[], incoming: readonly { id: string }[]): MergeDecision<{ id: string }> {
  const here = stored.map(({ id, raw }) => { const read = (RECORDS[store] as z.ZodType).safeParse(raw); return (read.success ? read.data : { id, unreadable: true }) as { id: string }; });
  return planMerge<{ id: string }>(here, incoming);
}
