import type { ActivityController } from '../../activities/activity';
import { activities } from '../../activities/registry';
import { afterTrial, isFinished, repeatStep, sessionStart, skipStep, type SessionProgress } from '../../plans/session-progress';
import type { Session } from '../../schema/plan';
import { listPlans, listSessions, saveSession } from '../../storage/plans';
import { strings } from '../../text/strings';
import { navigate } from '../router';
import type { ScreenFactory } from '../screen';
import { h } from '../ui/dom';
import { backIcon, homeIcon, moreIcon } from '../ui/icons';
import { holdButton } from '../ui/hold-button';
import { STICKER_COUNT, stickerPicture } from '../ui/stickers';
import { stepIcon } from '../ui/step-icon';
import { hostActivity } from './activity-host';
import { playControls } from './play';

const t = strings.session;
/** Time for the last trial's reward to play before the next step replaces it. */
const STEP_CHANGE_DELAY_MS = 2500;
/** A short hold keeps the grown-up's controls from a child's stray tap. */
const CONTROLS_HOLD_MS = 1000;

/**
 * Runs a drill plan for the child playing now: each step's activity for its
 * number of completed trials, a trail of the steps along the top, discreet
 * grown-up controls (pause, skip, repeat, end) and a sticker at the end.
 */
export const sessionScreen: ScreenFactory = async (root, route, services) => {
  const plan = (await listPlans().catch(() => [])).find((p) => p.id === route.path[1]);
  if (!plan) {
    root.append(h('main', { class: 'home' }, h('p', { class: 'notice' }, t.missing)));
    setTimeout(() => navigate('#/'), 2500);
    return {};
  }
  const session: Session = {
    id: crypto.randomUUID(), planId: plan.id, profileId: services.children.current?.id ?? null,
    startedAt: new Date().toISOString(), endedAt: null, stepsDone: 0, skippedSteps: [], sticker: null,
  };
  const store = () => void saveSession(session).catch((error: unknown) => console.error('Deft could not save the session', error));
  store();

  const main = h('main', { class: 'play session', attrs: { 'data-session': session.id } });
  root.append(main);
  let progress: SessionProgress = sessionStart;
  let controller: ActivityController | null = null;
  let changing: ReturnType<typeof setTimeout> | undefined;
  let ended = false;

  const trail = h('ol', { class: 'trail', attrs: { 'aria-label': t.progress(1, plan.steps.length) } });
  const showTrail = () => {
    trail.setAttribute('aria-label', t.progress(Math.min(progress.step + 1, plan.steps.length), plan.steps.length));
    trail.replaceChildren(...plan.steps.map((step, i) => {
      const state = progress.skipped.includes(i) ? 'skipped' : i < progress.step ? 'done' : i === progress.step ? 'current' : 'todo';
      const trials = i === progress.step ? h('span', { class: 'trail-trials' }, ...Array.from({ length: step.trials }, (_, n) => h('i', { class: n < progress.trialsDone ? 'full' : '' }))) : null;
      return h('li', { attrs: { 'data-state': state } }, stepIcon(step), trials);
    }));
  };

  /** Shows the step `progress` points at; `reason` is recorded on an attempt the child had begun in the step before. */
  async function startStep(reason: 'skipped' | 'route') {
    clearTimeout(changing);
    await controller?.leave(reason);
    controller?.destroy();
    controller = null;
    showTrail();
    session.stepsDone = progress.step;
    session.skippedSteps = [...progress.skipped];
    store();
    if (isFinished(progress, plan!.steps)) { await celebrate(); return; }
    const step = plan!.steps[progress.step]!;
    const activity = activities.get(step.activity)!;
    const { stage, done, buttons } = playControls(services);
    stage.dataset.activity = step.activity;
    stage.dataset.step = String(progress.step);
    done.addEventListener('click', () => controller?.done());
    main.replaceChildren(stage, trail, backButton(), ...buttons, controls());
    const startedStep = progress.step;
    controller = await hostActivity(activity, step.params, services, {
      screen: main, stage, done,
      session: { id: session.id, planId: plan!.id, step: progress.step },
      onSaved: (record) => {
        if (record.status !== 'completed' || progress.step !== startedStep || ended) return;
        progress = afterTrial(progress, plan!.steps);
        showTrail();
        if (progress.step !== startedStep) changing = setTimeout(() => void startStep('route'), STEP_CHANGE_DELAY_MS);
      },
    });
  }

  async function celebrate() {
    ended = true;
    const earned = (await listSessions().catch(() => [])).filter((s) => s.profileId === session.profileId && s.sticker !== null && s.id !== session.id);
    session.sticker = earned.length % STICKER_COUNT;
    session.endedAt = new Date().toISOString();
    store();
    services.music.stop();
    services.sound.play('success');
    const collection = [...earned.map((s) => s.sticker!), session.sticker];
    main.replaceChildren(h('section', { class: 'celebration', attrs: { 'aria-label': t.celebration } },
      h('div', { class: 'sticker-new' }, stickerPicture(session.sticker)),
      h('ol', { class: 'sticker-collection', attrs: { 'aria-label': t.stickers } }, ...collection.map((index) => h('li', {}, stickerPicture(index)))),
      h('a', { class: 'round-button big-home', attrs: { href: '#/', 'aria-label': strings.play.home } }, homeIcon())));
  }

  function backButton(): HTMLElement {
    return h('button', { class: 'corner top-left round-button', attrs: { type: 'button', 'aria-label': strings.play.back }, on: { click: () => navigate('#/') } }, backIcon());
  }

  /** Pause, skip, repeat, end: behind a one-second hold in the bottom corner away from the "done" button. */
  function controls(): HTMLElement {
    const menu = h('div', { class: 'session-menu', attrs: { role: 'menu', hidden: '' } });
    const item = (label: string, act: () => void) => h('button', { attrs: { type: 'button', role: 'menuitem' }, on: { click: () => { menu.hidden = true; act(); } } }, label);
    menu.append(
      item(t.pause, () => void pause()),
      item(t.skip, () => { progress = skipStep(progress, plan!.steps); void startStep('skipped'); }),
      item(t.repeat, () => { progress = repeatStep(progress); showTrail(); }),
      item(t.end, () => navigate('#/')),
    );
    const open = holdButton({ label: t.controls, className: 'session-controls corner bottom-left', icon: moreIcon(), holdMs: CONTROLS_HOLD_MS, onHeld: () => { menu.hidden = !menu.hidden; } });
    return h('div', {}, open, menu);
  }

  async function pause() {
    // A pause ends the attempt under way (stored as abandoned, "paused"), so no attempt's timing includes it.
    await controller?.leave('paused');
    const cover = h('div', { class: 'paused', attrs: { role: 'dialog', 'aria-label': t.paused } },
      h('p', {}, t.paused),
      h('button', { class: 'text-button primary', attrs: { type: 'button' }, on: { click: () => { cover.remove(); controller?.resume(); } } }, t.resume));
    main.append(cover);
  }

  await startStep('route');
  return {
    leave: async (reason) => { clearTimeout(changing); ended = true; await controller?.leave(reason); },
    resume: () => controller?.resume(),
    dispose: () => { services.music.stop(); controller?.destroy(); },
  };
};
