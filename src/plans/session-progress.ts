import type { PlanStep } from '../registry/plan';

/** Where a running session is: headless, so the screen only draws it and forwards the grown-up's choices. */
export interface SessionProgress {
  /** Index of the step being played; equal to the step count once finished. */
  readonly step: number;
  /** Completed attempts in this step so far. */
  readonly trialsDone: number;
  readonly skipped: readonly number[];
}

export const sessionStart: SessionProgress = { step: 0, trialsDone: 0, skipped: [] };

export function isFinished(progress: SessionProgress, steps: readonly PlanStep[]): boolean {
  return progress.step >= steps.length;
}

/** A completed attempt: one more trial, and on the step's last one, the next step. Abandoned attempts never count. */
export function afterTrial(progress: SessionProgress, steps: readonly PlanStep[]): SessionProgress {
  if (isFinished(progress, steps)) return progress;
  const trialsDone = progress.trialsDone + 1;
  return trialsDone >= steps[progress.step]!.trials ? { ...progress, step: progress.step + 1, trialsDone: 0 } : { ...progress, trialsDone };
}

/** The grown-up moves on without finishing the step. */
export function skipStep(progress: SessionProgress, steps: readonly PlanStep[]): SessionProgress {
  if (isFinished(progress, steps)) return progress;
  return { step: progress.step + 1, trialsDone: 0, skipped: [...progress.skipped, progress.step] };
}

/** The grown-up starts the current step again from its first trial (what was played stays recorded). */
export function repeatStep(progress: SessionProgress): SessionProgress {
  return { ...progress, trialsDone: 0 };
}
