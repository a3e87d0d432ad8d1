import type { AttemptLine, StepDescription } from '../../activity/definition';
import { ruleIcon } from './icons';
import type { SortParams } from './params';
import { ruleName, sortStrings } from './strings';
import type { SortSummary } from './summary';

/** Rough seconds for a young child: a look at the table, then each object carried (what a parent plans for, not a measurement). */
const SECONDS = { look: 6, object: 4 } as const;

export const sortStep: StepDescription<SortParams> = {
  title: (p) => `${sortStrings.name} · ${ruleName(p.rule)}`,
  forParent: (p) => ruleName(p.rule),
  did: (p) => sortStrings.did(p.rule, p.itemCount, p.itemSizeMm),
  picture: (p) => ruleIcon(p.rule),
  trialSeconds: (p) => SECONDS.look + (p.itemCount + p.distractors) * SECONDS.object,
};

export function describeSort(a: SortSummary): AttemptLine {
  const sortable = a.results.filter((r) => r.bin !== null).length;
  return {
    task: sortStrings.task(ruleName(a.params.rule), a.layout.items.length, a.params.itemSizeMm, a.params.binCount),
    result: sortStrings.sorted(a.metrics.correctCount, sortable),
    details: sortStrings.details(a.metrics.errorCount, a.metrics.dropsOutside, a.metrics.meanTransportMs),
  };
}
