import { staircaseThreshold, startStaircase, stepStaircase, type StaircaseRule, type StaircaseState } from '../../adaptive/staircase';
import type { InputSample } from '../../input/input-sample';
import { seededRandom, type Random } from '../../random/seeded-random';
import type { TargetsParams } from './params';
import { TapLog, type Tap, type Target } from './tap-log';

export interface MmArea { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

/** A new bubble appears at least this far from the last, so every tap is a real movement (when the screen allows). */
const MIN_JUMP_MM = 40;
const PLACE_TRIES = 60;

/**
 * Pop: bubbles one at a time; each trial ends at the first touch-down, a hit
 * or a miss. With the staircase (3-down/1-up, Levitt 1971) the diameter
 * shrinks after three hits in a row and grows after a miss, settling where
 * the child hits about 79% of the time. Headless: no Phaser, no DOM.
 */
export class PopRound {
  readonly log: TapLog;
  /** Per trial: the diameter it was shown at and whether it was hit. */
  readonly trace: { diameterMm: number; hit: boolean }[] = [];
  private state: StaircaseState;
  private readonly rule: StaircaseRule;
  private readonly random: Random;
  private shown: { index: number; atMs: number } | null = null;

  constructor(private readonly params: Pick<TargetsParams, 'sizeMm' | 'adaptive' | 'stepPct' | 'minMm' | 'maxMm' | 'trials'>, private readonly area: MmArea, seed: number, originMs: number) {
    this.log = new TapLog(originMs);
    this.random = seededRandom(seed);
    this.rule = { downAfter: 3, upAfter: 1, ratio: 1 - params.stepPct / 100, min: Math.min(params.minMm, params.maxMm), max: Math.max(params.minMm, params.maxMm) };
    this.state = startStaircase(params.sizeMm, params.adaptive ? this.rule : { ...this.rule, min: params.sizeMm, max: params.sizeMm });
  }

  get current(): Target | null {
    return this.shown ? this.log.targets[this.shown.index]! : null;
  }

  get finished(): boolean {
    return this.trace.length >= this.params.trials;
  }

  /** Bubbles shown and gone, of all the round's. */
  get progress(): { done: number; total: number } {
    return { done: this.trace.length, total: this.params.trials };
  }

  /** The staircase's estimate so far: mean diameter at the last six reversals. */
  get thresholdMm(): number | null {
    return staircaseThreshold(this.state);
  }

  get reversals(): readonly number[] {
    return this.state.reversals;
  }

  /** Shows the next bubble, at the staircase's size, somewhere new. */
  next(nowMs: number): Target | null {
    if (this.finished) return null;
    const diameterMm = this.state.value;
    const index = this.log.present({ ...this.place(diameterMm), diameterMm });
    this.shown = { index, atMs: nowMs };
    return this.log.targets[index]!;
  }

  /**
   * A touch-down: the trial's answer. Null when no bubble is waiting (between
   * bubbles), and for a finger that came down before this bubble appeared:
   * on a busy frame such a touch reaches the game after the bubble is shown,
   * and it answers nothing (its movement time would be negative).
   */
  tap(sample: InputSample): Tap | null {
    if (!this.shown || sample.t < this.shown.atMs) return null;
    const tap = this.log.tap(sample, 0, this.shown.index, sample.t - this.shown.atMs);
    this.trace.push({ diameterMm: this.log.targets[this.shown.index]!.diameterMm, hit: tap.hit });
    if (this.params.adaptive) this.state = stepStaircase(this.state, tap.hit, this.rule);
    this.shown = null;
    return tap;
  }

  up(sample: InputSample): void {
    const last = this.log.taps.at(-1);
    if (last) this.log.up(sample, 0, last.targetIndex);
  }

  private place(diameterMm: number): { x: number; y: number } {
    const r = diameterMm / 2;
    const previous = this.log.targets.at(-1);
    let spot = { x: 0, y: 0 };
    for (let i = 0; i < PLACE_TRIES; i++) {
      spot = { x: this.area.x + r + this.random() * Math.max(0, this.area.width - diameterMm), y: this.area.y + r + this.random() * Math.max(0, this.area.height - diameterMm) };
      if (!previous || Math.hypot(spot.x - previous.x, spot.y - previous.y) >= MIN_JUMP_MM) break;
    }
    return spot;
  }
}
