import type { ScreenFactory } from '../app/screen';
import { h } from '../app/ui/dom';
import { attemptsToCsv } from '../export/attempts-csv';
import { attemptsToJson } from '../export/attempts-json';
import type { Attempt } from '../schema/attempt';
import { listAttempts } from '../storage/attempts';
import { activityName, formName, guideName, strings } from '../text/strings';

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
      h('a', { class: 'text-button', attrs: { href: '#/' } }, t.back),
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
    h('thead', {}, h('tr', {}, ...[c.date, c.activity, c.form, c.stage, c.status, c.passed, c.coverage, c.criteria, c.duration].map((name) => h('th', { attrs: { scope: 'col' } }, name)))),
    h('tbody', {}, ...attempts.map((a) =>
      h('tr', { attrs: { 'data-attempt-id': a.id } },
        h('td', {}, dateFormat.format(new Date(a.startedAt))),
        h('td', {}, activityName(a.activity)),
        h('td', {}, formName(a.params.form)),
        h('td', {}, guideName(a.params.guide)),
        h('td', {}, a.status === 'completed' ? t.completed : t.abandoned),
        h('td', {}, a.metrics.passed ? t.yes : t.no),
        h('td', { class: 'number' }, a.metrics.coveragePct.toFixed(0)),
        h('td', { class: 'number', attrs: { title: a.criteria.map((k) => `${k.met ? '✓' : '✗'} ${k.description}`).join('\n') } }, `${a.criteria.filter((k) => k.met).length}/${a.criteria.length}`),
        h('td', { class: 'number' }, `${(a.durationMs / 1000).toFixed(1)} s`)))),
  );
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
