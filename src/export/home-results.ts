import type { Attempt } from '../registry/attempt';
import type { Session } from '../registry/plan';
import type { Profile } from '../schema/profile';
import { exportToJson } from './attempts-json';
import type { HomePractice } from './export-file';

export interface HomeResults {
  readonly fileName: string;
  readonly text: string;
  readonly attempts: number;
  readonly homePractice: HomePractice;
  /** The end of the newest attempt sent: stored as the child's `resultsSentAt` once the file has gone. */
  readonly sentUpTo: string;
}

/**
 * A small results file of one child's home practice for their therapist:
 * the attempts made since the last send (raw samples included, as the
 * therapist's reports and replays need), their sessions, and the child's
 * profile, every one under the id the therapist's device knows the child by
 * (`therapistChildId`, from the shared plan's link), never matched by
 * nickname. It is an ordinary export file with a `homePractice` head, so the
 * therapist imports it as any other: merged by id, idempotent. Null when
 * nothing is new.
 */
export function homeResults(child: Profile, attempts: readonly Attempt[], sessions: readonly Session[], now: Date): HomeResults | null {
  const sentAfter = child.resultsSentAt ?? '';
  const mine = attempts.filter((a) => a.profileId === child.id && a.endedAt > sentAfter).toSorted((a, b) => a.startedAt.localeCompare(b.startedAt));
  if (mine.length === 0) return null;
  const childId = child.therapistChildId ?? child.id;
  const inSessions = new Set(mine.flatMap((a) => (a.session ? [a.session.id] : [])));
  const theirSessions = sessions.filter((s) => inSessions.has(s.id)).map((s) => ({ ...s, profileId: childId }));
  const sentUpTo = mine.reduce((last, a) => (a.endedAt > last ? a.endedAt : last), '');
  const homePractice: HomePractice = { childId, nickname: child.nickname, from: mine[0]!.startedAt, to: sentUpTo, sessions: theirSessions.length };
  const text = exportToJson({ attempts: mine.map((a) => ({ ...a, profileId: childId })), profiles: [sentProfile(child, childId)], sessions: theirSessions }, now, homePractice);
  const name = child.nickname.replace(/[^\p{L}\p{N}]+/gu, '_');
  return { fileName: `deft-results-${name}-${sentUpTo.slice(0, 10)}.json`, text, attempts: mine.length, homePractice, sentUpTo };
}

/** The child as the therapist receives them: under her id for them, without what only this tablet needs (its link and its last send). */
function sentProfile(child: Profile, id: string): Profile {
  const profile: Profile = { ...child, id };
  delete profile.therapistChildId;
  delete profile.resultsSentAt;
  return profile;
}
