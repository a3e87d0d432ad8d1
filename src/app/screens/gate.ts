import { strings } from '../../text/strings';
import { navigate } from '../router';
import type { ScreenFactory } from '../screen';
import { h } from '../ui/dom';
import { grownUpsIcon, homeIcon } from '../ui/icons';
import { holdButton } from '../ui/hold-button';

/** In front of every grown-up page: hold the button for three seconds, then the page opens. */
export const gateScreen: ScreenFactory = (root, _route, services) => {
  const open = () => {
    services.gate.unlock();
    window.dispatchEvent(new HashChangeEvent('hashchange')); // show the page that was asked for
  };
  root.append(
    h('main', { class: 'gate' },
      h('a', { class: 'corner top-left round-button', attrs: { href: '#/', 'aria-label': strings.play.home } }, homeIcon()),
      h('p', { class: 'gate-hint' }, strings.gate.hint),
      holdButton({ label: strings.gate.button, className: 'gate-button', icon: grownUpsIcon(), onHeld: open })),
  );
  return {};
};

/** The corner button on the home screen: the same hold, then straight in. */
export function grownUpsCornerButton(services: Parameters<ScreenFactory>[2]): HTMLButtonElement {
  return holdButton({
    label: strings.gate.button,
    className: 'grown-ups',
    icon: grownUpsIcon(),
    onHeld: () => { services.gate.unlock(); navigate('#/grown-ups'); },
  });
}
