import { homeIcon, startAgainIcon } from '../../pictures/icons';
import { strings } from '../../text/strings';
import { h } from './dom';
import { stickerPicture } from './stickers';

/**
 * The end of a free-play round: the sticker it won pops in and flies to the
 * sticker book's corner (after effort alone, the guide's cheer is the
 * reward), and two big picture buttons offer another round or home.
 */
export function roundOverPanel(sticker: number | null, choose: (next: 'again' | 'home') => void): HTMLElement {
  const button = (next: 'again' | 'home', label: string, picture: SVGElement) =>
    h('button', { class: `round-button round-${next}`, attrs: { type: 'button', 'aria-label': label }, on: { click: () => choose(next) } }, picture);
  return h('div', { class: 'round-over', attrs: { role: 'dialog', 'aria-label': strings.play.roundOver, 'data-sticker': sticker === null ? 'none' : String(sticker) } },
    sticker === null ? null : h('div', { class: 'round-sticker' }, stickerPicture(sticker)),
    h('div', { class: 'round-choices' }, button('again', strings.play.again, startAgainIcon()), button('home', strings.play.home, homeIcon())));
}
