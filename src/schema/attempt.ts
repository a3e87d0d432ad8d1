import { z } from 'zod';
import { traceAttemptSchema } from '../activities/trace';

/** Every attempt record, whatever the activity: one union keyed on `activity`. */
export const attemptSchema = z.discriminatedUnion('activity', [traceAttemptSchema]);
export type Attempt = z.infer<typeof attemptSchema>;
