import { FORM_IDS } from '../../activities/trace';
import { formName, strings } from '../../text/strings';
import { h } from '../ui/dom';
import { homeIcon, formIcon } from '../ui/icons';
import type { ScreenFactory } from '../screen';

/** The six forms in the order children master them, each as its own picture. */
export const tracePickerScreen: ScreenFactory = (root) => {
  root.append(
    h('main', { class: 'picker' },
      h('a', { class: 'corner top-left round-button', attrs: { href: '#/', 'aria-label': strings.play.home } }, homeIcon()),
      h('nav', { class: 'form-cards' },
        ...FORM_IDS.map((form) =>
          h('a', { class: 'card form-card', attrs: { href: `#/play/trace?form=${form}`, 'aria-label': formName(form), 'data-form': form } }, formIcon(form)))),
    ),
  );
  return {};
};
