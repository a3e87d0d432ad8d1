import { h } from './dom';

/** With several notes, each shows this long in turn: time to read two lines, on a phone too. */
const NOTE_TURN_MS = 6000;

/**
 * A message for the grown-up beside the child, in the band along the top
 * that every game keeps clear for its corner buttons (24 mm). It never
 * covers the play area, lets every touch through to the game, and needs no
 * "OK": the child plays on whatever it says. Several notes take turns, the
 * newest first, so each fits the band even on a phone; all are in the
 * note's text for screen readers, and in its title.
 */
export function showGrownUpNote(screen: HTMLElement, message: string): HTMLElement {
  let note = screen.querySelector<HTMLElement>(':scope > .grown-up-note');
  if (!note) {
    note = h('div', { class: 'grown-up-note', attrs: { role: 'status' } });
    screen.append(note);
    takeTurns(note);
  }
  note.prepend(h('p', {}, message));
  [...note.children].forEach((p, i) => { (p as HTMLElement).hidden = i > 0; });
  note.title = [...note.children].map((p) => p.textContent).join('\n');
  return note;
}

function takeTurns(note: HTMLElement): void {
  let shown = 0;
  const timer = setInterval(() => {
    if (!note.isConnected) { clearInterval(timer); return; } // the screen has gone
    const notes = [...note.children] as HTMLElement[];
    if (notes.length < 2) return;
    shown = (shown + 1) % notes.length;
    notes.forEach((p, i) => { p.hidden = i !== shown; });
  }, NOTE_TURN_MS);
}
