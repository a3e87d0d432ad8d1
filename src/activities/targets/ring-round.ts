import type { InputSample } from '../../input/input-sample';
import type { RingCondition } from './params';
import { ringOrder, ringTargets } from './ring';
import { TapLog, type Tap, type Target } from './tap-log';

/**
 * The ISO 9241-9 ring: for each condition, 13 targets on a circle; the child
 * taps the highlighted one, which is then the next one nearly across. Every
 * touch-down is a selection, hit or miss, and moves on. Headless.
 */
export class RingRound {
  readonly log: TapLog;
  private sequence = 0;
  private step = 0;
  private lastTapMs: number | null = null;
  private readonly order = ringOrder();

  constructor(readonly conditions: readonly RingCondition[], private readonly centre: { x: number; y: number }, originMs: number) {
    this.log = new TapLog(originMs);
    this.presentCurrent();
  }

  get finished(): boolean {
    return this.sequence >= this.conditions.length;
  }

  /** Taps made, of all the round's sequences. */
  get progress(): { done: number; total: number } {
    return { done: this.sequence * this.order.length + this.step, total: this.conditions.length * this.order.length };
  }

  /** The ring being run, and which of its targets is to be tapped. */
  get ring(): { targets: Target[]; current: number } | null {
    if (this.finished) return null;
    return { targets: ringTargets(this.conditions[this.sequence]!, this.centre), current: this.order[this.step]! };
  }

  /**
   * A selection. Says whether it finished the sequence, so the view can show
   * the next ring. A touch older than the last selection (a second finger's,
   * reaching the game late) selects nothing: its movement time would be negative.
   */
  tap(sample: InputSample): { tap: Tap; sequenceDone: boolean } | null {
    if (this.finished || (this.lastTapMs !== null && sample.t < this.lastTapMs)) return null;
    const movementMs = this.lastTapMs === null || this.step === 0 ? 0 : sample.t - this.lastTapMs;
    const tap = this.log.tap(sample, this.sequence, this.log.targets.length - 1, movementMs);
    this.lastTapMs = sample.t;
    this.step++;
    const sequenceDone = this.step >= this.order.length;
    if (sequenceDone) { this.sequence++; this.step = 0; }
    if (!this.finished) this.presentCurrent();
    return { tap, sequenceDone };
  }

  up(sample: InputSample): void {
    const last = this.log.taps.at(-1);
    if (last) this.log.up(sample, last.sequence, last.targetIndex);
  }

  private presentCurrent(): void {
    const ring = this.ring!;
    this.log.present(ring.targets[ring.current]!);
  }
}
