import type { ActivityController } from '../../activity/definition';
import { activities } from '../../registry/activities';
import type { ParamProblem } from '../../schema/url-params';
import { parseUrlParams } from '../../schema/url-params';
import { strings } from '../../text/strings';
import { navigate } from '../../contract/router';
import type { AppServices, ScreenFactory } from '../../contract/services';
import { h } from '../ui/dom';
import { backIcon, doneIcon, soundIcon } from '../../pictures/icons';
import { showGrownUpNote } from '../ui/grown-up-note';
import { hostActivity } from './activity-host';
import { roundOverPanel } from '../ui/round-over';
import { roundJar } from '../ui/round-jar';

/** Settings a grown-up chose once for every game, used wherever a link leaves them out. */
const SETTINGS_DEFAULTS = ['passCoveragePct', 'passInBandPct'] as const;

/**
 * Hosts one activity full-screen, with the buttons a child always has: back,
 * sound on/off, and the "done" check once they have started.
 */
export const playScreen: ScreenFactory = async (root, route, services) => {
  const activity = activities.get(route.path[1] ?? '');
  if (!activity) {
    navigate('#/');
    return {};
  }
  const query = new URLSearchParams(route.query);
  const urlNames = activity.urlNames as Record<string, string>;
  for (const key of SETTINGS_DEFAULTS) {
    const name = urlNames[key];
    if (name && !query.has(name)) query.set(name, String(services.settings[key]));
  }
  const { params, problems } = parseUrlParams(activity.paramsSchema, urlNames, query);

  let controller: ActivityController | null = null;
  const { stage, done, buttons } = playControls(services);
  const back = h('button', { class: 'corner top-left round-button', attrs: { type: 'button', 'aria-label': strings.play.back } }, backIcon());
  back.addEventListener('click', async () => {
    await controller?.leave('home');
    navigate(`#/${activity.id}`); // back to its picker
  });
  done.addEventListener('click', () => controller?.done());
  stage.dataset.activity = activity.id;
  const screen = h('main', { class: 'play' }, stage, back, ...buttons);
  root.append(screen);
  if (problems.length) showGrownUpNote(screen, problemText(problems));
  const jar = roundJar();
  let roundOver: HTMLElement | null = null;
  const closeRoundOver = () => { roundOver?.remove(); roundOver = null; };
  controller = await hostActivity(activity, params, services, {
    screen, stage, done,
    progress: (made, total) => {
      if (!jar.element.isConnected) screen.append(jar.element);
      jar.show(made, total);
    },
    roundOver: (sticker) => {
      closeRoundOver();
      roundOver = roundOverPanel(sticker, (next) => {
        closeRoundOver();
        if (next === 'again') controller?.resume();
        else navigate('#/');
      });
      screen.append(roundOver);
    },
  });

  return {
    leave: async (reason) => { await controller?.leave(reason); },
    resume: () => { closeRoundOver(); controller?.resume(); },
    dispose: () => { services.music.stop(); controller?.destroy(); },
  };
};

/** The stage and the buttons every game screen has: sound on/off, and "done" (hidden until the child starts). */
export function playControls(services: AppServices): { stage: HTMLElement; done: HTMLElement; buttons: HTMLElement[] } {
  const stage = h('div', { class: 'stage' });
  const mute = h('button', { class: 'corner top-right round-button', attrs: { type: 'button' } });
  const done = h('button', { class: 'corner bottom-right round-button done', attrs: { type: 'button', 'aria-label': strings.play.done, hidden: '' } }, doneIcon());
  const showMute = () => {
    mute.replaceChildren(soundIcon(services.sound.muted));
    mute.setAttribute('aria-label', services.sound.muted ? strings.play.unmute : strings.play.mute);
    mute.setAttribute('aria-pressed', String(services.sound.muted));
  };
  showMute();
  mute.addEventListener('click', () => { services.updateSettings({ muted: !services.sound.muted }); showMute(); });
  return { stage, done, buttons: [mute, done] };
}

/** What was wrong with the link; the game runs with the defaults. */
function problemText(problems: readonly ParamProblem[]): string {
  return [strings.params.heading, ...problems.map((p) => (p.kind === 'unknown' ? strings.params.unknown(p.name) : strings.params.outOfRange(p.name, p.value, p.fallback)))].join(' ');
}
