import type { CheckUp } from '../../activity/definition';
import { fingersParamsSchema, type FingersParams } from './params';

/**
 * The fingers' check-up: ten lit dots on a 120 mm hand (seed 5), tapping
 * for 10 s with each hand, a 100 bpm beat of 12 then 12 alone, and eight
 * presses of both hands together, each twice; fixed sizes, so the numbers
 * compare over months.
 */
export const fingersCheckUp: CheckUp<FingersParams> = {
  id: 'c0de0007-7a3e-4c11-9b2a-000000000007',
  steps: [
    { params: fingersParamsSchema.parse({ mode: 'isolate', spanMm: 120, trials: 10, seed: 5, demo: false }), trials: 2 },
    { params: fingersParamsSchema.parse({ mode: 'tap', windowS: 10, speedHands: 'both', demo: false }), trials: 2 },
    { params: fingersParamsSchema.parse({ mode: 'rhythm', tempoBpm: 100, syncBeats: 12, continuationBeats: 12, demo: false }), trials: 2 },
    { params: fingersParamsSchema.parse({ mode: 'together', trials: 8, demo: false }), trials: 2 },
  ],
};
