import type { z } from 'zod';
import type { SoundPlayer } from '../audio/sound-player';
import type { Attempt } from '../schema/attempt';
import type { EndReason } from '../schema/parts';

/** What the app lends an activity while it runs. */
export interface ActivityHost {
  /** The element the activity fills. */
  readonly parent: HTMLElement;
  /** CSS px per mm of this screen: the input boundary's one conversion factor. */
  readonly pxPerMm: number;
  readonly profileId: string | null;
  /** The child's drawing hand: layouts keep models and buttons out from under it. */
  readonly handedness: 'left' | 'right';
  readonly sound: SoundPlayer;
  /** Stores a finished or abandoned attempt. Never rejects: a failure is logged and the game goes on. */
  saveAttempt(record: Attempt): Promise<void>;
  /** A short message for the grown-up beside the child (the game goes on). */
  showNotice(message: string): void;
  /** Shows or hides the "done" check the child can press to finish early. */
  setDoneVisible(visible: boolean): void;
}

export type LeaveReason = Extract<EndReason, 'home' | 'hidden' | 'route' | 'paused' | 'skipped'>;

/** What the app can ask of a running activity. */
export interface ActivityController {
  /** The child pressed the "done" check. */
  done(): void;
  /** The child is leaving: save the unfinished attempt, if touched, as abandoned. */
  leave(reason: LeaveReason): Promise<void>;
  /** The page is visible again after being hidden: start afresh. */
  resume(): void;
  destroy(): void;
}

/**
 * One activity as the rest of the app sees it: its parameters and how to
 * start it. The Phaser scene is loaded only when the activity starts, so
 * nothing that merely lists activities pulls in Phaser.
 */
export interface ActivityDefinition<Schema extends z.ZodObject = z.ZodObject> {
  readonly id: string;
  readonly paramsSchema: Schema;
  /** Short names of the parameters in links. */
  readonly urlNames: Readonly<Record<keyof z.infer<Schema>, string>>;
  /** What the child is asked to do, in a few words: read aloud when spoken instructions are on. */
  instruction(params: z.infer<Schema>): string;
  mount(host: ActivityHost, params: z.infer<Schema>): Promise<ActivityController>;
}
