import { SORT_RULES } from '../../activities/sort';
import { ruleName, strings } from '../../text/strings';
import { h } from '../ui/dom';
import { homeIcon, ruleIcon } from '../ui/icons';
import type { ScreenFactory } from '../screen';

/** What to sort by, as four pictures: colours, shapes, sizes, kinds of thing. */
export const sortPickerScreen: ScreenFactory = (root) => {
  root.append(
    h('main', { class: 'picker' },
      h('a', { class: 'corner top-left round-button', attrs: { href: '#/', 'aria-label': strings.play.home } }, homeIcon()),
      h('nav', { class: 'rule-cards', attrs: { 'aria-label': strings.activities.sort } },
        ...SORT_RULES.map((rule) =>
          h('a', { class: 'card rule-card', attrs: { href: `#/play/sort?rule=${rule}`, 'aria-label': ruleName(rule), 'data-rule': rule } }, ruleIcon(rule)))),
    ),
  );
  return {};
};
