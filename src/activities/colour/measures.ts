import type { Measure } from '../../activity/definition';
import type { ColourSummary } from './summary';

/** What a report charts and a goal can ask of colouring: “at most 10% outside in 4 of 5 pictures” reads colourOutsidePct. */
export const colourMeasures = {
  colourCoveragePct: { unit: '%', better: 'higher', read: (a) => a.metrics.coveragePct },
  colourOutsidePct: { unit: '%', better: 'lower', read: (a) => a.metrics.outsidePct },
  colourMaxExcursionMm: { unit: 'mm', better: 'lower', read: (a) => (a.metrics.strokes > 0 ? a.metrics.maxExcursionMm : null) },
  colourCrossings: { unit: 'count', better: 'lower', read: (a) => a.metrics.outwardCrossings },
  colourEdgeCoveragePct: { unit: '%', better: 'higher', read: (a) => a.metrics.edgeCoveragePct },
  colouringMs: { unit: 'ms', better: 'lower', read: (a) => a.metrics.colouringMs },
} as const satisfies Record<string, Measure<ColourSummary>>;
