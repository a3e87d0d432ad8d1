import type { Measure } from '../../activity/definition';
import type { CutSummary } from './summary';

/** What a report charts and a goal can ask of cutting: a goal such as “within 6.35 mm on 4 of 5 trials” reads cutWithinBandPct, the band set to 6.35 mm. */
export const cutMeasures = {
  cutWithinBandPct: { unit: '%', better: 'higher', read: (a) => a.metrics.withinBandPct },
  cutMeanDeviationMm: { unit: 'mm', better: 'lower', read: (a) => a.metrics.meanDeviationMm },
  cutBandExits: { unit: 'count', better: 'lower', read: (a) => a.metrics.bandExits },
  cutPct: { unit: '%', better: 'higher', read: (a) => a.metrics.cutPct },
  cutHeldPct: { unit: '%', better: 'higher', read: (a) => a.metrics.heldPct },
  cuttingMs: { unit: 'ms', better: 'lower', read: (a) => a.metrics.cuttingMs },
  cutBandThresholdMm: { unit: 'mm', better: 'lower', read: (a) => a.adaptive?.thresholdMm ?? null },
} as const satisfies Record<string, Measure<CutSummary>>;
