import { staircaseThreshold, startStaircase, stepStaircase, type StaircaseRule, type StaircaseState } from './staircase';

/** 2-down/1-up settles where the child succeeds about 71% of the time; steps of 20%. */
export const TWO_DOWN_ONE_UP = { downAfter: 2, upAfter: 1, ratio: 0.8 } as const;

/** What a record says of one attempt at the staircase's value. */
export interface JustRightStep {
  readonly value: number;
  /** The value of the next attempt. */
  readonly next: number;
  readonly reversals: number;
  /** Mean value at the last six reversals; null before six. */
  readonly threshold: number | null;
}

/**
 * A just-right difficulty (a corridor, a band) that outlives attempts: asked
 * each attempt's value, told each completed attempt's result. Abandoned
 * attempts do not move it.
 */
export class JustRight {
  private state: StaircaseState;
  private readonly rule: StaircaseRule;

  constructor(start: number, limits: { readonly min: number; readonly max: number }, steps: Omit<StaircaseRule, 'min' | 'max'> = TWO_DOWN_ONE_UP) {
    this.rule = { ...steps, min: Math.min(limits.min, limits.max), max: Math.max(limits.min, limits.max) };
    this.state = startStaircase(start, this.rule);
  }

  /** The value for the next attempt. */
  get value(): number {
    return this.state.value;
  }

  /** The record of an attempt at the current value, and where it leaves the staircase. */
  stepFor(status: 'completed' | 'abandoned', passed: boolean): JustRightStep {
    const next = status === 'completed' ? stepStaircase(this.state, passed, this.rule) : this.state;
    return { value: this.state.value, next: next.value, reversals: next.reversals.length, threshold: staircaseThreshold(next) };
  }

  /** A completed attempt's result moves the staircase. */
  advance(passed: boolean): void {
    this.state = stepStaircase(this.state, passed, this.rule);
  }
}
