import type { SessionProgress } from '../../plans/session-progress';
import type { Plan } from '../../registry/plan';
import { strings } from '../../text/strings';
import { h } from './dom';
import { stepPicture } from '../../registry/steps';

/** The plan's steps as a row of pictures: done ones ticked off, the current one large with its trials as dots. */
export function sessionTrail(plan: Plan, progress: SessionProgress, trail = h('ol', { class: 'trail' })): HTMLElement {
  trail.setAttribute('aria-label', strings.session.progress(Math.min(progress.step + 1, plan.steps.length), plan.steps.length));
  trail.replaceChildren(...plan.steps.map((step, i) => {
    const state = progress.skipped.includes(i) ? 'skipped' : i < progress.step ? 'done' : i === progress.step ? 'current' : 'todo';
    const trials = i === progress.step ? h('span', { class: 'trail-trials' }, ...Array.from({ length: step.trials }, (_, n) => h('i', { class: n < progress.trialsDone ? 'full' : '' }))) : null;
    return h('li', { attrs: { 'data-state': state } }, stepPicture(step), trials);
  }));
  return trail;
}
