import type { ActivityController, GuideCue } from '../../activity/definition';
import type { AnyActivity } from '../../registry/activities';
import { speak } from '../../audio/speak';
import type { Attempt } from '../../registry/attempt';
import { summarize } from '../../registry/attempt-summary';
import { roundSticker } from '../../rewards/stickers-earned';
import { STICKER_COUNT } from '../ui/stickers';
import type { SessionRef } from '../../schema/parts';
import type { Profile } from '../../schema/profile';
import { createAttemptKeeper } from '../../storage/attempt-keeper';
import { awaitingReload, onVersionChange } from '../../storage/database';
import { keepUnloadCopy } from '../../storage/unload-copy';
import { listProfiles, saveProfile } from '../../storage/profiles';
import { strings } from '../../text/strings';
import type { AppServices } from '../../contract/services';
import { h } from '../ui/dom';
import { showGrownUpNote } from '../ui/grown-up-note';

/** One for the whole app, so attempts held while storage is full outlive the screen they were made on. */
const keeper = createAttemptKeeper();
// A newer Deft takes the database over: what waits in memory goes where the next start stores it from.
onVersionChange(() => { for (const attempt of keeper.drain()) keepUnloadCopy(attempt); });

export interface HostOptions {
  /** Where notes for the grown-up appear (showGrownUpNote), unless `showNote` takes them. */
  readonly screen: HTMLElement;
  /** Shows a note for the grown-up elsewhere (a session keeps them with its controls). */
  showNote?(message: string): void;
  /** The element the activity fills. */
  readonly stage: HTMLElement;
  readonly done: HTMLElement;
  /** The child playing: a session's own child; by default whoever the device has chosen. */
  readonly child?: Profile | null;
  /** Stamped on every attempt made here: the session and its step. */
  readonly session?: SessionRef;
  /** After an attempt is stored, or held in memory until storage has room. */
  onSaved?(record: Attempt): void;
  /** Free play: the round is over, with the sticker its last attempt won (null: effort, no sticker). */
  roundOver?(sticker: number | null): void;
  /** Free play: how far the round has come. */
  progress?(done: number, total: number): void;
}

/**
 * Starts an activity for the child playing now, wired to storage, sound and
 * the screen's "done" button. Shared by single games and plan sessions, so
 * both store the same records. Resolves null when the browser cannot draw.
 */
export async function hostActivity(activity: AnyActivity, params: Record<string, unknown>, services: AppServices, options: HostOptions): Promise<ActivityController | null> {
  const { screen, stage, done } = options;
  const shownNotices = new Set<string>();
  // Each round may say the same again: show a message once per screen.
  const showNotice = (message: string) => {
    if (shownNotices.has(message)) return;
    shownNotices.add(message);
    if (options.showNote) options.showNote(message);
    else showGrownUpNote(screen, message);
  };
  const child = options.child === undefined ? services.children.current : options.child;
  // The round's last attempt, handed over as it ends: the sticker it wins is chosen by its id, as the book reads it.
  let lastRecord: Attempt | null = null;
  const { roundOver } = options;
  const stickerFor = (won: boolean) => {
    const record = lastRecord;
    if (!won || !record) return null;
    return roundSticker(summarize(record), STICKER_COUNT);
  };
  // Now and then, not every time: the same words each round would soon be noise.
  let cues = 0;
  const say = (cue: GuideCue) => {
    const { voiceVolume, muted } = services.settings;
    if (voiceVolume === 0 || muted) return;
    const lines = cue === 'show' ? [activity.instruction(params)] : strings.guide[cue];
    if (cue !== 'show' && cues++ % 2 === 1) return;
    speak(lines[Math.floor(Math.random() * lines.length)]!, voiceVolume);
  };
  try {
    const controller = await activity.mount({
      parent: stage,
      pxPerMm: services.settings.pxPerMm,
      profileId: child?.id ?? null,
      handedness: child?.handedness ?? services.settings.handedness,
      handSpanMm: child?.handSpanMm ?? null,
      ...(child ? { rememberHandSpan: (mm: number) => void rememberHandSpan(services, child.id, mm) } : {}),
      sound: services.sound,
      ...(options.session ? { session: options.session } : {}),
      saveAttempt: async (made) => {
        // The activity checked its record (its session stamped) against its own schema, the registry's member for it: it is an Attempt.
        const record = made as Attempt;
        lastRecord = record;
        if (awaitingReload()) {
          // A newer Deft holds the database now: the copy is this attempt's store until the page reloads between games.
          keepUnloadCopy(record);
          countSaved(stage);
          options.onSaved?.(record);
          return;
        }
        // Hidden may mean the page is going away: a copy that survives it, written before the first await.
        const dropCopy = record.endReason === 'hidden' ? keepUnloadCopy(record) : null;
        const outcome = await keeper.keep(record);
        if (outcome.kind !== 'saved') {
          // The game goes on; the grown-up is told, and the attempt waits in memory for space.
          console.warn('Deft could not store an attempt yet', outcome.kind === 'failed' ? outcome.error : 'storage full');
          showNotice(outcome.kind === 'full' ? strings.play.storageFull : strings.play.storageFailed);
        }
        const stored = outcome.stored.some((a) => a.id === record.id);
        if (stored) {
          dropCopy?.();
          countSaved(stage);
        }
        stage.dataset.held = String(keeper.held);
        // Held for space counts as made: a session moves on rather than stall the child on a full disk.
        if (stored || outcome.kind !== 'saved') options.onSaved?.(record);
      },
      setDoneVisible: (visible) => { done.hidden = !visible; },
      say,
      calm: services.settings.calm,
      ...(roundOver ? { roundOver: (won: boolean) => roundOver(stickerFor(won)) } : {}),
      ...(options.progress ? { progress: options.progress } : {}),
      showNotice,
    }, params);
    stage.dataset.ready = 'true';
    // A metronome under a tune is not a beat to follow.
    if (activity.needsQuiet?.(params)) services.music.stop();
    else services.music.start();
    return controller;
  } catch (error) {
    console.error(error);
    stage.append(h('p', { class: 'notice' }, strings.play.gameFailed));
    return null;
  }
}

/** How many attempts this screen has stored (held as a copy counts): for the people and tests watching. */
function countSaved(stage: HTMLElement): void {
  stage.dataset.saved = String(Number(stage.dataset.saved ?? 0) + 1);
}

/** The profile as stored now, with the hand span measured: a grown-up's edits since the game began are kept. */
async function rememberHandSpan(services: AppServices, childId: string, mm: number): Promise<void> {
  try {
    const child = (await listProfiles()).find((p) => p.id === childId);
    if (!child) return;
    await saveProfile({ ...child, handSpanMm: mm });
    await services.children.reload();
  } catch (error) {
    console.warn('Deft could not keep the measured hand span', error);
  }
}
