import type { AttemptSummary } from '../registry/attempt-summary';
import { MEASURES, measuresOf, type MeasureId } from '../registry/measures';
import type { Plan } from '../registry/plan';
import { usualVariation, withinSd } from './usual-variation';
import { startedMs } from './started-ms';

export interface CheckUpResult {
  readonly sessionId: string;
  /** When its first trial of the step started, ms since the epoch. */
  readonly time: number;
  /** The measure in each completed trial, in order. */
  readonly trials: readonly number[];
  readonly mean: number;
  /** Change of the mean from the first check-up's, and whether it is beyond the usual variation for these two; null for the first. */
  readonly change: { readonly value: number; readonly usual: number | null; readonly beyondUsual: boolean | null } | null;
}

export interface CheckUpMeasure {
  readonly step: number;
  readonly measure: MeasureId;
  readonly results: readonly CheckUpResult[];
  /** The child's pooled spread across trials within a check-up; null without one of two trials or more. */
  readonly withinSd: number | null;
}

/**
 * One child's check-ups of one protocol, compared: for each step and each of
 * its activity's measures, every check-up's trials and mean, oldest first,
 * and each mean's change since the first check-up beside the usual variation
 * for two means of those many trials (usual-variation.ts). The spread is
 * pooled over all of the child's check-ups of the step, the best estimate of
 * how much their trials vary on one day. `attempts` may hold anything: only
 * the protocol's check-up attempts count.
 */
export function compareCheckUps(protocol: Plan, attempts: readonly AttemptSummary[]): CheckUpMeasure[] {
  return protocol.steps.flatMap((step, index) => {
    const mine = attempts.filter((a) => a.status === 'completed' && a.session?.checkUp && a.session.planId === protocol.id && a.session.step === index);
    const bySession = new Map<string, AttemptSummary[]>();
    for (const a of mine.toSorted((x, y) => x.startedAt.localeCompare(y.startedAt))) {
      const list = bySession.get(a.session!.id);
      if (list) list.push(a);
      else bySession.set(a.session!.id, [a]);
    }
    return measuresOf(step.activity).flatMap((measure) => {
      const sessions = [...bySession].map(([sessionId, list]) => ({
        sessionId,
        time: startedMs(list[0]!),
        trials: list.map((a) => MEASURES[measure].read(a)).filter((v): v is number => v !== null && Number.isFinite(v)),
      })).filter((s) => s.trials.length > 0).sort((a, b) => a.time - b.time);
      if (sessions.length === 0) return [];
      const sd = withinSd(sessions.map((s) => s.trials));
      const first = sessions[0]!;
      const firstMean = mean(first.trials);
      const results = sessions.map((s, i): CheckUpResult => {
        const m = mean(s.trials);
        if (i === 0) return { ...s, mean: m, change: null };
        // Two means of k₁ and k₂ trials differ by 1.96·SD·√(1/k₁ + 1/k₂) by chance: the harmonic mean of k₁ and k₂ in usualVariation's √(2/k).
        const usual = sd === null ? null : usualVariation(sd, 2 / (1 / first.trials.length + 1 / s.trials.length));
        return { ...s, mean: m, change: { value: m - firstMean, usual, beyondUsual: usual === null ? null : Math.abs(m - firstMean) > usual } };
      });
      return [{ step: index, measure, results, withinSd: sd }];
    });
  });
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
