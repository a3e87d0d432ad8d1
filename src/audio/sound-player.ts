import { Howl, Howler } from 'howler';
import dropUrl from '../../assets/sounds/drop.wav?url';
import retryUrl from '../../assets/sounds/retry.wav?url';
import starUrl from '../../assets/sounds/star.wav?url';
import snipUrl from '../../assets/sounds/snip.wav?url';
import startUrl from '../../assets/sounds/start.wav?url';
import successUrl from '../../assets/sounds/success.wav?url';
import wrongUrl from '../../assets/sounds/wrong.wav?url';

const SOURCES = { success: successUrl, retry: retryUrl, start: startUrl, star: starUrl, drop: dropUrl, wrong: wrongUrl, snip: snipUrl } as const;
export type SoundName = keyof typeof SOURCES;

export interface SoundPlayer {
  play(name: SoundName): void;
  readonly muted: boolean;
  setMuted(muted: boolean): void;
  /** 0..1, for the sound effects (music and voice have their own). */
  setVolume(volume: number): void;
}

/**
 * The app's sounds through Howler. Browsers start audio suspended until a
 * gesture, and iOS leaves it "interrupted" after the tablet sleeps, so the
 * context is resumed on every touch and whenever the page comes back.
 */
export function createSoundPlayer(): SoundPlayer {
  // Loaded up front (a few small same-origin files), so the first touch's sound is not late.
  const howls = new Map(Object.entries(SOURCES).map(([name, src]) => [name as SoundName, new Howl({ src: [src], preload: true })]));
  let muted = false;
  const howl = (name: SoundName) => howls.get(name)!;
  const resume = () => {
    const ctx = Howler.ctx as AudioContext | undefined;
    if (ctx && ctx.state !== 'running') void ctx.resume().catch(() => undefined);
  };
  document.addEventListener('pointerdown', resume, { capture: true });
  document.addEventListener('visibilitychange', () => { if (!document.hidden) resume(); });
  window.addEventListener('pageshow', resume);
  return {
    play(name) {
      if (muted) return;
      resume();
      howl(name).play();
    },
    get muted() { return muted; },
    setMuted(value) {
      muted = value;
      Howler.mute(value);
    },
    setVolume(volume) {
      // Each sound's own volume: Howler's master gain also carries the music.
      for (const h of howls.values()) h.volume(volume);
    },
  };
}
