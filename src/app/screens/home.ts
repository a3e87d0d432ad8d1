import { strings } from '../../text/strings';
import { h } from '../ui/dom';
import { grownUpsIcon, sortIcon, targetsIcon, traceIcon } from '../ui/icons';
import type { ScreenFactory } from '../screen';

/** Big pictures, no reading: one card per activity, and a small door for grown-ups. */
export const homeScreen: ScreenFactory = (root) => {
  root.append(
    h('main', { class: 'home' },
      h('nav', { class: 'activity-cards' },
        h('a', { class: 'card card-activity', attrs: { href: '#/trace', 'aria-label': strings.home.trace } }, traceIcon()),
        h('a', { class: 'card card-activity', attrs: { href: '#/sort', 'aria-label': strings.home.sort } }, sortIcon()),
        h('a', { class: 'card card-activity', attrs: { href: '#/targets', 'aria-label': strings.home.targets } }, targetsIcon())),
      h('a', { class: 'grown-ups', attrs: { href: '#/data', 'aria-label': strings.home.data } }, grownUpsIcon())),
  );
  return {};
};
