import type { AttemptSummary } from './attempt-summary';

/**
 * The numbers a report charts and a goal can ask for, one per id, each read
 * from a stored attempt. `better` says which way is progress, so a goal
 * defaults to "at least" or "at most" and a chart can say "higher is better".
 */
export interface Measure {
  readonly activity: AttemptSummary['activity'];
  readonly unit: '%' | 'mm' | 'ms' | 'bits/s' | 'count';
  readonly better: 'higher' | 'lower';
  read(attempt: AttemptSummary): number | null;
}

type Of<A extends AttemptSummary['activity']> = Extract<AttemptSummary, { activity: A }>;

function measure<A extends AttemptSummary['activity']>(activity: A, unit: Measure['unit'], better: Measure['better'], read: (attempt: Of<A>) => number | null): Measure {
  return { activity, unit, better, read: (a) => (a.activity === activity ? read(a as Of<A>) : null) };
}

export const MEASURES = {
  coveragePct: measure('trace', '%', 'higher', (a) => a.metrics.coveragePct),
  inBandPct: measure('trace', '%', 'higher', (a) => a.metrics.inBandPct),
  meanDeviationMm: measure('trace', 'mm', 'lower', (a) => a.metrics.meanDeviationMm),
  drawingMs: measure('trace', 'ms', 'lower', (a) => a.metrics.drawingMs),
  corridorThresholdMm: measure('trace', 'mm', 'lower', (a) => a.adaptive?.thresholdMm ?? null),
  sortCorrectPct: measure('sort', '%', 'higher', (a) => percent(a.metrics.correctCount, a.metrics.correctCount + a.metrics.errorCount + a.metrics.dropsOutside)),
  sortErrors: measure('sort', 'count', 'lower', (a) => a.metrics.errorCount),
  sortTotalMs: measure('sort', 'ms', 'lower', (a) => a.metrics.totalMs),
  pathEfficiencyPct: measure('sort', '%', 'higher', (a) => (a.metrics.pathEfficiency === null ? null : a.metrics.pathEfficiency * 100)),
  hitRatePct: measure('targets', '%', 'higher', (a) => (a.metrics.mode === 'pinch' ? null : percent(a.metrics.hits, a.metrics.hits + a.metrics.misses))),
  targetThresholdMm: measure('targets', 'mm', 'lower', (a) => (a.metrics.mode === 'pop' ? a.metrics.thresholdMm : null)),
  movementMs: measure('targets', 'ms', 'lower', (a) => (a.metrics.mode === 'pop' ? a.metrics.meanMovementMs : null)),
  throughputBitsPerS: measure('targets', 'bits/s', 'higher', (a) => (a.metrics.mode === 'ring' ? a.metrics.throughputBitsPerS : null)),
  pinchFailedGrasps: measure('targets', 'count', 'lower', (a) => (a.metrics.mode === 'pinch' ? a.metrics.failedGrasps : null)),
  pinchTotalMs: measure('targets', 'ms', 'lower', (a) => (a.metrics.mode === 'pinch' ? a.metrics.totalMs : null)),
} as const satisfies Record<string, Measure>;

export type MeasureId = keyof typeof MEASURES;
export const MEASURE_IDS = Object.keys(MEASURES) as [MeasureId, ...MeasureId[]];

/** The measures of one activity, in the order reports show them. */
export function measuresOf(activity: AttemptSummary['activity']): MeasureId[] {
  return MEASURE_IDS.filter((id) => MEASURES[id].activity === activity);
}

/** null when there is nothing to divide: a round with no drops has no accuracy yet. */
function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}
