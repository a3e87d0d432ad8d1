import type { Plan, Session } from '../../registry/plan';
import { progressOf } from '../../plans/session-resume';
import { strings } from '../../text/strings';
import { h } from '../ui/dom';
import { backIcon, playIcon, startAgainIcon } from '../../pictures/icons';
import { sessionTrail } from '../ui/session-trail';

/**
 * The child's session of this plan stopped part-way today: pictures only,
 * the trail as it was, a big green "carry on" and a small "start again".
 */
export function carryOnOffer(plan: Plan, stopped: Session, choose: (carryOn: boolean) => void): HTMLElement {
  const t = strings.session;
  return h('main', { class: 'play session carry-on' },
    h('a', { class: 'corner top-left round-button', attrs: { href: '#/', 'aria-label': strings.play.home } }, backIcon()),
    h('section', { class: 'carry-on-choice' },
      sessionTrail(plan, progressOf(stopped), h('ol', { class: 'trail trail-static' })),
      h('button', { class: 'round-button carry-on-play', attrs: { type: 'button', 'aria-label': t.carryOn }, on: { click: () => choose(true) } }, playIcon()),
      h('button', { class: 'round-button carry-on-again', attrs: { type: 'button', 'aria-label': t.startAgain }, on: { click: () => choose(false) } }, startAgainIcon())));
}
