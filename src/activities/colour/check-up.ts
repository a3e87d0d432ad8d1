import type { CheckUp } from '../../activity/definition';
import { colourParamsSchema, type ColourParams } from './params';

/**
 * Colouring's check-up: a 60 mm circle and the 90 mm ladybird's back (round
 * its 10 mm spots), three of each, an 8 mm crayon, no stencil: the same
 * pictures every time.
 */
export const colourCheckUp: CheckUp<ColourParams> = {
  id: 'c0de0005-7a3e-4c11-9b2a-000000000005',
  steps: [
    { params: colourParamsSchema.parse({ picture: 'circle', sizeMm: 60, crayonMm: 8, stencil: false, demo: false }), trials: 3 },
    { params: colourParamsSchema.parse({ picture: 'ladybird', part: 0, sizeMm: 90, crayonMm: 8, stencil: false, demo: false }), trials: 3 },
  ],
};
