import { render, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Updates } from '../contract/services';
import type { ScreenFactory } from '../contract/services';
import { strings } from '../text/strings';
import { ChildrenPage } from './children-page';
import { DataPage } from './data-page';
import { PlansPage } from './plans-page';
import { ReportPage } from './report-page';
import { SessionPage } from './session-page';
import { SendResults } from './send-results';
import { SettingsPage } from './settings-page';

const t = strings.grownUps;
const TITLES: Record<string, string> = { children: t.children, plans: strings.plans.title, reports: strings.reports.title, settings: strings.settings.title, data: strings.data.title };

/**
 * The grown-ups' area, past the gate: its own small router under
 * #/grown-ups. Pages are Preact components; they use schema, storage and
 * export, never scenes.
 */
export const grownUpsScreen: ScreenFactory = async (root, route, services) => {
  const section = route.path[1];
  const container = document.createElement('div');
  container.className = 'grown-ups-page';
  root.append(container);
  render(
    <Frame title={TITLES[section ?? ''] ?? t.title} back={section ? '#/grown-ups' : '#/'} updates={services.updates}>
      {section === 'children' ? <ChildrenPage services={services} editing={route.path[2] ?? null} />
        : section === 'plans' ? <PlansPage services={services} route={route} />
        : section === 'reports' && route.path[2] === 'session' ? <SessionPage services={services} sessionId={route.path[3] ?? ''} />
        : section === 'reports' ? <ReportPage services={services} query={route.query} />
        : section === 'settings' ? <SettingsPage services={services} />
        : section === 'data' ? <DataPage services={services} />
        : <><SendResults services={services} /><Menu /></>}
    </Frame>,
    container,
  );
  return { dispose: () => render(null, container) };
};

function Frame({ title, back, updates, children }: { title: string; back: string; updates: Updates; children: ComponentChildren }) {
  return (
    <main class="page">
      <header>
        <a class="text-button" href={back}>{back === '#/' ? t.back : t.title}</a>
        <h1>{title}</h1>
      </header>
      <UpdatePrompt updates={updates} />
      {children}
    </main>
  );
}

/** Shown only here, never to the child: the grown-up chooses when the app reloads. */
function UpdatePrompt({ updates }: { updates: Updates }) {
  const [ready, setReady] = useState(updates.ready);
  const [updating, setUpdating] = useState(false);
  useEffect(() => updates.onReady(() => setReady(true)), [updates]);
  if (!ready) return null;
  return (
    <p class="update-prompt" role="status">
      {t.updateReady}{' '}
      <button type="button" disabled={updating} onClick={() => { setUpdating(true); void updates.apply(); }}>{updating ? t.updating : t.updateNow}</button>
    </p>
  );
}

function Menu() {
  return (
    <nav class="menu" aria-label={t.title}>
      <a class="menu-item" href="#/grown-ups/children">{t.children}</a>
      <a class="menu-item" href="#/grown-ups/plans">{t.plans}</a>
      <a class="menu-item" href="#/grown-ups/reports">{t.reports}</a>
      <a class="menu-item" href="#/grown-ups/data">{t.data}</a>
      <a class="menu-item" href="#/grown-ups/settings">{t.settings}</a>
    </nav>
  );
}
