import { z } from 'zod';
import { FORM_IDS } from './forms';

/**
 * What a therapist can set for one tracing drill. Limits keep a form on a
 * tablet screen and a corridor that is neither invisible nor the whole screen.
 */
export const traceParamsSchema = z.object({
  form: z.enum(FORM_IDS).default('vertical').describe('Which pre-writing form to trace'),
  sizeMm: z.number().min(20).max(160).default(70).describe('Width of the form in mm'),
  corridorMm: z.number().min(2).max(40).default(10).describe('Full width of the tolerance corridor in mm; a point is inside within half of it'),
  demo: z.boolean().default(true).describe('Play the short animated demonstration before the child starts'),
  passCoveragePct: z.number().min(0).max(100).default(80).describe('An attempt passes with at least this coverage…'),
  passInBandPct: z.number().min(0).max(100).default(80).describe('…and at least this share of ink inside the corridor'),
});
export type TraceParams = z.infer<typeof traceParamsSchema>;

/** Short names used in links: #/play/trace?form=circle&size=70&corridor=10 */
export const TRACE_URL_NAMES = {
  form: 'form',
  sizeMm: 'size',
  corridorMm: 'corridor',
  demo: 'demo',
  passCoveragePct: 'coverage',
  passInBandPct: 'inband',
} as const satisfies Record<keyof TraceParams, string>;
