import { strings } from '../../text/strings';
import { navigate } from '../../contract/router';
import type { AppServices, ScreenFactory } from '../../contract/services';
import { h } from '../ui/dom';
import { grownUpsIcon, homeIcon } from '../../pictures/icons';
import { holdButton } from '../ui/hold-button';

/** When the home screen's corner button was last held through: the gate then goes straight to the PIN. */
let cornerHeldAt = -Infinity;
const HELD_JUST_NOW_MS = 5000;

/** In front of every grown-up page: hold the button for three seconds (then the PIN, if one is set), and the page opens. */
export const gateScreen: ScreenFactory = (root, _route, services) => {
  const main = h('main', { class: 'gate' });
  const open = () => {
    services.gate.unlock();
    window.dispatchEvent(new HashChangeEvent('hashchange')); // show the page that was asked for
  };
  main.append(
    h('a', { class: 'corner top-left round-button', attrs: { href: '#/', 'aria-label': strings.play.home } }, homeIcon()),
    h('p', { class: 'gate-hint' }, strings.gate.hint),
    h('div', { class: 'gate-hold' },
      holdButton({ label: strings.gate.button, className: 'gate-button', icon: grownUpsIcon(), onHeld: () => askPin(main, services, open) }),
      // The button's name, in words under it: a parent opening a shared link must see what to hold.
      h('span', { class: 'gate-caption', attrs: { 'aria-hidden': 'true' } }, strings.gate.caption)));
  root.append(main);
  if (performance.now() - cornerHeldAt < HELD_JUST_NOW_MS) askPin(main, services, open);
  return {};
};

/** The corner button on the home screen: the same hold, then straight in (the gate page asks for the PIN). */
export function grownUpsCornerButton(services: AppServices): HTMLButtonElement {
  return holdButton({
    label: strings.gate.button,
    className: 'grown-ups',
    icon: grownUpsIcon(),
    onHeld: () => {
      if (services.settings.pin) cornerHeldAt = performance.now();
      else services.gate.unlock();
      navigate('#/grown-ups');
    },
  });
}

/** After the hold: the PIN when one is set, else straight through. */
function askPin(main: HTMLElement, services: AppServices, open: () => void): void {
  const pin = services.settings.pin;
  if (!pin) { open(); return; }
  const input = h('input', { attrs: { type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: '4', pattern: '\\d{4}', 'aria-label': strings.gate.pin } });
  const message = h('p', { class: 'gate-hint', attrs: { role: 'status' } }, strings.gate.pinHint);
  const form = h('form', { class: 'pin-form', on: { submit: (e) => {
    e.preventDefault();
    if (input.value === pin) open();
    else { message.textContent = strings.gate.wrongPin; input.value = ''; input.focus(); }
  } } }, input, h('button', { attrs: { type: 'submit' } }, strings.gate.open));
  main.replaceChildren(main.firstChild!, message, form);
  input.focus();
}
