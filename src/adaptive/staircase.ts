/**
 * An adaptive staircase (Levitt 1971, J. Acoust. Soc. Am. 49:467): the task
 * gets harder after `downAfter` successes in a row and easier after
 * `upAfter` failures, by a constant ratio, within limits. 2-down/1-up
 * settles where the child succeeds about 71% of the time; 3-down/1-up near
 * 79%: hard enough to learn from, easy enough to stay willing.
 */
export interface StaircaseRule {
  readonly min: number;
  readonly max: number;
  /** Successes in a row before the next, harder step. */
  readonly downAfter: number;
  /** Failures in a row before the next, easier step. */
  readonly upAfter: number;
  /** Harder means value × ratio (ratio < 1 shrinks a corridor or a target); easier means value ÷ ratio. */
  readonly ratio: number;
}

export interface StaircaseState {
  readonly value: number;
  /** Successes (positive) or failures (negative) in a row at this value. */
  readonly run: number;
  readonly lastStep: 'harder' | 'easier' | null;
  /** The value at each reversal of direction, oldest first. */
  readonly reversals: readonly number[];
}

export function startStaircase(value: number, rule: StaircaseRule): StaircaseState {
  return { value: clamp(value, rule), run: 0, lastStep: null, reversals: [] };
}

/** The state after one more trial. */
export function stepStaircase(state: StaircaseState, succeeded: boolean, rule: StaircaseRule): StaircaseState {
  const run = succeeded ? Math.max(0, state.run) + 1 : Math.min(0, state.run) - 1;
  const step = run >= rule.downAfter ? 'harder' : -run >= rule.upAfter ? 'easier' : null;
  if (!step) return { ...state, run };
  const reversed = state.lastStep !== null && state.lastStep !== step;
  return {
    value: clamp(step === 'harder' ? state.value * rule.ratio : state.value / rule.ratio, rule),
    run: 0,
    lastStep: step,
    reversals: reversed ? [...state.reversals, state.value] : state.reversals,
  };
}

/** Levitt's estimate: the mean value at the last `count` reversals; null until there are that many. */
export function staircaseThreshold(state: StaircaseState, count = 6): number | null {
  if (state.reversals.length < count) return null;
  const last = state.reversals.slice(-count);
  return last.reduce((a, b) => a + b, 0) / count;
}

function clamp(value: number, { min, max }: StaircaseRule): number {
  return Math.min(max, Math.max(min, value));
}
