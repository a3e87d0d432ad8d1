// The "sync" section of npm run bench: clinic sync against the same data moved as a file.
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { COUCH_ADMIN, startCouch } from './couch-server.mjs';

/** A year of a busy child's practice (SYNC_COUNT to try fewer). */
const COUNT = Number(process.env.SYNC_COUNT ?? 5000);
const SESSION = 10;
/** As the move section: a traced circle of 600 pen samples, a busy child's year at 5,000. */
const SAMPLES = 600;
const SYNC_PORT = 4182;
const CHILD = '7d0f3a2b-9c1e-4b5a-8f6d-2e3c4b5a6d7e';

/**
 * Tablet A holds a year of one child's attempts; tablet B is new. Clinic sync
 * (A up to the server, B down from it) beside the manual path (A's Export
 * JSON, B's Import JSON), through the app's own pages, unthrottled: what is
 * compared is waiting time and bytes, not frames. Then one session more on A,
 * synced to B.
 */
export async function syncSection({ browser, plan, waitForPort, f }) {
  const couch = await startCouch();
  const preview = spawn('npx', ['vite', 'preview', '--port', String(SYNC_PORT), '--strictPort'], { stdio: 'ignore', detached: true, env: { ...process.env, DEFT_COUCH_URL: couch.url } });
  const url = `http://127.0.0.1:${SYNC_PORT}/`;
  try {
    await waitForPort(SYNC_PORT);
    const template = await plan('sampleTraceAttempt', SAMPLES);
    const tablet = async () => {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, acceptDownloads: true, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${url}#/`);
      await page.locator('body[data-screen=home]').waitFor();
      return { context, page };
    };
    const a = await tablet();
    await seed(a.page, template, 0, COUNT);

    // The manual path: Export JSON on A, Import JSON on B, each timed from the click to the page saying it is done.
    const fileB = await tablet();
    const file = await exportFile(a.page);
    const imported = await importFile(fileB.page, file.path);
    await fileB.context.close();

    // Clinic sync: A signs in and sends; B signs in and receives.
    const before = couch.bytes;
    const up = await signInAndWait(a.page, couch, () => serverAttempts(couch), COUNT);
    const upBytes = couch.bytes;
    const b = await tablet();
    const down = await signInAndWait(b.page, couch, () => storedAttempts(b.page), COUNT);
    const downBytes = couch.bytes;

    // One session more on A (ten attempts, stored as the app stores them), then A opened again: B has them.
    await seed(a.page, template, COUNT, SESSION);
    const incrementalBefore = couch.bytes;
    const started = Date.now();
    await a.page.reload();
    await waitUntil(async () => (await storedAttempts(b.page)) >= COUNT + SESSION);
    const incremental = { ms: Date.now() - started, bytes: couch.bytes.in + couch.bytes.out - incrementalBefore.in - incrementalBefore.out };
    const same = await sameRecords(a.page, b.page);
    await a.context.close();
    await b.context.close();

    const sent = upBytes.in - before.in + upBytes.out - before.out;
    const received = downBytes.in - upBytes.in + downBytes.out - upBytes.out;
    const mb = (bytes) => f(bytes / 1e6, 1);
    const kb = (bytes) => f(bytes / 1e3, 1);
    const result = { file, imported, up, down, sent, received, incremental, same };
    console.log('sync', JSON.stringify(result));
    if (!same) throw new Error('the attempts on B are not those on A');
    return `
| path | what | time | bytes | per attempt |
| --- | --- | ---: | ---: | ---: |
| a file (the manual path; baseline) | Export JSON on A | ${f(file.ms / 1000, 1)} s | ${mb(file.bytes)} MB (${mb(file.gzipBytes)} MB gzipped) | ${kb(file.bytes / COUNT)} KB (${kb(file.gzipBytes / COUNT)} KB) |
| | Import JSON on B | ${f(imported.ms / 1000, 1)} s | | |
| | **A to B** | **${f((file.ms + imported.ms) / 1000, 1)} s** | | |
| clinic sync (ours) | A signs in, sends everything | ${f(up.ms / 1000, 1)} s | ${mb(sent)} MB | ${kb(sent / COUNT)} KB |
| | B signs in, receives everything | ${f(down.ms / 1000, 1)} s | ${mb(received)} MB | ${kb(received / COUNT)} KB |
| | **A to B** | **${f((up.ms + down.ms) / 1000, 1)} s** | ${mb(sent + received)} MB | |
| clinic sync, after one session | A opened again with ${SESSION} new attempts, until B has them (bytes: up from A and down to B) | ${f(incremental.ms / 1000, 1)} s | ${kb(incremental.bytes)} KB | ${kb(incremental.bytes / SESSION)} KB |

- ${COUNT.toLocaleString('en')} attempts, each a traced circle of ${SAMPLES} pen samples, one child; B ends with every attempt A has, each record identical (SHA-256 of every stored attempt on both): **${same ? 'yes' : 'no'}**.
- Sync over the file: time A to B × ${f((up.ms + down.ms) / (file.ms + imported.ms))}; bytes on the wire per attempt, sent × ${f(sent / file.bytes)} of the file's (× ${f(sent / file.gzipBytes)} of it gzipped). Each attempt travels as its record gzipped, in an attachment (base64 inside CouchDB's JSON, a third larger); bytes are request and response bodies as the server read and wrote them, HTTP headers aside, no HTTP compression.
- The file path is also a person's: a grown-up exports, carries or sends the file, and imports it on the other tablet. Sync needs nobody once set up, and the session after is in the other tablet's hands within seconds.`;
  } finally {
    try { process.kill(-preview.pid); } catch { /* gone */ }
    await couch.close();
  }
}

/** Attempts of one child straight into the app's database, as writeAttempts stores them (as the report and move sections seed them). */
async function seed(page, { record, summary }, from, count) {
  await page.evaluate(async ([rec, sum, first, n, child]) => {
    const db = await new Promise((resolve, reject) => { const r = indexedDB.open('deft'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const tx = db.transaction(['attempts', 'summaries', 'profiles'], 'readwrite');
    tx.objectStore('profiles').put({ id: child, nickname: 'Mia', avatar: 'owl', ageBand: '4–5', handedness: 'left', notes: '', createdAt: '2026-01-01T09:00:00.000Z' });
    const buckets = new Map();
    for (let i = first; i < first + n; i++) {
      const startedAt = new Date(Date.parse('2026-01-01T09:00:00.000Z') + i * 90 * 60_000).toISOString();
      const change = { id: crypto.randomUUID(), profileId: child, startedAt };
      tx.objectStore('attempts').put({ ...rec, ...change });
      const key = `${child}|${startedAt.slice(0, 7)}`;
      buckets.set(key, [...(buckets.get(key) ?? []), { ...sum, ...change }]);
    }
    for (const [key, summaries] of buckets) {
      const stored = await new Promise((resolve) => { const r = tx.objectStore('summaries').get(key); r.onsuccess = () => resolve(r.result); });
      tx.objectStore('summaries').put({ key, profileId: child, json: JSON.stringify([...(stored ? JSON.parse(stored.json) : []), ...summaries]) });
    }
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  }, [record, summary, from, count, CHILD]);
}

async function gate(page, hash) {
  await page.goto(`${page.url().split('#')[0]}${hash}`);
  await page.locator('.gate, .grown-ups-page').first().waitFor();
  if (await page.locator('.gate').count()) {
    const box = await page.getByRole('button', { name: 'Grown-ups' }).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(3300);
    await page.mouse.up();
  }
  await page.locator('.grown-ups-page').first().waitFor();
}

async function exportFile(page) {
  await gate(page, '#/grown-ups/data');
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const path = await download.path();
  const ms = Date.now() - started;
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(path);
  return { ms, path, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

async function importFile(page, path) {
  await gate(page, '#/grown-ups/data');
  const started = Date.now();
  await page.locator('input[type=file]').setInputFiles(path);
  await page.getByRole('status').filter({ hasText: /Imported \d+ attempt/ }).waitFor({ timeout: 600_000 });
  return { ms: Date.now() - started, stored: await storedAttempts(page) };
}

/** Signs in on Settings as a grown-up does (the clinic's administrator, who may create the child's database), then times until `count()` reaches `want`. */
async function signInAndWait(page, couch, count, want) {
  await gate(page, '#/grown-ups/settings');
  const sync = page.locator('fieldset.clinic-sync');
  await sync.getByLabel('Sign-in name').fill(COUCH_ADMIN.name);
  await sync.getByLabel('Password').fill(COUCH_ADMIN.password);
  const started = Date.now();
  await sync.getByRole('button', { name: 'Sign in and turn on' }).click();
  await waitUntil(async () => (await count()) >= want);
  return { ms: Date.now() - started };
}

async function serverAttempts(couch) {
  const info = await (await couch.admin(`/deft-child-${CHILD}`)).json();
  return (info.doc_count ?? 0) - 1; // the child's profile
}

function storedAttempts(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => { const r = indexedDB.open('deft'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const n = await new Promise((resolve) => { const r = db.transaction('attempts').objectStore('attempts').count(); r.onsuccess = () => resolve(r.result); });
    db.close();
    return n;
  });
}

/**
 * SHA-256 of every stored attempt, by id, on both tablets: the same set, each identical. Canonical JSON (keys
 * sorted): the seeded records keep the seed's key order, B's the schema's, as B parsed them on arrival.
 */
async function sameRecords(a, b) {
  const digests = (page) => page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => { const r = indexedDB.open('deft'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const all = await new Promise((resolve) => { const r = db.transaction('attempts').objectStore('attempts').getAll(); r.onsuccess = () => resolve(r.result); });
    db.close();
    const out = [];
    const canonical = (value) => (Array.isArray(value) ? value.map(canonical) : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])])) : value);
    for (const attempt of all) {
      const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(canonical(attempt))));
      out.push(`${attempt.id}:${[...new Uint8Array(hash)].map((x) => x.toString(16).padStart(2, '0')).join('')}`);
    }
    return out.sort().join('\n');
  });
  return (await digests(a)) === (await digests(b));
}

async function waitUntil(done, limitMs = 1_800_000) {
  const until = Date.now() + limitMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error('sync did not finish in time');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
