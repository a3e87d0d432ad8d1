/** How the guide looks right now: it shows its feelings, never a verdict. */
export type GuideMood = 'idle' | 'watching' | 'cheering' | 'encouraging';

/** What the coach asks of the scene: show the child what to do, or nothing. */
export type CoachCue = 'demonstrate' | null;

export interface CoachOptions {
  /** Misses in a row before the guide shows again: one miss is part of learning, two say "show me". */
  missesBeforeDemo?: number;
  /** Hands off this long during a try and the guide shows again: a child who is stuck does not ask. */
  idleMs?: number;
  /** How long a cheer or an encouragement shows before the guide goes back to watching. */
  reactionMs?: number;
  /** Whether the guide demonstrates at all (a therapist may test without one). */
  demonstrates?: boolean;
}

/** Long enough not to interrupt a child who is thinking; short enough that a stuck child is not left alone. */
const IDLE_MS = 9000;
const MISSES_BEFORE_DEMO = 2;
const REACTION_MS = 1800;

/**
 * When the guide shows what to do and how it feels, with no Phaser and no
 * DOM. It demonstrates before the first try of a round, after two misses in
 * a row, and when the child has not touched for a while; it cheers a
 * success and encourages after a miss. Times are on the caller's clock (ms).
 */
export class Coach {
  private readonly options: Required<CoachOptions>;
  private missesInRow = 0;
  private triedThisRound = false;
  private demonstrating = false;
  /** When the child, or the guide, last did something: idleness counts from it. */
  private lastActivityAt = 0;
  private moodUntil = 0;
  private reaction: GuideMood = 'idle';

  constructor(options: CoachOptions = {}) {
    this.options = { missesBeforeDemo: MISSES_BEFORE_DEMO, idleMs: IDLE_MS, reactionMs: REACTION_MS, demonstrates: true, ...options };
  }

  /**
   * A round begins. It is shown first when it is the first, or when the last
   * round needed help (two misses in a row at its end): a child who just
   * managed is trusted to remember.
   */
  roundBegan(now: number, first: boolean): CoachCue {
    const needsShowing = first || this.missesInRow >= this.options.missesBeforeDemo;
    this.triedThisRound = false;
    this.lastActivityAt = now;
    if (needsShowing) this.missesInRow = 0;
    return needsShowing ? this.startDemo(now) : null;
  }

  /** A try of the same round begins again (tracing's next attempt): idleness counts from now. */
  tryBegan(now: number): void {
    this.lastActivityAt = now;
  }

  /** The child touched: any demonstration gives way, and the guide watches. */
  touched(now: number): void {
    this.triedThisRound = true;
    this.demonstrating = false;
    this.lastActivityAt = now;
  }

  /** A small success within a round (a target hit): the misses are forgotten; the game's own feedback says the rest, and the guide stays calm. */
  succeeded(): void {
    this.missesInRow = 0;
  }

  /** A round won, or the effort of a round celebrated: the guide cheers. */
  celebrated(now: number): void {
    this.missesInRow = 0;
    this.react('cheering', now);
  }

  /** A miss: the guide encourages; the second in a row brings a demonstration. */
  missed(now: number): CoachCue {
    this.missesInRow++;
    this.react('encouraging', now);
    if (this.missesInRow < this.options.missesBeforeDemo) return null;
    this.missesInRow = 0;
    return this.startDemo(now);
  }

  /** The demonstration ended (or was stopped by the scene). */
  demoEnded(now: number): void {
    this.demonstrating = false;
    this.lastActivityAt = now;
  }

  /** Each frame of a try (not while a result shows): a demonstration when the child has been still too long. */
  tick(now: number): CoachCue {
    if (this.demonstrating || now - this.lastActivityAt < this.options.idleMs) return null;
    return this.startDemo(now);
  }

  /** The guide's look at `now`. */
  mood(now: number): GuideMood {
    if (now < this.moodUntil) return this.reaction;
    if (this.demonstrating) return 'idle';
    return this.triedThisRound ? 'watching' : 'idle';
  }

  get isDemonstrating(): boolean {
    return this.demonstrating;
  }

  private startDemo(now: number): CoachCue {
    this.lastActivityAt = now;
    if (!this.options.demonstrates) return null;
    this.demonstrating = true;
    return 'demonstrate';
  }

  private react(mood: GuideMood, now: number): void {
    this.reaction = mood;
    this.moodUntil = now + this.options.reactionMs;
  }
}
