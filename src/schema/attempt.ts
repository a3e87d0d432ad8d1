import { z } from 'zod';
import { sortAttemptSchema } from '../activities/sort';
import { traceAttemptSchema } from '../activities/trace';

/** Every attempt record, whatever the activity: one union keyed on `activity`. */
export const attemptSchema = z.discriminatedUnion('activity', [traceAttemptSchema, sortAttemptSchema]);
export type Attempt = z.infer<typeof attemptSchema>;
