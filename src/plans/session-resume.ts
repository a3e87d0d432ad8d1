import type { Session } from '../registry/plan';
import type { SessionProgress } from './session-progress';

/** Where a stored session stopped: the step it was on, its trials so far, and the steps skipped. */
export function progressOf(session: Session): SessionProgress {
  return { step: session.stepsDone, trialsDone: session.trialsDone, skipped: session.skippedSteps };
}

/** A session earned its sticker by playing every step; any other is "ended early" once nobody carries it on. */
export function sessionFinished(session: Session): boolean {
  return session.sticker !== null;
}

/** Neither finished nor ended by the grown-up: a reload, a closed tab, a crash or the back button left it part-way. */
export function canCarryOn(session: Session): boolean {
  return session.endedAt === null && !sessionFinished(session);
}

/**
 * The session a child may carry on when their plan is started again: their
 * latest one of this plan, begun today (device time), neither finished nor
 * ended by the grown-up. A reload, a closed tab, a crash or the back button
 * leave a session like that; tomorrow is a new session.
 */
export function sessionToCarryOn(sessions: readonly Session[], planId: string, profileId: string | null, now: Date): Session | null {
  const latest = sessions
    .filter((s) => s.planId === planId && s.profileId === profileId)
    .reduce<Session | null>((best, s) => (best === null || s.startedAt > best.startedAt ? s : best), null);
  if (!latest || !canCarryOn(latest)) return null;
  return sameLocalDay(new Date(latest.startedAt), now) ? latest : null;
}

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}
