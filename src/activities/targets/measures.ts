import type { Measure } from '../../activity/definition';
import { percent } from '../../metrics/percent';
import type { TargetsSummary } from './summary';

/** What a report charts and a goal can ask of the targets games; each reads only its own game's rounds. */
export const targetsMeasures = {
  hitRatePct: { unit: '%', better: 'higher', read: (a) => (a.metrics.mode === 'pinch' ? null : percent(a.metrics.hits, a.metrics.hits + a.metrics.misses)) },
  targetThresholdMm: { unit: 'mm', better: 'lower', read: (a) => (a.metrics.mode === 'pop' ? a.metrics.thresholdMm : null) },
  movementMs: { unit: 'ms', better: 'lower', read: (a) => (a.metrics.mode === 'pop' ? a.metrics.meanMovementMs : null) },
  throughputBitsPerS: { unit: 'bits/s', better: 'higher', read: (a) => (a.metrics.mode === 'ring' ? a.metrics.throughputBitsPerS : null) },
  pinchFailedGrasps: { unit: 'count', better: 'lower', read: (a) => (a.metrics.mode === 'pinch' ? a.metrics.failedGrasps : null) },
  pinchTotalMs: { unit: 'ms', better: 'lower', read: (a) => (a.metrics.mode === 'pinch' ? a.metrics.totalMs : null) },
} as const satisfies Record<string, Measure<TargetsSummary>>;
