import type { Measure } from '../../activity/definition';
import type { TraceSummary } from './summary';

/** Measured against the path: nothing for a copy too small to fit the model to. */
const againstPath = (a: TraceSummary, value: number) => (a.metrics.tooSmallToScore ? null : value);

/** What a report charts and a goal can ask of tracing. */
export const traceMeasures = {
  coveragePct: { unit: '%', better: 'higher', read: (a) => againstPath(a, a.metrics.coveragePct) },
  inBandPct: { unit: '%', better: 'higher', read: (a) => againstPath(a, a.metrics.inBandPct) },
  meanDeviationMm: { unit: 'mm', better: 'lower', read: (a) => againstPath(a, a.metrics.meanDeviationMm) },
  drawingMs: { unit: 'ms', better: 'lower', read: (a) => a.metrics.drawingMs },
  corridorThresholdMm: { unit: 'mm', better: 'lower', read: (a) => a.adaptive?.thresholdMm ?? null },
} as const satisfies Record<string, Measure<TraceSummary>>;
