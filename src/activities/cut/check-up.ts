import type { CheckUp } from '../../activity/definition';
import { cutParamsSchema, type CutParams } from './params';

/**
 * Cutting's check-up: a 120 mm straight line and a 70 mm circle, three of
 * each, the band at ¼ inch, the helping hand holding, no staircase: the
 * same sheets every time.
 */
export const cutCheckUp: CheckUp<CutParams> = {
  id: 'c0de0004-7a3e-4c11-9b2a-000000000004',
  steps: [
    { params: cutParamsSchema.parse({ line: 'straight', lengthMm: 120, toleranceMm: 6.35, hold: true, adaptive: false }), trials: 3 },
    { params: cutParamsSchema.parse({ line: 'circle', lengthMm: 70, toleranceMm: 6.35, hold: true, adaptive: false }), trials: 3 },
  ],
};
