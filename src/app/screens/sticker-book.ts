import { listSummaries } from '../../storage/attempts';
import { listSessions } from '../../storage/plans';
import { stickersEarned } from '../../rewards/stickers-earned';
import { strings } from '../../text/strings';
import type { ScreenFactory } from '../../contract/services';
import { backIcon } from '../../pictures/icons';
import { h } from '../ui/dom';
import { STICKER_COUNT, stickerPicture } from '../ui/stickers';

/** A page of the book holds this many: the empty places show there is always room for more. */
const PAGE_SIZE = 24;

/**
 * The child's sticker book, opened from home: every sticker earned, by
 * rounds won and sessions finished, oldest first, the newest one shining, and
 * empty places for the next. Read from the records, so it never disagrees
 * with them.
 */
export const stickerBookScreen: ScreenFactory = async (root, _route, services) => {
  const child = services.children.current;
  const [summaries, sessions] = await Promise.all([listSummaries(child?.id).catch(() => []), listSessions().catch(() => [])]);
  const book = stickersEarned(summaries, sessions, child?.id ?? null, STICKER_COUNT);
  const places = Math.max(PAGE_SIZE, Math.ceil((book.length + 1) / PAGE_SIZE) * PAGE_SIZE);
  const slots = Array.from({ length: places }, (_, i) => {
    const earned = book[i];
    if (!earned) return h('li', { class: 'sticker-slot', attrs: { 'aria-label': strings.stickerBook.empty } });
    return h('li', { class: i === book.length - 1 ? 'sticker-slot newest' : 'sticker-slot', attrs: { 'data-by': earned.by } }, stickerPicture(earned.sticker));
  });
  root.append(h('main', { class: 'sticker-book' },
    h('a', { class: 'corner top-left round-button', attrs: { href: '#/', 'aria-label': strings.play.back } }, backIcon()),
    h('ol', { class: 'sticker-pages', attrs: { 'aria-label': strings.stickerBook.book(book.length), 'data-count': String(book.length) } }, ...slots)));
  return {};
};
