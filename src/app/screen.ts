import type { LeaveReason } from '../activities/activity';
import type { SoundPlayer } from '../audio/sound-player';
import type { Settings } from '../storage/settings';
import type { Route } from './router';

/** What every screen can use. */
export interface AppServices {
  readonly sound: SoundPlayer;
  readonly settings: Settings;
  updateSettings(change: Partial<Settings>): void;
}

/** A mounted screen. The app asks it to leave before showing the next one. */
export interface Screen {
  leave?(reason: LeaveReason): Promise<void>;
  /** The page is visible again after being hidden. */
  resume?(): void;
  dispose?(): void;
}

export type ScreenFactory = (root: HTMLElement, route: Route, services: AppServices) => Screen | Promise<Screen>;
