import { sessionFinished } from '../plans/session-resume';
import type { AttemptSummary } from '../registry/attempt-summary';
import type { Plan, Session } from '../registry/plan';

export interface SessionRow {
  readonly session: Session;
  /** The plan's name, or null when the plan has since been deleted. */
  readonly planName: string | null;
  /** Steps played or skipped, of the plan's steps. */
  readonly stepsDone: number;
  readonly steps: number | null;
  /** Finished with a sticker, or ended early: left, reloaded, ended by the grown-up, never completed. */
  readonly outcome: 'finished' | 'ended-early';
  /** Every attempt made in it, of every activity, abandoned ones included. */
  readonly attempts: number;
  readonly completedAttempts: number;
  /** From its start to when it ended, or to its last attempt's end if it never did; null with neither. */
  readonly durationMs: number | null;
  /** Its activities, in the order first played. */
  readonly activities: readonly AttemptSummary['activity'][];
}

/** One child's sessions begun within the days (yyyy-mm-dd, device time), newest first, each with its attempts. */
export function reportSessions(sessions: readonly Session[], attempts: readonly AttemptSummary[], plans: readonly Plan[], filter: { profileId: string; from: string; to: string }): SessionRow[] {
  const from = new Date(`${filter.from}T00:00:00`).getTime();
  const to = new Date(`${filter.to}T23:59:59.999`).getTime();
  const inSession = new Map<string, AttemptSummary[]>();
  for (const a of attempts) {
    if (!a.session) continue;
    const mine = inSession.get(a.session.id);
    if (mine) mine.push(a);
    else inSession.set(a.session.id, [a]);
  }
  return sessions
    .filter((s) => s.profileId === filter.profileId && Date.parse(s.startedAt) >= from && Date.parse(s.startedAt) <= to)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
    .map((session) => {
      const plan = plans.find((p) => p.id === session.planId);
      const mine = inSession.get(session.id) ?? [];
      return {
        session,
        planName: plan?.name ?? null,
        stepsDone: session.stepsDone,
        steps: plan?.steps.length ?? null,
        outcome: sessionFinished(session) ? 'finished' : 'ended-early',
        attempts: mine.length,
        completedAttempts: mine.filter((a) => a.status === 'completed').length,
        durationMs: sessionDuration(session, mine),
        activities: [...new Set(mine.toSorted((a, b) => a.startedAt.localeCompare(b.startedAt)).map((a) => a.activity))],
      };
    });
}

function sessionDuration(session: Session, attempts: readonly AttemptSummary[]): number | null {
  const lastAttempt = attempts.reduce<string | null>((last, a) => (last === null || a.endedAt > last ? a.endedAt : last), null);
  const end = session.endedAt ?? lastAttempt;
  return end === null ? null : Math.max(0, Date.parse(end) - Date.parse(session.startedAt));
}
