import { z } from '../../schema/zod';
import { FORM_IDS } from '../../forms/forms';

/** How much help the child gets, from most to least: the stages a form is learnt through. */
export const GUIDE_STAGES = ['trace', 'dotted', 'dots', 'copy', 'memory'] as const;
export type GuideStage = (typeof GUIDE_STAGES)[number];
/** Stages drawn from a model rather than over a path: scored by recognition, criteria and fit. */
export const COPY_STAGES: ReadonlySet<GuideStage> = new Set(['copy', 'memory']);

export const handednessSchema = z.enum(['right', 'left']);
export type Handedness = z.infer<typeof handednessSchema>;

/**
 * What a therapist can set for one tracing drill. Limits keep a form on a
 * tablet screen and a corridor that is neither invisible nor the whole screen.
 */
export const traceParamsSchema = z.object({
  form: z.enum(FORM_IDS).default('vertical').describe('Which pre-writing form'),
  guide: z.enum(GUIDE_STAGES).default('trace').describe('trace: solid path, arrow and demonstration; dotted: faint dotted path and start dot; dots: start, corner and end dots; copy: a model beside an empty box; memory: the model for a few seconds, then the empty box'),
  sizeMm: z.number().min(20).max(160).default(70).describe('Width of the form in mm'),
  corridorMm: z.number().min(2).max(40).default(10).describe('Full width of the tolerance corridor in mm; a point is inside within half of it. With adaptive, where the staircase starts'),
  demo: z.boolean().default(true).describe('Play the short animated demonstration before the child starts (trace stage)'),
  passCoveragePct: z.number().min(0).max(100).default(80).describe('A traced attempt passes with at least this coverage…'),
  passInBandPct: z.number().min(0).max(100).default(80).describe('…and at least this share of ink inside the corridor'),
  strokeOrder: z.enum(['lenient', 'strict']).default('lenient').describe('strict: passing also needs the taught stroke order and direction'),
  outsideInk: z.boolean().default(true).describe('Ink changes colour while it is outside the corridor (path stages)'),
  strict: z.boolean().default(false).describe('Leaving the corridor stops the stroke; the child lifts and carries on (path stages)'),
  adaptive: z.boolean().default(false).describe('A staircase narrows the corridor after two passes in a row and widens it after a fail (path stages)'),
  adaptiveMinMm: z.number().min(2).max(40).default(4).describe('The narrowest corridor the staircase may reach'),
  adaptiveMaxMm: z.number().min(2).max(40).default(30).describe('The widest corridor the staircase may reach'),
  modelSeconds: z.number().min(1).max(10).default(3).describe('How long the model shows in the memory stage'),
  hand: handednessSchema.optional().describe("The drawing hand; by default the child's profile's (right without one)"),
});
export type TraceParams = z.infer<typeof traceParamsSchema>;

/** Short names used in links: #/play/trace?form=square&guide=copy */
export const TRACE_URL_NAMES = {
  form: 'form',
  guide: 'guide',
  sizeMm: 'size',
  corridorMm: 'corridor',
  demo: 'demo',
  passCoveragePct: 'coverage',
  passInBandPct: 'inband',
  strokeOrder: 'order',
  outsideInk: 'outside',
  strict: 'strict',
  adaptive: 'adaptive',
  adaptiveMinMm: 'min',
  adaptiveMaxMm: 'max',
  modelSeconds: 'model',
  hand: 'hand',
} as const satisfies Record<keyof TraceParams, string>;
