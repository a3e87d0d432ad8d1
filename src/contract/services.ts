import type { LeaveReason } from '../activity/definition';
import type { MusicPlayer } from '../audio/music-player';
import type { SoundPlayer } from '../audio/sound-player';
import type { Profile } from '../schema/profile';
import type { Settings } from '../storage/settings';
import type { Route } from './router';

/** What every screen can use. */
export interface AppServices {
  readonly sound: SoundPlayer;
  readonly music: MusicPlayer;
  readonly settings: Settings;
  updateSettings(change: Partial<Settings>): void;
  /** Every child's profile on this device, and the child playing now (null: nobody chosen, or no profiles). */
  readonly children: {
    readonly profiles: readonly Profile[];
    readonly current: Profile | null;
    choose(profile: Profile | null): void;
    /** Read the profiles again after the grown-ups changed them. */
    reload(): Promise<void>;
  };
  /** The grown-ups' gate: open only after the hold (and the PIN, when one is set). */
  readonly gate: { readonly open: boolean; unlock(): void; lock(): void };
  /** A new version of the app waiting for a grown-up's go-ahead. */
  readonly updates: Updates;
}

/** A mounted screen. The app asks it to leave before showing the next one. */
export interface Screen {
  leave?(reason: LeaveReason): Promise<void>;
  /** The page is visible again after being hidden. */
  resume?(): void;
  dispose?(): void;
}

export type ScreenFactory = (root: HTMLElement, route: Route, services: AppServices) => Screen | Promise<Screen>;

/** A new version of the app, waiting for a grown-up's go-ahead. */
export interface Updates {
  readonly ready: boolean;
  /** Called once a new version is waiting; returns the unsubscribe. */
  onReady(listener: () => void): () => void;
  /** Switch to the waiting version; the page reloads when it has taken over. */
  apply(): Promise<void>;
  /** The new version has taken over (from this tab or another): reload now if nobody is playing, else at the next safe moment. */
  readonly reloadPending: boolean;
}
