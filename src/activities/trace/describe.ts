import type { AttemptLine, StepDescription } from '../../activity/definition';
import { formIcon } from './icons';
import type { TraceParams } from './params';
import { criterionText, formName, guideName, traceStrings } from './strings';
import type { TraceSummary } from './summary';

/** A traced form with the pause and the reward after it, for a young child: what a parent plans a moment for, not a measurement. */
const TRIAL_SECONDS = 20;

export const traceStep: StepDescription<TraceParams> = {
  title: (p) => `${formName(p.form)} · ${guideName(p.guide)}`,
  forParent: (p) => `${guideName(p.guide)}: ${formName(p.form).toLowerCase()}`,
  did: (p) => traceStrings.did[p.guide](formName(p.form).toLowerCase(), p.adaptive ? null : p.corridorMm),
  picture: (p) => formIcon(p.form, p.guide),
  trialSeconds: () => TRIAL_SECONDS,
};

/** One line about a traced attempt, with each copy criterion, met or not, in its hint. */
export function describeTrace(a: TraceSummary): AttemptLine {
  const met = a.criteria.filter((k) => k.met).length;
  return {
    task: traceStep.title(a.params as TraceParams),
    result: a.metrics.passed ? traceStrings.passed : traceStrings.notYet,
    details: a.metrics.tooSmallToScore ? traceStrings.tooSmallToScore : traceStrings.details(a.metrics.coveragePct, met, a.criteria.length),
    hint: a.criteria.map((k) => `${k.met ? '✓' : '✗'} ${criterionText(k.id)}`).join('\n'),
  };
}
