import type { Plan } from '../../registry/plan';
import type { Profile } from '../../schema/profile';
import { listPlans } from '../../storage/plans';
import { strings } from '../../text/strings';
import type { AppServices, ScreenFactory } from '../../contract/services';
import { avatarPicture } from '../../pictures/avatars';
import { h } from '../ui/dom';
import { bookIcon, playIcon } from '../../pictures/icons';
import { ACTIVITIES } from '../../registry/activities';
import { stepPicture } from '../../registry/steps';
import { grownUpsCornerButton } from './gate';

/** A card shows this many of its steps; more would be too small to tell apart. */
const MAX_STEP_PICTURES = 4;

/**
 * Big pictures, no reading: first "who is playing?" as animal faces when
 * there are several children, then the plans a therapist set for this child ("Today's practice"), then one card per activity, and a small
 * hold-to-open door for grown-ups.
 */
export const homeScreen: ScreenFactory = async (root, _route, services) => {
  const main = h('main', { class: 'home' });
  const plans = await listPlans().catch(() => []);
  const show = () => main.replaceChildren(...(services.children.profiles.length > 1 && !services.children.current ? whoIsPlaying(services, show) : activities(services, plans, show)), grownUpsCornerButton(services));
  show();
  root.append(main);
  return {};
};

/** The child's plans as big pictures: each card shows its steps' pictures in order. */
function todaysPractice(plans: readonly Plan[]): HTMLElement {
  return h('nav', { class: 'practice-cards', attrs: { 'aria-label': strings.session.todaysPractice } },
    ...plans.map((plan) => h('a', { class: 'card practice-card', attrs: { href: `#/session/${plan.id}`, 'aria-label': plan.name, 'data-plan': plan.id } },
      h('span', { class: 'practice-play', attrs: { 'aria-hidden': 'true' } }, playIcon()),
      h('span', { class: 'practice-steps' }, ...plan.steps.slice(0, MAX_STEP_PICTURES).map((step) => stepPicture(step))))));
}

/** A row of up to four cards (two rows when there are more), a column of up to three when the tablet stands (then two a row). */
function activityCards(): HTMLElement {
  const count = ACTIVITIES.length;
  const nav = h('nav', { class: 'activity-cards' },
    ...ACTIVITIES.map((activity) => h('a', { class: 'card card-activity', attrs: { href: `#/${activity.id}`, 'aria-label': activity.strings.card, 'data-activity': activity.id } }, activity.card())));
  const perRow = count <= 4 ? count : Math.ceil(count / 2);
  const perRowPortrait = count <= 3 ? 1 : 2;
  // Through the CSSOM: no inline style attribute for a strict CSP.
  nav.style.setProperty('--per-row', String(perRow));
  nav.style.setProperty('--rows', String(Math.ceil(count / perRow)));
  nav.style.setProperty('--per-row-portrait', String(perRowPortrait));
  nav.style.setProperty('--rows-portrait', String(Math.ceil(count / perRowPortrait)));
  return nav;
}

/**
 * Each child's own animal, no words: a child who cannot read finds their
 * face. Only when two children share an animal does the nickname show under
 * it, for the grown-up to tell them apart.
 */
function whoIsPlaying(services: AppServices, done: () => void): HTMLElement[] {
  const { profiles } = services.children;
  const shared = new Set(profiles.filter((p) => profiles.some((q) => q !== p && q.avatar === p.avatar)).map((p) => p.avatar));
  return [h('nav', { class: 'avatar-cards', attrs: { 'aria-label': strings.home.whoIsPlaying } },
    ...profiles.map((profile) =>
      h('button', { class: 'card avatar-card', attrs: { type: 'button', 'aria-label': profile.nickname, 'data-profile': profile.id }, on: { click: () => { services.children.choose(profile); done(); } } },
        avatarPicture(profile.avatar), shared.has(profile.avatar) ? h('span', { class: 'avatar-name' }, profile.nickname) : null)))];
}

function activities(services: AppServices, plans: readonly Plan[], done: () => void): HTMLElement[] {
  const child: Profile | null = services.children.current;
  const todays = child ? plans.filter((plan) => plan.assignedTo.includes(child.id)) : [];
  return [
    ...(todays.length ? [todaysPractice(todays)] : []),
    activityCards(),
    h('a', { class: 'corner bottom-left round-button sticker-book-button', attrs: { href: '#/stickers', 'aria-label': strings.stickerBook.open } }, bookIcon()),
    // The child playing now; with several children, tapping it asks again.
    ...(child && services.children.profiles.length > 1
      ? [h('button', { class: 'corner top-left round-button current-child', attrs: { type: 'button', 'aria-label': strings.home.switchChild(child.nickname) }, on: { click: () => { services.children.choose(null); done(); } } }, avatarPicture(child.avatar))]
      : []),
  ];
}
