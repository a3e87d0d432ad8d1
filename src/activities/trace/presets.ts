import type { PresetList } from '../../activity/definition';
import type { FormId } from '../../forms/forms';
import { traceParamsSchema, type TraceParams } from './params';
import type { traceMeasures } from './measures';
import { FORM_AGE_MONTHS } from './norms';
import { formName, traceStrings } from './strings';

/** The pre-writing forms a preset is offered for, in the order children master them (their ages: norms.ts). */
export const DEVELOPMENTAL_SEQUENCE: readonly FormId[] = ['vertical', 'horizontal', 'circle', 'cross', 'square', 'triangle'];

/** Trials a preset step asks for: enough for "4 of 5". */
const TRIALS = 5;
/** The pass rule children are usually held to while tracing (also the activity's default). */
const COVERAGE_GOAL_PCT = 80;

/**
 * A plan for one form: trace it over the path, then follow the dotted line,
 * each until "coverage ≥ 80 in 4 of 5 trials", then copy it from a model.
 */
export function presetPlan(form: FormId, name: string) {
  const step = (guide: 'trace' | 'dotted' | 'copy', goal: boolean) => ({
    activity: 'trace' as const,
    params: traceParamsSchema.parse({ form, guide }),
    trials: TRIALS,
    ...(goal ? { goal: { measure: 'coveragePct' as const, comparison: 'atLeast' as const, value: COVERAGE_GOAL_PCT, inTrials: 4, ofTrials: TRIALS } } : {}),
  });
  return { name, steps: [step('trace', true), step('dotted', true), step('copy', false)] };
}

/** The developmental sequence as the plans page offers it. */
export const tracePresets: PresetList<'trace', TraceParams, keyof typeof traceMeasures> = {
  heading: traceStrings.presets.heading,
  hint: traceStrings.presets.hint,
  items: DEVELOPMENTAL_SEQUENCE.map((form) => ({
    name: formName(form),
    detail: traceStrings.presets.typicalAge(FORM_AGE_MONTHS[form]!),
    plan: () => presetPlan(form, traceStrings.presets.name(formName(form))),
  })),
};
