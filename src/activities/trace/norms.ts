import type { Norms } from '../../activity/definition';
import type { FormId } from '../../forms/forms';
import { COPY_STAGES } from './params';
import { formName, traceStrings } from './strings';
import type { TraceSummary } from './summary';

/**
 * The age, in months, by which most children copy each form from a model:
 * the Beery VMI's developmental norms (Beery, Buktenica & Beery 2010;
 * docs/metrics.md), in the order children master them. The spiral is not
 * one of the test's forms and has none.
 */
export const FORM_AGE_MONTHS: Readonly<Partial<Record<FormId, number>>> = {
  vertical: 34,
  horizontal: 36,
  circle: 36,
  cross: 49,
  'diagonal-right': 52,
  'diagonal-left': 53,
  square: 54,
  x: 59,
  triangle: 63,
};

/** The forms' ages for the report; only copies count, as the test asks children to copy. */
export const traceNorms: Norms<TraceSummary> = {
  heading: traceStrings.norms.heading,
  meaning: traceStrings.norms.meaning,
  words: traceStrings.norms.words,
  items: Object.entries(FORM_AGE_MONTHS).map(([form, months]) => ({
    label: formName(form),
    typicalAgeMonths: months,
    counts: (summary: TraceSummary) => summary.params.form === form && COPY_STAGES.has(summary.params.guide),
  })),
};
