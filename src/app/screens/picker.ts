import type { ChoiceRow } from '../../activity/definition';
import type { ScreenFactory } from '../../contract/services';
import { homeIcon } from '../../pictures/icons';
import type { AnyActivity } from '../../registry/activities';
import { strings } from '../../text/strings';
import { h } from '../ui/dom';

/** Cards a row holds before it wraps: five in landscape (tracing's ten forms in two rows), three in portrait. */
const MAX_COLUMNS = { landscape: 5, portrait: 3 } as const;

/**
 * An activity's picture cards, each opening it with one setting: no reading
 * needed. An activity with options (tracing's stages of help) shows them as a
 * row above, which stays chosen: the first choice until another is tapped.
 */
export function pickerScreen(activity: AnyActivity): ScreenFactory {
  return (root, route) => {
    const { options, play } = activity.picker;
    const rows: HTMLElement[] = [];
    let chosen = '';
    let option: string | undefined;
    if (options) {
      const asked = route.query.get(options.param) ?? '';
      option = options.choices.includes(asked) ? asked : options.choices[0]!;
      rows.push(cardRow(options, 'option-cards', (choice) => `#/${activity.id}?${options.param}=${choice}`, { current: option }));
      chosen = `&${options.param}=${option}`;
    }
    rows.push(cardRow(play, 'choice-cards', (choice) => `#/play/${activity.id}?${play.param}=${choice}${chosen}`, { option }));
    root.append(
      h('main', { class: 'picker' },
        h('a', { class: 'corner top-left round-button', attrs: { href: '#/', 'aria-label': strings.play.home } }, homeIcon()),
        ...rows,
      ),
    );
    return {};
  };
}

/** A row of cards; each is named for its parameter too (`form-card`, `data-form="circle"`), for the grown-ups' tools and tests. */
function cardRow(row: ChoiceRow, className: string, href: (choice: string) => string, { current, option }: { current?: string; option?: string }): HTMLElement {
  const cardClass = className === 'option-cards' ? 'option-card' : 'choice-card';
  const cards = h('nav', { class: className, attrs: { 'aria-label': row.label } },
    ...row.choices.map((choice) =>
      h('a', { class: `card ${cardClass} ${row.param}-card`, attrs: { href: href(choice), 'aria-label': row.name(choice), [`data-${row.param}`]: choice, ...(choice === current ? { 'aria-current': 'true' } : {}) } }, row.picture(choice, option))));
  // Through the CSSOM: no inline style attribute for a strict CSP.
  cards.style.setProperty('--choices', String(row.choices.length));
  cards.style.setProperty('--columns', String(Math.min(row.choices.length, MAX_COLUMNS.landscape)));
  cards.style.setProperty('--columns-portrait', String(row.choices.length > 4 ? MAX_COLUMNS.portrait : 2));
  return cards;
}
