import { staircaseThreshold, startStaircase, stepStaircase, type StaircaseRule, type StaircaseState } from '../../adaptive/staircase';
import type { TraceParams } from './params';
import type { TraceAttempt } from './record';

/** 2-down/1-up settles where the child passes about 71% of the time; steps of 20%. */
const CORRIDOR_STAIRCASE = { downAfter: 2, upAfter: 1, ratio: 0.8 } as const;

/**
 * The just-right corridor: headless state that outlives attempts, asked for
 * each attempt's corridor and told each completed attempt's result.
 */
export class AdaptiveCorridor {
  private state: StaircaseState;
  private readonly rule: StaircaseRule;

  constructor(params: Pick<TraceParams, 'corridorMm' | 'adaptiveMinMm' | 'adaptiveMaxMm'>) {
    this.rule = { ...CORRIDOR_STAIRCASE, min: Math.min(params.adaptiveMinMm, params.adaptiveMaxMm), max: Math.max(params.adaptiveMinMm, params.adaptiveMaxMm) };
    this.state = startStaircase(params.corridorMm, this.rule);
  }

  /** The corridor for the next attempt. */
  get corridorMm(): number {
    return this.state.value;
  }

  /** The record's `adaptive` part for an attempt at the current corridor (abandoned attempts do not move the staircase). */
  recordFor(status: 'completed' | 'abandoned', passed: boolean): NonNullable<TraceAttempt['adaptive']> {
    const next = status === 'completed' ? stepStaircase(this.state, passed, this.rule) : this.state;
    return { corridorMm: this.state.value, nextCorridorMm: next.value, reversals: next.reversals.length, thresholdMm: staircaseThreshold(next) };
  }

  /** A completed attempt's result moves the staircase. */
  advance(passed: boolean): void {
    this.state = stepStaircase(this.state, passed, this.rule);
  }
}
