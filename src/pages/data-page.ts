import type { ScreenFactory } from '../app/screen';
import { h } from '../app/ui/dom';
import { attemptsToCsv } from '../export/attempts-csv';
import { attemptsToJson } from '../export/attempts-json';
import type { Attempt } from '../schema/attempt';
import { listAttempts } from '../storage/attempts';
import { activityName, formName, guideName, modeName, ruleName, strings } from '../text/strings';

const t = strings.data;

/** The grown-ups' list of stored attempts, newest first, with both exports. */
export const dataScreen: ScreenFactory = async (root) => {
  const page = h('main', { class: 'data-page' });
  root.append(page);
  let attempts: Attempt[] = [];
  let unreadable = 0;
  try {
    ({ attempts, unreadable } = await listAttempts());
  } catch (error) {
    console.error(error);
    page.append(h('p', { class: 'error', attrs: { role: 'alert' } }, t.loadFailed));
  }
  const stamp = () => new Date().toISOString().slice(0, 19).replaceAll(':', '-');
  page.append(
    h('header', {},
      h('a', { class: 'text-button', attrs: { href: '#/grown-ups' } }, strings.grownUps.title),
      h('h1', {}, t.title),
      h('div', { class: 'exports' },
        h('button', { attrs: { type: 'button' }, on: { click: () => download(`deft-attempts-${stamp()}.json`, 'application/json', attemptsToJson(attempts, new Date())) } }, t.exportJson),
        h('button', { attrs: { type: 'button' }, on: { click: () => download(`deft-attempts-${stamp()}.csv`, 'text/csv;charset=utf-8', attemptsToCsv(attempts)) } }, t.exportCsv))),
    h('p', { class: 'summary' }, t.count(attempts.length), unreadable ? t.unreadable(unreadable) : ''),
    attempts.length ? attemptTable(attempts) : h('p', { class: 'empty' }, t.empty),
  );
  return {};
};

function attemptTable(attempts: readonly Attempt[]): HTMLElement {
  const c = t.columns;
  const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
  return h('table', { class: 'attempts' },
    h('thead', {}, h('tr', {}, ...[c.date, c.activity, c.task, c.status, c.result, c.details, c.duration].map((name) => h('th', { attrs: { scope: 'col' } }, name)))),
    h('tbody', {}, ...attempts.map((a) => {
      const summary = summarize(a);
      return h('tr', { attrs: { 'data-attempt-id': a.id, 'data-activity': a.activity } },
        h('td', {}, dateFormat.format(new Date(a.startedAt))),
        h('td', {}, activityName(a.activity)),
        h('td', {}, summary.task),
        h('td', {}, a.status === 'completed' ? t.completed : t.abandoned),
        h('td', {}, summary.result),
        h('td', { attrs: summary.hint ? { title: summary.hint } : {} }, summary.details),
        h('td', { class: 'number' }, `${(a.durationMs / 1000).toFixed(1)} s`));
    })),
  );
}

/** One line about an attempt, whatever its activity: what was asked, how it went, the telling numbers. */
function summarize(a: Attempt): { task: string; result: string; details: string; hint?: string } {
  switch (a.activity) {
    case 'trace': {
      const met = a.criteria.filter((k) => k.met).length;
      return {
        task: `${formName(a.params.form)} · ${guideName(a.params.guide)}`,
        result: a.metrics.passed ? t.passed : t.notYet,
        details: t.traceDetails(a.metrics.coveragePct, met, a.criteria.length),
        hint: a.criteria.map((k) => `${k.met ? '✓' : '✗'} ${k.description}`).join('\n'),
      };
    }
    case 'sort': {
      const sortable = a.results.filter((r) => r.bin !== null).length;
      return {
        task: t.sortTask(ruleName(a.params.rule), a.layout.items.length, a.params.itemSizeMm, a.params.binCount),
        result: t.sorted(a.metrics.correctCount, sortable),
        details: t.sortDetails(a.metrics.errorCount, a.metrics.dropsOutside, a.metrics.meanTransportMs),
      };
    }
    case 'targets': {
      const m = a.metrics;
      const task = modeName(a.params.mode);
      switch (m.mode) {
        case 'pop': return { task: t.popTask(task, a.params.sizeMm, a.params.adaptive), result: t.hits(m.hits, m.hits + m.misses), details: t.popDetails(m.thresholdMm, m.meanEndpointErrorMm) };
        case 'ring': return { task: t.ringTask(task, m.sequences.map((s) => `${s.amplitudeMm}×${s.widthMm}`)), result: t.throughput(m.throughputBitsPerS), details: t.hits(m.hits, m.hits + m.misses) };
        case 'pinch': return { task: t.pinchTask(task, a.layout.targets.length, a.params.sizeMm), result: t.inJar(m.inJar, a.layout.targets.length), details: t.pinchDetails(m.grasps, m.failedGrasps, m.meanGripApertureMm) };
      }
    }
  }
}

/** Saves text as a file on this device; nothing leaves it. */
function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { attrs: { href: url, download: filename } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
