import { createMusicPlayer } from '../audio/music-player';
import { createSoundPlayer } from '../audio/sound-player';
import type { Profile } from '../schema/profile';
import { listProfiles } from '../storage/profiles';
import { onRecordArrived } from '../storage/record-changes';
import { awaitingReload } from '../storage/database';
import { storeUnloadCopies } from '../storage/unload-copies';
import { loadSettings, saveSettings, type Settings } from '../storage/settings';
import { strings } from '../text/strings';
import { parseRoute, type Route } from '../contract/router';
import type { AppServices, Screen, ScreenFactory } from '../contract/services';
import { gateScreen } from './screens/gate';
import { homeScreen } from './screens/home';
import { playScreen } from './screens/play';
import { sessionScreen } from './screens/session';
import { pickerScreen } from './screens/picker';
import { stickerBookScreen } from './screens/sticker-book';
import { activities } from '../registry/activities';
import { guardChildArea } from './touch-guards';
import { watchForUpdates } from './updates';
import { warmGames } from './warm-games';

/** Grown-ups' pages load only when opened: never part of the child's first bundle. */
const grownUpsScreen: ScreenFactory = async (...args) => (await import('../pages/grown-ups')).grownUpsScreen(...args);

function screenFor(route: Route, gateOpen: boolean): ScreenFactory {
  switch (route.path[0]) {
    case undefined: return homeScreen;
    case 'play': return playScreen;
    case 'session': return sessionScreen;
    case 'stickers': return stickerBookScreen;
    // Every grown-up page, deep links included, is behind the gate.
    case 'grown-ups': return gateOpen ? grownUpsScreen : gateScreen;
    case 'data': return redirect('#/grown-ups/data');
    default: {
      // Each activity's picker is at its id: #/trace.
      const activity = activities.get(route.path[0]);
      if (activity) return pickerScreen(activity);
      console.warn(strings.notFound);
      return homeScreen;
    }
  }
}

export async function startApp(root: HTMLElement): Promise<void> {
  guardChildArea();
  // Attempts the last page could not finish storing as it closed.
  await storeUnloadCopies().catch((error: unknown) => console.warn('Deft could not store attempts left from the last visit yet', error));
  const settings: Settings = await loadSettings();
  const sound = createSoundPlayer();
  sound.setMuted(settings.muted);
  sound.setVolume(settings.volume);
  const music = createMusicPlayer();
  music.setVolume(settings.musicVolume);
  let gateOpen = false;
  let profiles = await listProfiles().catch(() => []);
  // One child on this device: no need to ask who is playing.
  let child: Profile | null = profiles.length === 1 ? profiles[0]! : null;
  let chosen = false;
  const updates = watchForUpdates({ childPlaying: () => isChildPlaying(parseRoute(location.hash)) });
  const services: AppServices = {
    sound,
    music,
    settings,
    updateSettings(change) {
      Object.assign(settings, change);
      if (change.muted !== undefined) sound.setMuted(change.muted);
      if (change.volume !== undefined) sound.setVolume(change.volume);
      if (change.musicVolume !== undefined) music.setVolume(change.musicVolume);
      void saveSettings(settings).catch((error: unknown) => console.error('Deft could not save settings', error));
    },
    children: {
      get profiles() { return profiles; },
      get current() { return child; },
      choose(profile) { child = profile; chosen = profile !== null; },
      async reload() {
        profiles = await listProfiles();
        // A child who tapped their face stays chosen; one picked only because they were alone is asked again.
        child = profiles.length === 1 ? profiles[0]! : chosen ? profiles.find((p) => p.id === child?.id) ?? null : null;
        chosen &&= child !== null;
      },
    },
    gate: {
      get open() { return gateOpen; },
      unlock() { gateOpen = true; },
      lock() { gateOpen = false; },
    },
    updates,
  };

  let current: Screen = {};
  let shown = 0; // the newest navigation wins when they overlap
  async function show() {
    const mine = ++shown;
    const route = parseRoute(location.hash);
    // Leaving the grown-ups' area closes the gate behind them.
    if (route.path[0] !== 'grown-ups' && route.path[0] !== 'data') gateOpen = false;
    await current.leave?.('route');
    current.dispose?.();
    current = {};
    if (mine !== shown) return;
    // A new version took over (its files, or its database) while the child played: now, between games, is the safe moment to load it.
    if ((updates.reloadPending || awaitingReload()) && !isChildPlaying(route)) { location.reload(); return; }
    root.replaceChildren();
    delete document.body.dataset.screen;
    // Each screen builds in its own frame, so one overtaken by a newer navigation
    // while it loaded can be taken away whole, and never covers the newer one.
    const frame = document.createElement('div');
    frame.className = 'screen';
    root.append(frame);
    const next = await screenFor(route, gateOpen)(frame, route, services);
    if (mine !== shown) { next.dispose?.(); frame.remove(); return; }
    current = next;
    document.body.dataset.screen = route.path[0] ?? 'home';
  }

  window.addEventListener('hashchange', () => void show());
  // A child another tablet added, brought by clinic sync: in the list from now on.
  onRecordArrived((kind) => { if (kind === 'profile') void services.children.reload(); });
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) void current.leave?.('hidden');
    else current.resume?.();
  });
  // Closing the tab: keep what the child did (IndexedDB finishes the write if the page lingers long enough).
  window.addEventListener('pagehide', () => void current.leave?.('hidden'));
  await show();
  warmGames(activities.values());
  // Clinic sync, when a grown-up turned it on: behind the first screen, never ahead of it.
  if (settings.clinicSync?.on) {
    const config = settings.clinicSync;
    void import('../sync/clinic-sync').then((sync) => sync.startClinicSync(config)).catch((error: unknown) => console.warn('Deft could not start clinic sync', error));
  }
}

/** Screens where an attempt may be under way. */
function isChildPlaying(route: Route): boolean {
  return route.path[0] === 'play' || route.path[0] === 'session';
}

/** A route that only sends on to another (old links keep working). */
function redirect(hash: string): ScreenFactory {
  return () => {
    location.replace(hash);
    return {};
  };
}
