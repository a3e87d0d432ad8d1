import type { CheckUp } from '../../activity/definition';
import { targetsParamsSchema, type TargetsParams } from './params';

/**
 * The targets check-up: ten 10 mm bubbles popped with no staircase, three
 * times, then five ladybugs pinched into the jar, twice; fixed seeds, so the
 * same places on the same screen.
 */
export const targetsCheckUp: CheckUp<TargetsParams> = {
  id: 'c0de0003-7a3e-4c11-9b2a-000000000003',
  steps: [
    { params: targetsParamsSchema.parse({ mode: 'pop', sizeMm: 10, adaptive: false, trials: 10, seed: 1 }), trials: 3 },
    { params: targetsParamsSchema.parse({ mode: 'pinch', sizeMm: 10, items: 5, seed: 1 }), trials: 2 },
  ],
};
