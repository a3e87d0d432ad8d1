import { h } from './dom';

/**
 * A message for the grown-up beside the child, in the band along the top
 * that every game keeps clear for its corner buttons (24 mm). It never
 * covers the play area, lets every touch through to the game, and needs no
 * "OK": the child plays on whatever it says. Later messages stack above
 * earlier ones; what does not fit the band is in the note's title.
 */
export function showGrownUpNote(screen: HTMLElement, message: string): HTMLElement {
  let note = screen.querySelector<HTMLElement>(':scope > .grown-up-note');
  if (!note) {
    note = h('div', { class: 'grown-up-note', attrs: { role: 'status' } });
    screen.append(note);
  }
  note.prepend(h('p', {}, message));
  note.title = [...note.children].map((p) => p.textContent).join('\n');
  return note;
}
