import type { CheckUp } from '../../activity/definition';
import { traceParamsSchema, type TraceParams } from './params';

/** Trials of each form: three, so a check-up shows how much the child's own tracings vary on one day. */
const TRIALS = 3;

/**
 * Tracing's check-up: a circle and a square traced over the path, then a
 * cross copied from a model; every one 70 mm wide in a 10 mm corridor, with
 * the demonstration, the taught stroke order left lenient, no staircase.
 * These are the schema's defaults, written out so a change of default never
 * changes the check-up.
 */
export const traceCheckUp: CheckUp<TraceParams> = {
  id: 'c0de0001-7a3e-4c11-9b2a-000000000001',
  steps: (['circle', 'square'] as const).map((form) => step({ form, guide: 'trace' })).concat(step({ form: 'cross', guide: 'copy' })),
};

function step(params: Pick<TraceParams, 'form' | 'guide'>) {
  return {
    params: traceParamsSchema.parse({
      ...params, sizeMm: 70, corridorMm: 10, demo: true, passCoveragePct: 80, passInBandPct: 80, strokeOrder: 'lenient',
      outsideInk: true, strict: false, adaptive: false,
    }),
    trials: TRIALS,
  };
}
