import type { Measure } from '../../activity/definition';
import { percent } from '../../metrics/percent';
import type { SortSummary } from './summary';

/** What a report charts and a goal can ask of sorting. */
export const sortMeasures = {
  sortCorrectPct: { unit: '%', better: 'higher', read: (a) => percent(a.metrics.correctCount, a.metrics.correctCount + a.metrics.errorCount + a.metrics.dropsOutside) },
  sortErrors: { unit: 'count', better: 'lower', read: (a) => a.metrics.errorCount },
  sortTotalMs: { unit: 'ms', better: 'lower', read: (a) => a.metrics.totalMs },
  pathEfficiencyPct: { unit: '%', better: 'higher', read: (a) => (a.metrics.pathEfficiency === null ? null : a.metrics.pathEfficiency * 100) },
} as const satisfies Record<string, Measure<SortSummary>>;
