import type Phaser from 'phaser';
import type { SoundName } from '../../audio/sound-player';
import type { InputSample } from '../../input/input-sample';
import type { HandPose, HandScript } from '../../stage/hand-script';
import type { TargetsGame } from './build-record';

/** What the scene lends a game's view: where to draw, in mm, its sounds, and the end of the round. */
export interface ModeStage {
  readonly scene: Phaser.Scene;
  toGame(x: number, y: number): { x: number; y: number };
  mm(mm: number): number;
  play(sound: SoundName): void;
  /** Keeps a drawn object until the round is cleared. */
  track<T extends Phaser.GameObjects.GameObject>(object: T): T;
  /** Every target shown, or every object in the jar: the round is over. */
  finish(): void;
  /** A target hit, or an object in the jar: the guide is pleased. */
  hit(): void;
  /** A tap beside the target, or one finger where two are needed: the guide encourages. */
  missed(): void;
}

/** What the guide's hands show of a game as it stands, and what moves with them. */
export interface ModeDemo {
  readonly scripts: readonly HandScript[];
  onFrame?(poses: readonly HandPose[]): void;
  onEnd?(): void;
}

/** One game of targets (pop, ring, pinch) on the stage: its round, fed the input, drawn as it goes. */
export interface ModeView {
  readonly game: TargetsGame;
  down(sample: InputSample): void;
  move(samples: readonly InputSample[]): void;
  up(sample: InputSample): void;
  /** The browser took the pointer (`palm`: a pen came down and this touch was a resting hand). */
  cancel(pointerId: number, palm: boolean): void;
  tick(now: number): void;
  /** The demonstration for the game as it stands: null when there is nothing to show yet. */
  demo(): ModeDemo | null;
}

/** A small mark where the finger touched: a miss shows where it landed. */
export const TOUCH_MARK_MM = 4;
