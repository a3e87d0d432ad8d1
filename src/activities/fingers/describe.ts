import type { AttemptLine, StepDescription } from '../../activity/definition';
import { modeIcon } from './icons';
import type { FingersParams } from './params';
import { fingersModeName, fingersStrings } from './strings';
import type { FingersSummary } from './summary';

/** Rough seconds for a young child, the look and the reward included (what a parent plans for, not a measurement). */
function trialSeconds(p: FingersParams): number {
  switch (p.mode) {
    case 'isolate': return 8 + p.trials * 2;
    case 'tap': return 8 + p.windowS * (p.speedHands === 'both' ? 2 : 1) + 3;
    case 'rhythm': return 8 + ((p.syncBeats + p.continuationBeats) * 60) / p.tempoBpm;
    case 'together': return 8 + p.trials * 2;
    case 'hold': return 8 + p.trials * 1.5;
    case 'mirror': return 20;
  }
}

export const fingersStep: StepDescription<FingersParams> = {
  title: (p) => `${fingersStrings.name} · ${fingersModeName(p.mode)}`,
  forParent: (p) => fingersModeName(p.mode),
  did: (p) => fingersStrings.did[p.mode],
  picture: (p) => modeIcon(p.mode),
  trialSeconds,
};

export function describeFingers(a: FingersSummary): AttemptLine {
  const m = a.metrics;
  const task = fingersModeName(m.mode);
  const r = fingersStrings.result, d = fingersStrings.details;
  switch (m.mode) {
    case 'isolate': return { task, result: r.isolate(m.correctTaps, m.trials.length, m.meanExtraContacts), details: d.isolate(m.anchorLifts, m.meanReactionMs) };
    case 'tap': return { task, result: r.tap(m.hands), details: d.tap(m.hands[0]?.intervalCv ?? null, m.hands[0]?.meanIntervalMs ?? null, m.handDifferenceTaps) };
    case 'rhythm': return { task, result: r.rhythm(m.meanAsynchronyMs, m.sdAsynchronyMs), details: d.rhythm(m.missedBeats, m.continuation.intervalCv) };
    case 'together': return { task, result: r.together(m.meanAbsAsynchronyMs, m.asynchronies.length), details: d.together(m.meanAsynchronyMs) };
    case 'hold': return { task, result: r.hold(m.holdLifts, m.accuracyPct), details: d.hold(m.taps, m.durationMs) };
    case 'mirror': return { task, result: r.mirror(m.symmetryErrorMm, m.lagMs), details: d.mirror(m.left?.meanDeviationMm ?? null, m.right?.meanDeviationMm ?? null) };
  }
}
