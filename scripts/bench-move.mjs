// The "move" section of npm run bench: a year of data exported and imported
// through the app's own code in the bench page (bench/move-bench.ts).

/** A year of a busy child's practice, at the report benchmark's scale; the old way only at 1,000 (5,000 did not finish before). */
const COUNTS = { streamed: [1000, 5000], whole: [1000] };
const SAMPLES = 600;

export async function moveSection({ browser, benchUrl, f }) {
  // Unthrottled: five thousand 600-sample attempts through IndexedDB twice; the comparison is ours beside the old way in the same run.
  const page = await browser.newPage();
  await page.goto(benchUrl);
  await page.locator('body[data-ready=true]').waitFor();
  const results = await page.evaluate(([samples, counts]) => window.moveBenchWith(samples, counts), [SAMPLES, COUNTS]);
  await page.close();
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
- ${large.count.toLocaleString('en')} attempts: a ${mb(large.exported.bytes)} MB file, exported in ${f(large.exported.ms / 1000, 1)} s and imported in ${f(large.imported.ms / 1000, 1)} s, the heap never more than ${f(Math.max(large.exported.peakHeapMb - large.exported.baseHeapMb, large.imported.peakHeapMb - large.imported.baseHeapMb), 0)} MB above idle: well under the file's size.` };
}
