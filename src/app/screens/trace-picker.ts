import { FORM_IDS, GUIDE_STAGES, type GuideStage } from '../../activities/trace';
import { formName, strings } from '../../text/strings';
import { h } from '../ui/dom';
import { formIcon, guideIcon, homeIcon } from '../ui/icons';
import type { ScreenFactory } from '../screen';

/**
 * The forms in the order children master them, each as its own picture, and
 * above them the stages of help: trace, dotted, dots, copy, from memory.
 */
export const tracePickerScreen: ScreenFactory = (root, route) => {
  const asked = route.query.get('guide');
  const guide: GuideStage = (GUIDE_STAGES as readonly string[]).includes(asked ?? '') ? (asked as GuideStage) : 'trace';
  root.append(
    h('main', { class: 'picker' },
      h('a', { class: 'corner top-left round-button', attrs: { href: '#/', 'aria-label': strings.play.home } }, homeIcon()),
      h('nav', { class: 'guide-stages', attrs: { 'aria-label': strings.picker.stages } },
        ...GUIDE_STAGES.map((stage) =>
          h('a', { class: 'card guide-card', attrs: { href: `#/trace?guide=${stage}`, 'aria-label': strings.guides[stage], 'data-guide': stage, ...(stage === guide ? { 'aria-current': 'true' } : {}) } }, guideIcon(stage)))),
      h('nav', { class: 'form-cards', attrs: { 'aria-label': strings.picker.forms } },
        ...FORM_IDS.map((form) =>
          h('a', { class: 'card form-card', attrs: { href: `#/play/trace?form=${form}&guide=${guide}`, 'aria-label': formName(form), 'data-form': form } }, formIcon(form)))),
    ),
  );
  return {};
};
