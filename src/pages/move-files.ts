import { exportParts } from '../export/attempts-json';
import { childExport } from '../export/child-export';
import { attemptBatches } from '../storage/attempts';
import { importChunks, type ImportResult } from '../export/import-file';
import { listPlans, listSessions } from '../storage/plans';
import { listProfiles } from '../storage/profiles';

/**
 * The JSON export as a Blob, built a batch of attempts at a time: each part
 * goes into the Blob as it is written (the browser keeps Blob data outside
 * the page's memory), so the page never holds the whole file. `profileId`:
 * one child's share (null: attempts made with no child), undefined: all.
 */
export async function exportJsonBlob(profileId: string | null | undefined, onProgress: (attempts: number) => void): Promise<Blob> {
  const [profiles, plans, sessions] = await Promise.all([listProfiles(), listPlans(), listSessions()]);
  const all = { attempts: [], profiles, plans, sessions };
  const rest = profileId === undefined ? all : childExport(all, profileId);
  const parts: Blob[] = [new Blob([exportParts.head(new Date())])];
  let written = 0;
  for await (const batch of attemptBatches(profileId === undefined ? undefined : (a) => a.profileId === profileId)) {
    parts.push(new Blob([exportParts.attempts(batch, written === 0)]));
    written += batch.length;
    onProgress(written);
  }
  parts.push(new Blob([exportParts.tail(rest)]));
  return new Blob(parts, { type: 'application/json' });
}

/** Imports an export file read as a stream, twice (check, then add); `onProgress` hears each pass's share of the file read. */
export function importFile(file: File, onProgress: (pass: 'checking' | 'adding', share: number) => void): Promise<ImportResult> {
  let pass = 0;
  return importChunks(() => {
    const which = pass++ === 0 ? 'checking' : 'adding';
    return chunksOf(file, (bytes) => onProgress(which, file.size ? bytes / file.size : 1));
  });
}

/** A file's bytes as they are read (a reader loop: Safari's streams are not async-iterable). */
async function* chunksOf(file: Blob, onRead: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      bytes += value.byteLength;
      onRead(bytes);
      yield value;
    }
  } finally {
    // Reading may stop early (a damaged record): the rest of the file is not read.
    await reader.cancel().catch(() => undefined);
  }
}
