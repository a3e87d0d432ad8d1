import type { InputSample } from '../../input/input-sample';
import type { PlacedSpot } from './layout';
import type { Cue, FingersRound } from './round';
import type { TouchRecorder } from './touch-recorder';

/** Between one hand's window and the other's: long enough to shake the first hand out and see the target move. */
export const REST_MS = 3000;
/** The last window closes this much after its time is up: a tap made in time but delivered a frame late still lands in the record. */
const GRACE_MS = 250;

/** One hand's turn: the side its target is on, and its window, from the first tap (ms since the round began; null until then). */
export interface SpeedPhase { readonly hand: 'left' | 'right'; from: number | null; readonly windowMs: number }

/**
 * Tapping speed: one target, on the tapping hand's side, tapped as fast as
 * possible; the window opens with the first tap (so reaction time is not
 * counted) and runs `windowMs`. Then a rest, and the other hand's target on
 * its side. Which taps count is decided later, from the log, by their own
 * times (tapping.ts), so a tap the browser delivered late is still counted
 * where it belongs.
 */
export class SpeedRound implements FingersRound {
  readonly phases: SpeedPhase[];
  /** Which phase is showing; phases.length when all are over. */
  current = 0;
  resting = false;
  finished = false;
  private restUntil = 0;

  constructor(readonly touches: TouchRecorder, private readonly spots: readonly PlacedSpot[], hands: readonly ('left' | 'right')[], windowMs: number, private readonly cue: Cue) {
    this.phases = hands.map((hand) => ({ hand, from: null, windowMs }));
  }

  /** The target showing, if a hand's turn is on. */
  get target(): PlacedSpot | null {
    const phase = this.phases[this.current];
    return phase && !this.resting ? this.spots.find((s) => s.role === phase.hand)! : null;
  }

  /** How much of the showing window is left, 0..1 (1 until the first tap). */
  left(nowMs: number): number {
    const phase = this.phases[this.current];
    if (!phase || phase.from === null) return 1;
    return Math.max(0, 1 - (this.touches.since(nowMs) - phase.from) / phase.windowMs);
  }

  down(s: InputSample): void {
    const contact = this.touches.down(s);
    const phase = this.phases[this.current];
    if (!phase || this.resting) return;
    if (phase.from === null) { phase.from = contact.down; this.cue('begin'); }
  }

  move(s: InputSample): void {
    this.touches.move(s);
  }

  up(s: InputSample): void {
    this.touches.up(s);
  }

  cancel(pointerId: number, nowMs: number): void {
    this.touches.cancel(pointerId, nowMs);
  }

  tick(nowMs: number): void {
    const t = this.touches.since(nowMs);
    if (this.resting) {
      if (t >= this.restUntil) this.resting = false;
      return;
    }
    const phase = this.phases[this.current];
    if (!phase || phase.from === null || t < phase.from + phase.windowMs) return;
    const last = this.current === this.phases.length - 1;
    if (last) { this.finished ||= t >= phase.from + phase.windowMs + GRACE_MS; return; }
    this.current++;
    this.resting = true;
    this.restUntil = t + REST_MS;
    this.cue('rest');
  }
}
