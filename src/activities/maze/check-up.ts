import type { CheckUp } from '../../activity/definition';
import { mazeParamsSchema, type MazeParams } from './params';

/**
 * The mazes' check-up: the same 4 × 4 maze (seed 11) with a 14 mm path and
 * lenient walls, three times, then the ten-dot star 25 mm apart with the next
 * dot pulsing, three times; no staircase, so the numbers compare over months.
 */
export const mazeCheckUp: CheckUp<MazeParams> = {
  id: 'c0de0006-7a3e-4c11-9b2a-000000000006',
  steps: [
    { params: mazeParamsSchema.parse({ mode: 'maze', kind: 'perfect', columns: 4, rows: 4, corridorMm: 14, walls: 'lenient', seed: 11, demo: false }), trials: 3 },
    { params: mazeParamsSchema.parse({ mode: 'dots', picture: 'star', dots: 10, spacingMm: 25, labels: 'pulse', demo: false }), trials: 3 },
  ],
};
