import { z } from '../schema/zod';
import { ACTIVITIES, type ActivityId, type RegisteredActivity } from './activities';
import { MEASURES, MEASURE_IDS } from './measures';

/** More than a session holds: a plan is a drill, not a curriculum. */
const MAX_STEPS = 20;
/** Trials a step, and the window a goal looks back over. */
const MAX_TRIALS = 50;

/** "coverage ≥ 80 in 4 of 5 trials": met when at least `inTrials` of the step's last `ofTrials` trials reach the value. */
export const goalSchema = z.object({
  measure: z.enum(MEASURE_IDS),
  comparison: z.enum(['atLeast', 'atMost']),
  value: z.number().min(0).max(1_000_000),
  inTrials: z.int().min(1).max(MAX_TRIALS),
  ofTrials: z.int().min(1).max(MAX_TRIALS),
}).refine((goal) => goal.inTrials <= goal.ofTrials, { message: 'a goal cannot ask for more trials than it looks at', path: ['inTrials'] });
export type Goal = z.infer<typeof goalSchema>;

/** Each activity's parameter schema, by id: plan forms are generated from these, so a new activity needs no form code. */
export const STEP_PARAMS = Object.fromEntries(ACTIVITIES.map((a) => [a.id, a.paramsSchema])) as { [A in RegisteredActivity as A['id']]: A['paramsSchema'] };

const trials = z.int().min(1).max(MAX_TRIALS).describe('completed attempts before the session moves on');

/** Each activity's step schema, as a tuple in registry order (what z.discriminatedUnion asks for). */
type StepSchemas<T extends readonly unknown[]> = { [K in keyof T]: T[K] extends { id: infer Id extends string; paramsSchema: infer P extends z.ZodObject } ? z.ZodObject<{ activity: z.ZodLiteral<Id>; params: P; trials: typeof trials; goal: z.ZodOptional<typeof goalSchema> }> : never };

/** One step: an activity with its own parameters, validated by that activity's schema. */
export const planStepSchema = z.discriminatedUnion('activity', ACTIVITIES.map((a) => z.object({ activity: z.literal(a.id), params: a.paramsSchema, trials, goal: goalSchema.optional() })) as unknown as StepSchemas<typeof ACTIVITIES>)
  .refine((step) => !step.goal || MEASURES[step.goal.measure].activity === step.activity, { message: "the goal's measure belongs to another activity", path: ['goal', 'measure'] });
export type PlanStep = z.infer<typeof planStepSchema>;
export type PlanActivity = ActivityId;

/** What a plan is, wherever it travels: in a link, in a file, or stored. */
export const planContentSchema = z.object({
  name: z.string().trim().min(1).max(80),
  steps: z.array(planStepSchema).min(1).max(MAX_STEPS),
});
export type PlanContent = z.infer<typeof planContentSchema>;

/** A stored plan: its content, and the children it is assigned to on this device. */
export const planSchema = planContentSchema.extend({
  id: z.uuid(),
  assignedTo: z.array(z.uuid()).max(100).default([]).describe('profile ids of the children who see it as "Today\'s practice"'),
  createdAt: z.iso.datetime(),
});
export type Plan = z.infer<typeof planSchema>;

/** A session: one run of a plan by one child. Finishing it earns a sticker. */
export const sessionSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  profileId: z.string().nullable(),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable().describe('when it finished, or the grown-up ended it; null while it can be carried on'),
  stepsDone: z.int().min(0).max(MAX_STEPS).describe('the step being played (0-based): steps before it are done or skipped'),
  trialsDone: z.int().min(0).default(0).describe('completed trials of the step being played, so a reload carries on where it stopped'),
  skippedSteps: z.array(z.int().min(0)).default([]),
  sticker: z.int().min(0).nullable().describe('which sticker it earned, when finished'),
  note: z.string().max(4000).default('').describe("the therapist's note on the session, shown in reports"),
});
export type Session = z.infer<typeof sessionSchema>;
