import { SORT_RULES } from '../../activities/sort';
import { TARGET_MODES } from '../../activities/targets';
import { modeName, ruleName, strings } from '../../text/strings';
import { h } from '../ui/dom';
import { homeIcon, modeIcon, ruleIcon } from '../ui/icons';
import type { ScreenFactory } from '../screen';

/** A row of picture cards, each opening the activity with one setting: no reading needed. */
function choicePicker<T extends string>(activity: 'sort' | 'targets', param: string, choices: readonly T[], name: (choice: T) => string, picture: (choice: T) => SVGElement): ScreenFactory {
  return (root) => {
    const cards = h('nav', { class: 'choice-cards', attrs: { 'aria-label': strings.activities[activity] } },
      ...choices.map((choice) =>
        h('a', { class: 'card choice-card', attrs: { href: `#/play/${activity}?${param}=${choice}`, 'aria-label': name(choice), [`data-${param}`]: choice } }, picture(choice))));
    cards.style.setProperty('--choices', String(choices.length)); // through the CSSOM: no inline style attribute for a strict CSP
    root.append(
      h('main', { class: 'picker' },
        h('a', { class: 'corner top-left round-button', attrs: { href: '#/', 'aria-label': strings.play.home } }, homeIcon()),
        cards,
      ),
    );
    return {};
  };
}

/** What to sort by: colours, shapes, sizes, kinds of thing. */
export const sortPickerScreen = choicePicker('sort', 'rule', SORT_RULES, ruleName, ruleIcon);

/** Which game of targets: pop the bubbles, the ring test, or pinch. */
export const targetsPickerScreen = choicePicker('targets', 'mode', TARGET_MODES, modeName, modeIcon);
