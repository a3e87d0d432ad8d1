// The "move" section of npm run bench: a year of data exported and imported
// through the app's own code in the bench page (bench/move-bench.ts).

/** A year of a busy child's practice, at the report benchmark's scale; the old way only at 1,000 (5,000 did not finish before). */
const COUNTS = { streamed: [1000, 5000], whole: [1000] };
const SAMPLES = 600;

export async function moveSection({ browser, benchUrl, f }) {
  // Unthrottled: five thousand 600-sample attempts through IndexedDB twice; the comparison is ours beside the old way in the same run.
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  const marks = [];
  page.on('console', (message) => { const m = /^move:(.+):(start|end)$/.exec(message.text()); if (m) marks.push({ t: Date.now(), label: m[1], at: m[2] }); });
  await page.goto(benchUrl);
  await page.locator('body[data-ready=true]').waitFor();
  // The page's JS heap every 25 ms, from outside (a busy page answers between its tasks, as a sampler inside it would).
  const heap = [];
  let polling = true;
  const poll = (async () => { while (polling) { const { usedSize } = await cdp.send('Runtime.getHeapUsage'); heap.push({ t: Date.now(), mb: usedSize / 1e6 }); await new Promise((r) => setTimeout(r, 25)); } })();
  const raw = await page.evaluate(([samples, counts]) => window.moveBenchWith(samples, counts), [SAMPLES, COUNTS]);
  polling = false;
  await poll;
  await page.close();
  const heapOf = (label) => {
    const start = marks.find((m) => m.label === label && m.at === 'start').t;
    const end = marks.find((m) => m.label === label && m.at === 'end').t;
    const before = heap.filter((h) => h.t <= start).at(-1)?.mb ?? 0;
    const during = heap.filter((h) => h.t >= start && h.t <= end + 25).map((h) => h.mb);
    return { baseHeapMb: before, peakHeapMb: Math.max(before, ...during), samples: during.length };
  };
  const withHeap = (m) => ({ ...m, ...heapOf(m.label) });
  const results = {
    whole: raw.whole.map((r) => ({ ...r, exported: withHeap(r.exported), imported: withHeap(r.imported) })),
    streamed: raw.streamed.map((r) => ({ ...r, exported: withHeap(r.exported), imported: withHeap(r.imported) })),
  };
  console.log('move', JSON.stringify(results));
  for (const r of results.streamed) if (r.lost !== 0 || !r.same) throw new Error(`the ${r.count}-attempt round trip lost or changed records`);
  const mb = (bytes) => f(bytes / 1e6, 1);
  const row = (way, r, which) => `| ${way} | ${r.count.toLocaleString('en')} | ${which} | ${mb(r[which].bytes)} MB | ${f(r[which].ms / 1000, 1)} s | ${f(r[which].peakHeapMb - r[which].baseHeapMb, 0)} MB (${f(r[which].peakHeapMb, 0)} MB) |`;
  const rows = [
    ...results.whole.flatMap((r) => [row('one text, indented (before; baseline)', r, 'exported'), row('one text, indented (before; baseline)', r, 'imported')]),
    ...results.streamed.flatMap((r) => [row('in parts, compact (ours)', r, 'exported'), row('streamed, twice (ours)', r, 'imported')]),
  ];
  const [base] = results.whole;
  const same = results.streamed.find((r) => r.count === base.count);
  const large = results.streamed.at(-1);
  return { samples: SAMPLES, rows, text: `
| way | attempts | | file | time | JS heap above idle (peak) |
| --- | ---: | --- | ---: | ---: | ---: |
${rows.join('\n')}

- Every round trip of ours came back whole: the same ${results.streamed.map((r) => r.count.toLocaleString('en')).join(' and ')} attempts, byte for byte (SHA-256 of every stored record before and after).
- At ${base.count.toLocaleString('en')} attempts, ours over the old way: file × ${f(same.exported.bytes / base.exported.bytes)}, export time × ${f(same.exported.ms / base.exported.ms)}, export heap × ${f((same.exported.peakHeapMb - same.exported.baseHeapMb) / Math.max(1, base.exported.peakHeapMb - base.exported.baseHeapMb))}; import time × ${f(same.imported.ms / base.imported.ms)}, import heap × ${f((same.imported.peakHeapMb - same.imported.baseHeapMb) / Math.max(1, base.imported.peakHeapMb - base.imported.baseHeapMb))}.
- ${large.count.toLocaleString('en')} attempts: a ${mb(large.exported.bytes)} MB file, exported in ${f(large.exported.ms / 1000, 1)} s and imported in ${f(large.imported.ms / 1000, 1)} s, the heap never more than ${f(Math.max(large.exported.peakHeapMb - large.exported.baseHeapMb, large.imported.peakHeapMb - large.imported.baseHeapMb), 0)} MB above idle: well under the file's size, and the same at 1,000 as at 5,000. The old way could not make this file: one string of it is past V8's limit (\`RangeError: Invalid string length\`).
- The price: our import reads the file twice through a JavaScript tokenizer (to check every record before writing any, without holding the file), so it is slower than one \`JSON.parse\` of a file that fits in memory.` };
}
