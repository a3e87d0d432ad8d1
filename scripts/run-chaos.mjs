// npm run test:chaos: the reliability suite's long run. Five minutes of the
// seeded monkey on each activity (CHAOS_SECONDS to change it, CHAOS_SEED to
// replay another), then its counts into docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeDocSection } from './doc-section.mjs';

const SECONDS = process.env.CHAOS_SECONDS ?? '300';
const RESULTS = 'test-results/chaos';
const version = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
rmSync(RESULTS, { recursive: true, force: true });

// Then the monkey with clinic sync on, against a server that drops and delays (`npm run test:chaos -- sync` alone).
const syncOnly = process.argv.includes('sync');
const syncRun = spawnSync('node', ['scripts/run-e2e.mjs', 'tests/e2e/chaos-sync.spec.ts'], { stdio: 'inherit', env: { ...process.env, CHAOS_SECONDS: SECONDS } });
let sync = null;
try { sync = JSON.parse(readFileSync(`${RESULTS}/sync.json`, 'utf8')); } catch { /* the run failed before counting */ }
const syncBlock = sync
  ? `Run ${new Date().toISOString().slice(0, 10)} at commit ${version}: ${sync.seconds} s of the seeded monkey (seed ${sync.seed}) with clinic sync on, on tracing, sorting and targets links, while the server dropped a third of all requests (half of them after doing the work, so only the answer was lost) and delayed the rest by up to a second; then the server healed. Suite ${syncRun.status === 0 ? '**passed**' : '**FAILED**'}: ${Object.values(sync.actions).reduce((a, b) => a + b, 0)} actions (${Object.entries(sync.actions).map(([k, v]) => `${k} ${v}`).join(', ')}), ${sync.touches} touches sent, ${sync.requests} requests reached the server meanwhile; ${sync.attempts} attempts stored on the tablet, **${sync.onServer} on the server, each once; ${sync.lost} lost; ${sync.errors} errors**; the gate never passed (${sync.gatePassed}).`
  : `Run ${new Date().toISOString().slice(0, 10)} at commit ${version}: **FAILED** before counting.`;
writeDocSection('docs/benchmarks.md', 'chaos:sync', syncBlock);
console.log(syncBlock);
if (syncOnly) process.exit(syncRun.status ?? 1);

const run = spawnSync('node', ['scripts/run-e2e.mjs', 'tests/e2e/chaos.spec.ts'], { stdio: 'inherit', env: { ...process.env, CHAOS_SECONDS: SECONDS } });

// Every activity in its folder (the registry test holds each registered one to a folder of its own).
const activities = readdirSync('src/activities').filter((id) => existsSync(`src/activities/${id}/index.ts`));
const rows = activities.flatMap((activity) => {
  try {
    return [JSON.parse(readFileSync(`${RESULTS}/${activity}.json`, 'utf8'))];
  } catch {
    return [{ activity, missing: true }];
  }
});
const n = (x) => x.toLocaleString('en');
const total = (key) => rows.reduce((sum, r) => sum + (r[key] ?? 0), 0);
const block = `Run ${new Date().toISOString().slice(0, 10)} at commit ${version}, ${SECONDS} s per activity, headless Chromium with software WebGL on a shared 2-core machine, unthrottled; suite ${run.status === 0 ? '**passed**' : '**FAILED**'}.

| activity | seed | seconds | actions | touches sent | attempts completed | abandoned | errors | data lost | gate passed |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((r) => r.missing
    ? `| ${r.activity} | no result: the run failed before counting | | | | | | | | |`
    : `| ${r.activity} | ${r.seed} | ${r.seconds} | ${n(Object.values(r.actions).reduce((a, b) => a + b, 0))} | ${n(r.touches)} | ${n(r.attemptsCompleted)} | ${n(r.attemptsAbandoned)} | ${r.errors} | ${r.lost} | ${r.gatePassed} |`).join('\n')}
| **all** | | ${total('seconds')} | | **${n(total('touches'))}** | **${n(total('attemptsCompleted'))}** | ${n(total('attemptsAbandoned'))} | **${total('errors')}** | **${total('lost')}** | **${total('gatePassed')}** |

Actions by kind: ${rows.filter((r) => !r.missing).map((r) => `${r.activity}: ${Object.entries(r.actions).map(([k, v]) => `${k} ${v}`).join(', ')}`).join('; ')}. Attempts counted are the monkey's own (the check's traced line after it is left out), in whichever activity the monkey's route changes led to (${rows.filter((r) => !r.missing).map((r) => `${r.activity}: ${Object.entries(r.byActivity).map(([k, v]) => `${k} ${v}`).join(', ')}`).join('; ')}).`;
writeDocSection('docs/benchmarks.md', 'chaos', block);
console.log(block);
process.exit(run.status || syncRun.status || 0);
