import { createSoundPlayer } from '../audio/sound-player';
import { loadSettings, saveSettings, type Settings } from '../storage/settings';
import { strings } from '../text/strings';
import { parseRoute, type Route } from './router';
import type { AppServices, Screen, ScreenFactory } from './screen';
import { homeScreen } from './screens/home';
import { playScreen } from './screens/play';
import { sortPickerScreen, targetsPickerScreen } from './screens/pickers';
import { tracePickerScreen } from './screens/trace-picker';

/** Grown-ups' pages load only when opened: never part of the child's first bundle. */
const dataScreen: ScreenFactory = async (...args) => (await import('../pages/data-page')).dataScreen(...args);

function screenFor(route: Route): ScreenFactory {
  switch (route.path[0]) {
    case undefined: return homeScreen;
    case 'trace': return tracePickerScreen;
    case 'sort': return sortPickerScreen;
    case 'targets': return targetsPickerScreen;
    case 'play': return playScreen;
    case 'data': return dataScreen;
    default:
      console.warn(strings.notFound);
      return homeScreen;
  }
}

export async function startApp(root: HTMLElement): Promise<void> {
  const settings: Settings = await loadSettings();
  const sound = createSoundPlayer();
  sound.setMuted(settings.muted);
  const services: AppServices = {
    sound,
    settings,
    updateSettings(change) {
      Object.assign(settings, change);
      if (change.muted !== undefined) sound.setMuted(change.muted);
      void saveSettings(settings).catch((error: unknown) => console.error('Deft could not save settings', error));
    },
  };

  let current: Screen = {};
  let shown = 0; // the newest navigation wins when they overlap
  async function show() {
    const mine = ++shown;
    const route = parseRoute(location.hash);
    await current.leave?.('route');
    current.dispose?.();
    current = {};
    if (mine !== shown) return;
    root.replaceChildren();
    delete document.body.dataset.screen;
    const next = await screenFor(route)(root, route, services);
    if (mine !== shown) { next.dispose?.(); return; }
    current = next;
    document.body.dataset.screen = route.path[0] ?? 'home';
  }

  window.addEventListener('hashchange', () => void show());
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) void current.leave?.('hidden');
    else current.resume?.();
  });
  // Closing the tab: keep what the child did (IndexedDB finishes the write if the page lingers long enough).
  window.addEventListener('pagehide', () => void current.leave?.('hidden'));
  await show();
}
