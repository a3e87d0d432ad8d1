import type { ActivityController } from '../../activity/definition';
import { activities } from '../../registry/activities';
import { afterTrial, isFinished, repeatStep, skipStep, type SessionProgress } from '../../plans/session-progress';
import { canCarryOn, progressOf, sessionToCarryOn } from '../../plans/session-resume';
import { checkUpPlan } from '../../registry/check-ups';
import type { Plan, Session } from '../../registry/plan';
import { listPlans, listSessions, saveSession } from '../../storage/plans';
import { strings } from '../../text/strings';
import { navigate } from '../../contract/router';
import type { AppServices, Screen, ScreenFactory } from '../../contract/services';
import { h } from '../ui/dom';
import { backIcon, homeIcon, moreIcon } from '../../pictures/icons';
import { holdButton } from '../ui/hold-button';
import { sessionTrail } from '../ui/session-trail';
import { STICKER_COUNT, stickerPicture } from '../ui/stickers';
import { hostActivity } from './activity-host';
import { playControls } from './play';
import { carryOnOffer } from './session-offer';

const t = strings.session;
/** Time for the last trial's reward to play before the next step replaces it. */
const STEP_CHANGE_DELAY_MS = 2500;
/** A short hold keeps the grown-up's controls, and leaving, from a child's stray tap. */
const CONTROLS_HOLD_MS = 1000;

/**
 * Runs a drill plan: `#/session/<plan>` starts one for the child playing now
 * (or offers to carry on the one they stopped today), and
 * `#/session/<plan>/<session>` carries that session on with its own child at
 * its own step, as after a reload. The link names the session as soon as it
 * starts, so a reload comes back to it.
 */
export const sessionScreen: ScreenFactory = async (root, route, services) => {
  const [plans, sessions] = await Promise.all([listPlans().catch(() => []), listSessions().catch(() => [])]);
  // A check-up is a fixed plan of the registry's, never stored: the same every time.
  const plan = plans.find((p) => p.id === route.path[1]) ?? checkUpPlan(route.path[1] ?? '');
  if (!plan) {
    root.append(h('main', { class: 'home' }, h('p', { class: 'notice' }, t.missing)));
    // Home after a moment, unless the child has gone somewhere else already.
    const away = setTimeout(() => navigate('#/'), 2500);
    return { dispose: () => clearTimeout(away) };
  }
  const named = sessions.find((s) => s.id === route.path[2] && s.planId === plan.id && canCarryOn(s));
  if (named) return runSession(root, plan, named, services);
  const stopped = sessionToCarryOn(sessions, plan.id, services.children.current?.id ?? null, new Date());
  if (!stopped) return runSession(root, plan, newSession(plan, services), services);
  let running: Screen | null = null;
  const offer = carryOnOffer(plan, stopped, (carryOn) => {
    offer.remove();
    void runSession(root, plan, carryOn ? stopped : newSession(plan, services), services).then((r) => { running = r; });
  });
  root.append(offer);
  return {
    leave: async (reason) => { await running?.leave?.(reason); },
    resume: () => running?.resume?.(),
    dispose: () => running?.dispose?.(),
  };
};

function newSession(plan: Plan, services: AppServices): Session {
  return {
    id: crypto.randomUUID(), planId: plan.id, profileId: services.children.current?.id ?? null,
    startedAt: new Date().toISOString(), endedAt: null, stepsDone: 0, trialsDone: 0, skippedSteps: [], sticker: null, note: '',
  };
}

async function runSession(root: HTMLElement, plan: Plan, session: Session, services: AppServices): Promise<Screen> {
  // The session's own child, whoever the device thinks is playing: every attempt in it is theirs.
  const child = services.children.profiles.find((p) => p.id === session.profileId) ?? null;
  if (child && services.children.current?.id !== child.id) services.children.choose(child);
  history.replaceState(null, '', `#/session/${plan.id}/${session.id}`);
  let progress: SessionProgress = progressOf(session);
  const store = () => {
    Object.assign(session, { stepsDone: progress.step, trialsDone: progress.trialsDone, skippedSteps: [...progress.skipped] });
    void saveSession(session).catch((error: unknown) => console.error('Deft could not save the session', error));
  };
  store();

  const main = h('main', { class: 'play session', attrs: { 'data-session': session.id } });
  root.append(main);
  let controller: ActivityController | null = null;
  let changing: ReturnType<typeof setTimeout> | undefined;
  let ended = false;
  const trail = h('ol', { class: 'trail' });
  const menu = h('div', { class: 'session-menu', attrs: { role: 'menu', hidden: '' } });
  const notes = h('div', { class: 'session-notes', attrs: { role: 'status' } });

  /** Shows the step `progress` points at; `reason` is recorded on an attempt the child had begun in the step before. */
  async function startStep(reason: 'skipped' | 'route') {
    clearTimeout(changing);
    await controller?.leave(reason);
    controller?.destroy();
    controller = null;
    sessionTrail(plan, progress, trail);
    store();
    if (isFinished(progress, plan.steps)) { await celebrate(); return; }
    const step = plan.steps[progress.step]!;
    const activity = activities.get(step.activity)!;
    const { stage, done, buttons } = playControls(services);
    stage.dataset.activity = step.activity;
    stage.dataset.step = String(progress.step);
    done.addEventListener('click', () => controller?.done());
    main.replaceChildren(stage, trail, leaveButton(), ...buttons, controls());
    const startedStep = progress.step;
    controller = await hostActivity(activity, step.params, services, {
      screen: main, stage, done, child,
      session: { id: session.id, planId: plan.id, step: progress.step, ...(checkUpPlan(plan.id) ? { checkUp: true as const } : {}) },
      // The trail fills the band along the top: a session keeps the grown-up's notes with their controls.
      showNote: (message) => { notes.prepend(h('p', {}, message)); main.querySelector('.session-controls')?.setAttribute('data-note', ''); },
      onSaved: (record) => {
        if (record.status !== 'completed' || progress.step !== startedStep || ended) return;
        progress = afterTrial(progress, plan.steps);
        sessionTrail(plan, progress, trail);
        store();
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

  /** Leaving takes the same one-second hold as the grown-up's controls; the session waits to be carried on. */
  function leaveButton(): HTMLElement {
    return holdButton({ label: t.leave, className: 'corner top-left round-button session-leave', icon: backIcon(), holdMs: CONTROLS_HOLD_MS, onHeld: () => navigate('#/') });
  }

  /** Pause, skip, repeat, end, and any notes for the grown-up: behind a one-second hold in the bottom corner away from "done". */
  function controls(): HTMLElement {
    const item = (label: string, act: () => void) => h('button', { attrs: { type: 'button', role: 'menuitem' }, on: { click: () => { menu.hidden = true; act(); } } }, label);
    menu.replaceChildren(
      notes,
      item(t.pause, () => void pause()),
      item(t.skip, () => { progress = skipStep(progress, plan.steps); void startStep('skipped'); }),
      item(t.repeat, () => { progress = repeatStep(progress); sessionTrail(plan, progress, trail); store(); }),
      item(t.end, () => { session.endedAt = new Date().toISOString(); store(); navigate('#/'); }),
    );
    const open = holdButton({ label: t.controls, className: 'session-controls corner bottom-left', icon: moreIcon(), holdMs: CONTROLS_HOLD_MS, onHeld: () => { menu.hidden = !menu.hidden; } });
    if (notes.childElementCount) open.setAttribute('data-note', '');
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
}

