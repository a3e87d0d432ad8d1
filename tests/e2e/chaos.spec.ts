import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { exportJson, formOnPage, SCREENSHOTS, touchStroke } from './drive';
import { letMonkeyLoose } from './monkey';
import { ACTIVITIES as REGISTRY } from '../../src/registry/activities';

/**
 * The reliability suite: a seeded monkey on every activity. `npm test` runs
 * a short pass (CHAOS_SECONDS, default 6 s each: CI has 25 minutes for everything); `npm run test:chaos` runs
 * five minutes each and writes the counts into docs/benchmarks.md.
 */
const SECONDS = Number(process.env.CHAOS_SECONDS ?? 6);
const SEED = Number(process.env.CHAOS_SEED ?? 20261122);
export const CHAOS_RESULTS = 'test-results/chaos';

/** Each activity's own links, with settings that also let random play finish attempts now and then. */
const ACTIVITIES = {
  trace: ['#/play/trace?form=circle', '#/play/trace?form=cross&guide=copy', '#/play/trace?form=square&guide=dots&demo=0', '#/play/trace?form=vertical&guide=copy&demo=0', '#/play/trace?form=triangle&guide=memory&model=1'],
  sort: ['#/play/sort?rule=color&items=2&bins=2&size=30', '#/play/sort?rule=shape&items=6', '#/play/sort?rule=category&bins=4', '#/play/sort?rule=size&items=4'],
  targets: ['#/play/targets?mode=pop&size=40&trials=2&adaptive=0', '#/play/targets?mode=ring&amplitude=60&width=20', '#/play/targets?mode=pinch&size=12&items=2', '#/play/targets?mode=pop&adaptive=1'],
  cut: ['#/play/cut?line=straight&hold=0&length=40', '#/play/cut?line=circle', '#/play/cut?line=fringe&hold=0', '#/play/cut?line=wave&adaptive=1'],
  maze: ['#/play/maze?mode=maze&corridor=30', '#/play/maze?mode=maze&kind=perfect&columns=4&rows=3&walls=strict', '#/play/maze?mode=dots&picture=house&radius=12', '#/play/maze?mode=dots&picture=fish&labels=numbers&dots=12', '#/play/maze?mode=maze&adaptive=1&columns=2&rows=2'],
  fingers: ['#/play/fingers?mode=isolate&trials=3', '#/play/fingers?mode=tap&seconds=5&hands=one', '#/play/fingers?mode=rhythm&tempo=160&beats=4&alone=4', '#/play/fingers?mode=together&trials=3', '#/play/fingers?mode=hold&trials=3', '#/play/fingers?mode=mirror&form=circle&size=40'],
  colour: ['#/play/colour?picture=circle&crayon=16&done=40', '#/play/colour?picture=apple&part=1', '#/play/colour?picture=ladybird&stencil=1', '#/play/colour?picture=house&size=60&crayon=12&done=50'],
} as const;

const REGISTERED = REGISTRY.map((a) => a.id);

test('the monkey has links for every registered activity', () => {
  expect(Object.keys(ACTIVITIES).sort()).toEqual([...REGISTERED].sort());
});

for (const [activity, routes] of Object.entries(ACTIVITIES)) {
  test(`chaos on ${activity}: ${SECONDS} s of a seeded monkey; no error, the app still answers, every attempt exported and valid, the gate shut`, async ({ page }) => {
    test.setTimeout(SECONDS * 1000 + 180_000);
    const seed = SEED + activity.length; // one seed per activity, the same every run
    // Every attempt the app hands to IndexedDB, seen from outside the app: the export must hold each.
    const handedToStorage = new Map<string, string>();
    await page.exposeFunction('chaosSawAttempt', (id: string, status: string) => void handedToStorage.set(id, status));
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        const value = args[0] as { id?: string; status?: string };
        if (this.name === 'attempts') void (window as unknown as { chaosSawAttempt: (id: string, status: string) => void }).chaosSawAttempt(String(value.id), String(value.status));
        return put.apply(this, args);
      };
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${error.message} ${error.stack ?? ''}`.slice(0, 3000)));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });

    const { monkey, ranMs } = await letMonkeyLoose(page, seed, routes, SECONDS);
    await page.screenshot({ path: `${SCREENSHOTS}/chaos-${activity}-end.png` });

    // Still answering: home, then a real line traced and stored.
    await page.setViewportSize({ width: 1024, height: 768 });
    // The monkey may have left a trace game open: its stage must not be taken for the new one while the route changes.
    await page.evaluate(() => {
      document.querySelector('.stage')?.setAttribute('data-before', '');
      location.hash = '#/play/trace?form=vertical&demo=0';
    });
    await page.locator('.stage[data-ready=true][data-activity=trace]:not([data-before])').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const [line] = await formOnPage(page, 'vertical');
    const byMonkey = new Set(handedToStorage.keys());
    await touchStroke(cdp, line!);
    await expect(page.locator('.stage')).toHaveAttribute('data-saved', '1');

    // Every attempt handed to storage is in the export, once, and valid against the schema (exportJson parses it).
    const exported = await exportJson(page);
    const exportedIds = new Set(exported.attempts.map((a) => a.id));
    const lost = [...handedToStorage.keys()].filter((id) => !exportedIds.has(id));
    const monkeys = exported.attempts.filter((a) => byMonkey.has(a.id));
    const counts = {
      activity, seed, seconds: Math.round(ranMs / 1000), ...monkey.counts,
      attemptsCompleted: monkeys.filter((a) => a.status === 'completed').length,
      attemptsAbandoned: monkeys.filter((a) => a.status === 'abandoned').length,
      byActivity: Object.fromEntries(REGISTERED.map((id) => [id, monkeys.filter((a) => a.activity === id).length])),
      errors: errors.length,
      lost: lost.length,
    };
    mkdirSync(CHAOS_RESULTS, { recursive: true });
    writeFileSync(`${CHAOS_RESULTS}/${activity}.json`, JSON.stringify(counts, null, 2));
    expect(errors).toEqual([]);
    expect(lost).toEqual([]);
    expect(exported.attempts).toHaveLength(handedToStorage.size);
    expect(monkey.counts.gatePassed).toBe(0);
  });
}
