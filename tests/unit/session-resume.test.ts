import { describe, expect, it } from 'vitest';
import { afterTrial, type SessionProgress } from '../../src/plans/session-progress';
import { progressOf, sessionFinished, sessionToCarryOn } from '../../src/plans/session-resume';
import { sessionSchema, type Session } from '../../src/registry/plan';

const PLAN = '6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
const MIA = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const LEO = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';
const session = (over: Partial<Session>): Session => sessionSchema.parse({
  id: crypto.randomUUID(), planId: PLAN, profileId: MIA, startedAt: new Date(2026, 10, 28, 10, 0).toISOString(),
  endedAt: null, stepsDone: 0, skippedSteps: [], sticker: null, ...over,
});
const noon = new Date(2026, 10, 28, 12, 0);

describe('items 6 and 7 (issue 14): a session carries on where it stopped', () => {
  it('stores its place within the step, and reads back the progress it was at', () => {
    const steps = [{ trials: 3 }, { trials: 2 }] as unknown as Parameters<typeof afterTrial>[1];
    let progress: SessionProgress = { step: 0, trialsDone: 0, skipped: [] };
    progress = afterTrial(afterTrial(progress, steps), steps);
    const stored = session({ stepsDone: progress.step, trialsDone: progress.trialsDone, skippedSteps: [...progress.skipped] });
    expect(progressOf(sessionSchema.parse(JSON.parse(JSON.stringify(stored))))).toEqual({ step: 0, trialsDone: 2, skipped: [] });
    // A session stored before trialsDone existed reads as the start of its step.
    const old: Record<string, unknown> = { ...stored };
    delete old.trialsDone;
    expect(progressOf(sessionSchema.parse(old))).toEqual({ step: 0, trialsDone: 0, skipped: [] });
  });

  it("offers the child's latest unfinished session of the plan begun today, and nothing else", () => {
    const earlier = session({ startedAt: new Date(2026, 10, 28, 9, 0).toISOString(), stepsDone: 1 });
    const latest = session({ startedAt: new Date(2026, 10, 28, 11, 0).toISOString(), stepsDone: 2, trialsDone: 1 });
    expect(sessionToCarryOn([earlier, latest], PLAN, MIA, noon)).toBe(latest);
    expect(sessionToCarryOn([earlier, latest], PLAN, LEO, noon)).toBeNull(); // another child's
    expect(sessionToCarryOn([earlier, latest], crypto.randomUUID(), MIA, noon)).toBeNull(); // another plan
    expect(sessionToCarryOn([latest], PLAN, MIA, new Date(2026, 10, 29, 8, 0))).toBeNull(); // tomorrow: a new session
    const finished = session({ startedAt: new Date(2026, 10, 28, 11, 30).toISOString(), endedAt: noon.toISOString(), stepsDone: 3, sticker: 2 });
    expect(sessionToCarryOn([latest, finished], PLAN, MIA, noon)).toBeNull(); // the latest was finished
    const endedByGrownUp = session({ startedAt: new Date(2026, 10, 28, 11, 30).toISOString(), endedAt: noon.toISOString(), stepsDone: 1 });
    expect(sessionToCarryOn([latest, endedByGrownUp], PLAN, MIA, noon)).toBeNull();
    expect(sessionFinished(finished)).toBe(true);
    expect(sessionFinished(endedByGrownUp)).toBe(false);
  });
});
