import type { Measure } from '../../activity/definition';
import type { FingersSummary } from './summary';

type Metrics = FingersSummary['metrics'];
type Of<M extends Metrics['mode']> = Extract<Metrics, { mode: M }>;
/** A measure of one game, read only from finished attempts of it: an abandoned window has few taps, not slow ones. */
const of = <M extends Metrics['mode']>(mode: M, read: (m: Of<M>) => number | null) => (a: FingersSummary) => (a.metrics.mode === mode && a.metrics.completed ? read(a.metrics as Of<M>) : null);
const firstHand = (m: Of<'tap'>) => m.hands[0] ?? null;

/**
 * What a report charts and a goal can ask of the fingers games: "at most 0.5
 * extra fingers per tap in 4 of 5" reads isolateExtraContacts. Each reads its
 * own game and is empty for the others.
 */
export const fingersMeasures = {
  isolateCorrectPct: { unit: '%', better: 'higher', read: of('isolate', (m) => (m.trials.length ? (100 * m.correctTaps) / m.trials.length : null)) },
  isolateExtraContacts: { unit: 'count', better: 'lower', read: of('isolate', (m) => m.meanExtraContacts) },
  isolateAnchorLifts: { unit: 'count', better: 'lower', read: of('isolate', (m) => m.anchorLifts) },
  isolateReactionMs: { unit: 'ms', better: 'lower', read: of('isolate', (m) => m.meanReactionMs) },
  tapCount: { unit: 'count', better: 'higher', read: of('tap', (m) => firstHand(m)?.taps ?? null) },
  tapIntervalCvPct: { unit: '%', better: 'lower', read: of('tap', (m) => { const cv = firstHand(m)?.intervalCv; return cv == null ? null : 100 * cv; }) },
  rhythmAsynchronyMs: { unit: 'ms', better: 'lower', read: of('rhythm', (m) => (m.meanAsynchronyMs === null ? null : Math.abs(m.meanAsynchronyMs))) },
  rhythmAsynchronySdMs: { unit: 'ms', better: 'lower', read: of('rhythm', (m) => m.sdAsynchronyMs) },
  rhythmContinuationCvPct: { unit: '%', better: 'lower', read: of('rhythm', (m) => (m.continuation.intervalCv === null ? null : 100 * m.continuation.intervalCv)) },
  togetherAsynchronyMs: { unit: 'ms', better: 'lower', read: of('together', (m) => m.meanAbsAsynchronyMs) },
  holdLifts: { unit: 'count', better: 'lower', read: of('hold', (m) => m.holdLifts) },
  holdAccuracyPct: { unit: '%', better: 'higher', read: of('hold', (m) => m.accuracyPct) },
  mirrorSymmetryMm: { unit: 'mm', better: 'lower', read: of('mirror', (m) => m.symmetryErrorMm) },
} as const satisfies Record<string, Measure<FingersSummary>>;
