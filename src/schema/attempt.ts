import { z } from './zod';
import { sortAttemptSchema } from '../activities/sort';
import { targetsAttemptSchema } from '../activities/targets';
import { traceAttemptSchema } from '../activities/trace';

/** Every attempt record, whatever the activity: one union keyed on `activity`. */
export const attemptSchema = z.discriminatedUnion('activity', [traceAttemptSchema, sortAttemptSchema, targetsAttemptSchema]);
export type Attempt = z.infer<typeof attemptSchema>;
