import type { Updates } from '../contract/services';
import { registerSW } from 'virtual:pwa-register';

/** A new version of the app, downloaded and waiting; only a grown-up lets it in. */

export interface UpdateOptions {
  /** True while a child could be mid-attempt: a reload then would cut the attempt short. */
  childPlaying(): boolean;
}

/**
 * Registers the service worker that keeps every file for offline play. A new
 * version never replaces the running one by itself (registerType "prompt"):
 * it waits until a grown-up taps "update" in the grown-ups' area, and a page
 * where a child is playing is never reloaded.
 */
export function watchForUpdates({ childPlaying }: UpdateOptions): Updates {
  let ready = false;
  let reloadPending = false;
  const listeners = new Set<() => void>();
  // The dev server builds no service worker: npm start always serves the newest files.
  const update = !import.meta.env.PROD ? async () => undefined : registerSW({
    immediate: true,
    onNeedRefresh() {
      ready = true;
      for (const listener of listeners) listener();
    },
    onNeedReload() {
      if (childPlaying()) reloadPending = true;
      else location.reload();
    },
    onRegisterError: (error: unknown) => console.warn('Deft works online only: the offline files could not be set up', error),
  });
  return {
    get ready() { return ready; },
    get reloadPending() { return reloadPending; },
    onReady(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    apply: () => update(true),
  };
}
