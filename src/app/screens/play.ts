import type { ActivityController } from '../../activities/activity';
import { activities } from '../../activities/registry';
import type { ParamProblem } from '../../schema/url-params';
import { parseUrlParams } from '../../schema/url-params';
import { saveAttempt } from '../../storage/attempts';
import { strings } from '../../text/strings';
import { navigate } from '../router';
import type { ScreenFactory } from '../screen';
import { h } from '../ui/dom';
import { backIcon, doneIcon, soundIcon } from '../ui/icons';

/** Where the back button goes from each activity: its picker, or home. */
const BACK_TO: Record<string, string> = { trace: '#/trace', sort: '#/sort', targets: '#/targets' };

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
  const { params, problems } = parseUrlParams(activity.paramsSchema, activity.urlNames, route.query);

  let controller: ActivityController | null = null;
  const stage = h('div', { class: 'stage', attrs: { 'data-activity': activity.id } });
  const back = h('button', { class: 'corner top-left round-button', attrs: { type: 'button', 'aria-label': strings.play.back } }, backIcon());
  const mute = h('button', { class: 'corner top-right round-button', attrs: { type: 'button' } });
  const done = h('button', { class: 'corner bottom-right round-button done', attrs: { type: 'button', 'aria-label': strings.play.done, hidden: '' } }, doneIcon());
  const showMute = () => {
    mute.replaceChildren(soundIcon(services.sound.muted));
    mute.setAttribute('aria-label', services.sound.muted ? strings.play.unmute : strings.play.mute);
    mute.setAttribute('aria-pressed', String(services.sound.muted));
  };
  showMute();
  mute.addEventListener('click', () => { services.updateSettings({ muted: !services.sound.muted }); showMute(); });
  done.addEventListener('click', () => controller?.done());
  back.addEventListener('click', async () => {
    await controller?.leave('home');
    navigate(BACK_TO[activity.id] ?? '#/');
  });
  const screen = h('main', { class: 'play' }, stage, back, mute, done, problems.length ? problemNotice(problems) : null);
  root.append(screen);
  const shownNotices = new Set<string>();

  try {
    controller = await activity.mount({
      parent: stage,
      pxPerMm: services.settings.pxPerMm,
      profileId: services.children.current?.id ?? null,
      handedness: services.children.current?.handedness ?? services.settings.handedness,
      sound: services.sound,
      saveAttempt: async (record) => {
        try {
          await saveAttempt(record);
        } catch (error) {
          console.error('Deft could not save an attempt', error); // the game goes on; the Data page shows what is stored
          return;
        }
        // How many attempts this screen has stored: for the people and tests watching.
        stage.dataset.saved = String(Number(stage.dataset.saved ?? 0) + 1);
      },
      setDoneVisible: (visible) => { done.hidden = !visible; },
      showNotice: (message) => {
        // Each round may say the same again: show a message once per screen.
        if (shownNotices.has(message)) return;
        shownNotices.add(message);
        screen.append(notice(null, [message]));
      },
    }, params);
    stage.dataset.ready = 'true';
  } catch (error) {
    console.error(error);
    stage.append(h('p', { class: 'notice' }, strings.play.webglMissing));
  }

  return {
    leave: async (reason) => { await controller?.leave(reason); },
    resume: () => controller?.resume(),
    dispose: () => controller?.destroy(),
  };
};

/** A short message for the grown-up beside the child, dismissed with OK; the game goes on underneath. */
function notice(heading: string | null, lines: readonly string[]): HTMLElement {
  const box = h('div', { class: 'notice', attrs: { role: 'status' } },
    heading ? h('p', {}, heading) : null,
    h('ul', {}, ...lines.map((line) => h('li', {}, line))),
  );
  box.append(h('button', { attrs: { type: 'button' }, on: { click: () => box.remove() } }, strings.params.dismiss));
  return box;
}

/** What was wrong with the link; the game runs with the defaults. */
function problemNotice(problems: readonly ParamProblem[]): HTMLElement {
  return notice(strings.params.heading, problems.map((p) => (p.kind === 'unknown' ? strings.params.unknown(p.name) : strings.params.outOfRange(p.name, p.value, p.fallback))));
}
