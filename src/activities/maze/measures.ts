import type { Measure } from '../../activity/definition';
import type { MazeSummary } from './summary';

type Metrics = MazeSummary['metrics'];
const maze = (read: (m: Extract<Metrics, { mode: 'maze' }>) => number | null) => (a: MazeSummary) => (a.metrics.mode === 'maze' ? read(a.metrics) : null);
const dots = (read: (m: Extract<Metrics, { mode: 'dots' }>) => number | null) => (a: MazeSummary) => (a.metrics.mode === 'dots' ? read(a.metrics) : null);

/**
 * What a report charts and a goal can ask of mazes and dot-to-dots: “at most
 * 1 wall contact in 4 of 5 mazes” reads mazeWallContacts. Each reads its own
 * mode and is empty for the other. Only finished mazes say how a maze went:
 * an abandoned one has a short path, not a good one.
 */
export const mazeMeasures = {
  mazeWallContacts: { unit: 'count', better: 'lower', read: maze((m) => (m.completed ? m.wallContacts : null)) },
  mazeDeviationMm: { unit: 'mm', better: 'lower', read: maze((m) => m.meanDeviationMm) },
  mazeWrongTurns: { unit: 'count', better: 'lower', read: maze((m) => (m.completed ? m.wrongTurns : null)) },
  mazePathEfficiencyPct: { unit: '%', better: 'higher', read: maze((m) => (m.pathEfficiency === null ? null : 100 * m.pathEfficiency)) },
  mazeMs: { unit: 'ms', better: 'lower', read: maze((m) => (m.completed ? m.durationMs : null)) },
  dotsOrderErrors: { unit: 'count', better: 'lower', read: dots((m) => m.orderErrors) },
  dotsDeviationMm: { unit: 'mm', better: 'lower', read: dots((m) => m.meanDeviationMm) },
  dotsHitMm: { unit: 'mm', better: 'lower', read: dots((m) => m.meanHitMm) },
  dotsMs: { unit: 'ms', better: 'lower', read: dots((m) => (m.completed ? m.totalMs : null)) },
} as const satisfies Record<string, Measure<MazeSummary>>;
