import type { Profile } from '../../schema/profile';
import { strings } from '../../text/strings';
import type { AppServices, ScreenFactory } from '../screen';
import { avatarPicture } from '../ui/avatars';
import { h } from '../ui/dom';
import { sortIcon, targetsIcon, traceIcon } from '../ui/icons';
import { grownUpsCornerButton } from './gate';

/**
 * Big pictures, no reading: first "who is playing?" as animal faces when
 * there are several children, then one card per activity, and a small
 * hold-to-open door for grown-ups.
 */
export const homeScreen: ScreenFactory = (root, _route, services) => {
  const main = h('main', { class: 'home' });
  const show = () => main.replaceChildren(...(services.children.profiles.length > 1 && !services.children.current ? whoIsPlaying(services, show) : activities(services, show)), grownUpsCornerButton(services));
  show();
  root.append(main);
  return {};
};

function whoIsPlaying(services: AppServices, done: () => void): HTMLElement[] {
  return [h('nav', { class: 'avatar-cards', attrs: { 'aria-label': strings.home.whoIsPlaying } },
    ...services.children.profiles.map((profile) =>
      h('button', { class: 'card avatar-card', attrs: { type: 'button', 'aria-label': profile.nickname, 'data-profile': profile.id }, on: { click: () => { services.children.choose(profile); done(); } } },
        avatarPicture(profile.avatar), h('span', { class: 'avatar-name' }, profile.nickname))))];
}

function activities(services: AppServices, done: () => void): HTMLElement[] {
  const child: Profile | null = services.children.current;
  return [
    h('nav', { class: 'activity-cards' },
      h('a', { class: 'card card-activity', attrs: { href: '#/trace', 'aria-label': strings.home.trace } }, traceIcon()),
      h('a', { class: 'card card-activity', attrs: { href: '#/sort', 'aria-label': strings.home.sort } }, sortIcon()),
      h('a', { class: 'card card-activity', attrs: { href: '#/targets', 'aria-label': strings.home.targets } }, targetsIcon())),
    // The child playing now; with several children, tapping it asks again.
    ...(child && services.children.profiles.length > 1
      ? [h('button', { class: 'corner top-left round-button current-child', attrs: { type: 'button', 'aria-label': strings.home.switchChild(child.nickname) }, on: { click: () => { services.children.choose(null); done(); } } }, avatarPicture(child.avatar))]
      : []),
  ];
}
