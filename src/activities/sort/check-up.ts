import type { CheckUp } from '../../activity/definition';
import { sortParamsSchema, type SortParams } from './params';

/**
 * Sorting's check-up: eight 15 mm objects by colour into two bins, three
 * times, the same objects each time (a fixed seed; on the same screen, the
 * same layout), no distractors, no grab margin.
 */
export const sortCheckUp: CheckUp<SortParams> = {
  id: 'c0de0002-7a3e-4c11-9b2a-000000000002',
  steps: [{ params: sortParamsSchema.parse({ rule: 'color', itemCount: 8, itemSizeMm: 15, binCount: 2, distractors: 0, seed: 1, grabMarginMm: 0 }), trials: 3 }],
};
