import type { InputSample } from '../../input/input-sample';
import type { TouchRecorder } from './touch-recorder';

/** What a round tells the scene as it goes, for sound and the guide: a hit, a miss, a part begun or ended. */
export type FingersCue = 'hit' | 'miss' | 'begin' | 'rest' | 'lift';

/**
 * One fingers game being played, headless: contacts in (performance.now()
 * ms, screen mm), what to show out. `tick` moves it on in time; `finished`
 * says the attempt is complete. The scene draws it and records it.
 */
export interface FingersRound {
  readonly touches: TouchRecorder;
  down(s: InputSample): void;
  move(s: InputSample): void;
  up(s: InputSample): void;
  cancel(pointerId: number, nowMs: number): void;
  tick(nowMs: number): void;
  readonly finished: boolean;
}

export type Cue = (cue: FingersCue) => void;
