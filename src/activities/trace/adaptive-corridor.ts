import { JustRight } from '../../adaptive/just-right';
import type { TraceParams } from './params';
import type { TraceAttempt } from './record';

/** The just-right corridor (src/adaptive/just-right.ts), in tracing's words. */
export class AdaptiveCorridor extends JustRight {
  constructor(params: Pick<TraceParams, 'corridorMm' | 'adaptiveMinMm' | 'adaptiveMaxMm'>) {
    super(params.corridorMm, { min: params.adaptiveMinMm, max: params.adaptiveMaxMm });
  }

  /** The corridor for the next attempt. */
  get corridorMm(): number {
    return this.value;
  }

  /** The record's `adaptive` part for an attempt at the current corridor. */
  recordFor(status: 'completed' | 'abandoned', passed: boolean): NonNullable<TraceAttempt['adaptive']> {
    const step = this.stepFor(status, passed);
    return { corridorMm: step.value, nextCorridorMm: step.next, reversals: step.reversals, thresholdMm: step.threshold };
  }
}
