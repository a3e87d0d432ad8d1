import type { PlanStep } from '../../schema/plan';
import { formIcon, modeIcon, ruleIcon } from './icons';

/** The picture of a plan step a child recognizes: the form to trace, the sorting rule, the targets game. */
export function stepIcon(step: PlanStep): SVGElement {
  switch (step.activity) {
    case 'trace': return formIcon(step.params.form);
    case 'sort': return ruleIcon(step.params.rule);
    case 'targets': return modeIcon(step.params.mode);
  }
}
