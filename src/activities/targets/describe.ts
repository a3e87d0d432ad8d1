import type { AttemptLine, StepDescription } from '../../activity/definition';
import { modeIcon } from './icons';
import { ringConditions, type TargetsParams } from './params';
import { modeName, targetsStrings } from './strings';
import type { TargetsSummary } from './summary';

/** Rough seconds a young child takes: a bubble, a ring target, a pinched object (what a parent plans for, not a measurement). */
const SECONDS = { bubble: 1.5, ringTarget: 1, pinchObject: 6 } as const;
/** A ring sequence is 14 selections. */
const RING_SELECTIONS = 14;

export const targetsStep: StepDescription<TargetsParams> = {
  title: (p) => `${targetsStrings.name} · ${modeName(p.mode)}`,
  forParent: (p) => modeName(p.mode),
  did: (p) => targetsStrings.did[p.mode](p.sizeMm),
  picture: (p) => modeIcon(p.mode),
  trialSeconds: (p) => (p.mode === 'pop' ? p.trials * SECONDS.bubble
    : p.mode === 'ring' ? ringConditions(p).length * RING_SELECTIONS * SECONDS.ringTarget
      : p.items * SECONDS.pinchObject),
};

export function describeTargets(a: TargetsSummary): AttemptLine {
  const m = a.metrics;
  const s = targetsStrings;
  const task = modeName(a.params.mode);
  switch (m.mode) {
    case 'pop': return { task: s.popTask(task, a.params.sizeMm, a.params.adaptive), result: s.hits(m.hits, m.hits + m.misses), details: s.popDetails(m.thresholdMm, m.meanEndpointErrorMm) };
    case 'ring': return { task: s.ringTask(task, m.sequences.map((q) => `${q.amplitudeMm}×${q.widthMm}`)), result: s.throughput(m.throughputBitsPerS), details: s.hits(m.hits, m.hits + m.misses) };
    case 'pinch': return { task: s.pinchTask(task, a.layout.targets.length, a.params.sizeMm), result: s.inJar(m.inJar, a.layout.targets.length), details: s.pinchDetails(m.grasps, m.failedGrasps, m.meanGripApertureMm) };
  }
}
