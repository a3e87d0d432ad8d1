import type { ExportContent } from './attempts-json';

/**
 * One child's share of the data: their profile, attempts and sessions, and
 * the plans assigned to them (plans are shared between children, so they
 * travel whole). `null`: the attempts made with no child chosen.
 */
export function childExport(all: ExportContent, profileId: string | null): ExportContent {
  return {
    attempts: all.attempts.filter((a) => a.profileId === profileId),
    profiles: all.profiles.filter((p) => p.id === profileId),
    plans: profileId === null ? [] : all.plans.filter((plan) => plan.assignedTo.includes(profileId)),
    sessions: all.sessions.filter((s) => s.profileId === profileId),
  };
}
