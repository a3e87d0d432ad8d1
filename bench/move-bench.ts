import { EXPORT_FORMAT, EXPORT_VERSION } from '../src/export/attempts-json';
import { planMerge } from '../src/export/merge-plan';
import { exportJsonBlob, importFile } from '../src/pages/move-files';
import { attemptSchema, type Attempt } from '../src/registry/attempt';
import { parseExportFile } from '../src/export/export-file';
import { writeAttempts } from '../src/storage/attempts';
import { database } from '../src/storage/database';
import { readAll } from '../src/storage/device-data';

/**
 * Moving a year of data: the export written in parts and the import read as
 * a stream (ours), beside the way both were done before (one JSON text with
 * indentation; JSON.parse of the whole file and every stored record read
 * beside it). Each measured step is marked on the console (`move:<label>:
 * start|end`) after a gc(), so the runner, polling the page's JS heap over
 * the DevTools protocol, can find each step's peak.
 */
interface Measured { label: string; ms: number; bytes: number }

async function measure(label: string, work: () => Promise<number>): Promise<Measured> {
  (window as unknown as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, 200)); // a heap sample or two at rest
  console.log(`move:${label}:start`);
  const t0 = performance.now();
  const bytes = await work();
  const ms = performance.now() - t0;
  console.log(`move:${label}:end`);
  return { label, ms, bytes };
}

async function clearAll(): Promise<void> {
  const db = await database();
  const stores = ['attempts', 'summaries', 'profiles', 'plans', 'sessions'] as const;
  const tx = db.transaction([...stores], 'readwrite');
  await Promise.all([...stores.map((s) => tx.objectStore(s).clear()), tx.done]);
}

/** `count` copies of one attempt (new ids, a day apart), stored as the app stores them: validated, with summaries. */
async function seed(template: Attempt, count: number): Promise<void> {
  const db = await database();
  for (let i = 0; i < count; i += 250) {
    const batch = Array.from({ length: Math.min(250, count - i) }, (_, k) => attemptSchema.parse({ ...template, id: crypto.randomUUID(), startedAt: new Date(Date.parse(template.startedAt) + (i + k) * 3_600_000).toISOString() }));
    const tx = db.transaction(['attempts', 'summaries'], 'readwrite');
    await Promise.all([writeAttempts(tx, batch, 'put'), tx.done]);
  }
}

/** The stored attempts as sorted ids and one canonical text: equal before and after a round trip means nothing was lost. */
async function fingerprint(): Promise<{ count: number; digest: string }> {
  const { attempts } = await readAll();
  const text = [...attempts].sort((a, b) => (a.id < b.id ? -1 : 1)).map((a) => JSON.stringify(a)).join('\n');
  const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))), (b) => b.toString(16).padStart(2, '0')).join('');
  return { count: attempts.length, digest };
}

/** Ours: export to a Blob in parts, clear, import the Blob as a stream; checks that what comes back is what went out. */
async function streamed(template: Attempt, count: number) {
  await clearAll();
  await seed(template, count);
  let file: Blob | null = null;
  const exported = await measure(`streamed-${count}-export`, async () => { file = await exportJsonBlob(undefined, () => undefined); return file.size; });
  const before = await fingerprint();
  await clearAll();
  const imported = await measure(`streamed-${count}-import`, async () => {
    const result = await importFile(new File([file!], 'deft.json'), () => undefined);
    if (!result.ok) throw new Error(result.problems.join('; '));
    return file!.size;
  });
  const after = await fingerprint();
  return { count, exported, imported, lost: before.count - after.count, same: before.digest === after.digest };
}

/** The way before (baseline): every record read, one indented text; the whole file parsed, every stored record read beside it. */
async function whole(template: Attempt, count: number) {
  await clearAll();
  await seed(template, count);
  let file: Blob | null = null;
  const exported = await measure(`whole-${count}-export`, async () => {
    // exportToJson as it was: the whole file as one text, indented by one space.
    const { attempts, profiles, plans, sessions } = await readAll();
    file = new Blob([JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), attempts, profiles, plans, sessions }, null, 1)], { type: 'application/json' });
    return file.size;
  });
  await clearAll();
  const imported = await measure(`whole-${count}-import`, async () => {
    // The import as it was: the file read as one text, parsed whole, beside every stored record.
    const text = await file!.text();
    const read = parseExportFile(text);
    if (!read.ok) throw new Error(read.problems.join('; '));
    const here = await readAll();
    const merge = planMerge(here.attempts, read.file.attempts);
    const tx = (await database()).transaction(['attempts', 'summaries', 'profiles', 'plans', 'sessions'], 'readwrite');
    await Promise.all([writeAttempts(tx, merge.add, 'add'), tx.done]);
    return file!.size;
  });
  return { count, exported, imported };
}

export async function moveBench(template: Attempt, counts: { streamed: number[]; whole: number[] }) {
  const results = { streamed: [] as Awaited<ReturnType<typeof streamed>>[], whole: [] as Awaited<ReturnType<typeof whole>>[] };
  for (const n of counts.whole) results.whole.push(await whole(template, n));
  for (const n of counts.streamed) results.streamed.push(await streamed(template, n));
  await clearAll();
  return results;
}
