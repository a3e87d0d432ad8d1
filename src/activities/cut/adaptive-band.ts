import { JustRight } from '../../adaptive/just-right';
import type { CutParams } from './params';
import type { CutAttempt } from './record';

/** The just-right band (src/adaptive/just-right.ts), in cutting's words. */
export class AdaptiveBand extends JustRight {
  constructor(params: Pick<CutParams, 'toleranceMm' | 'adaptiveMinMm' | 'adaptiveMaxMm'>) {
    super(params.toleranceMm, { min: params.adaptiveMinMm, max: params.adaptiveMaxMm });
  }

  /** The band for the next attempt. */
  get toleranceMm(): number {
    return this.value;
  }

  /** The record's `adaptive` part for an attempt at the current band. */
  recordFor(status: 'completed' | 'abandoned', passed: boolean): NonNullable<CutAttempt['adaptive']> {
    const step = this.stepFor(status, passed);
    return { toleranceMm: step.value, nextToleranceMm: step.next, reversals: step.reversals, thresholdMm: step.threshold };
  }
}
