import type { ActivityDefinition } from './activity';
import { traceActivity } from './trace';

/** Every activity the app offers, by id. */
export const activities: ReadonlyMap<string, ActivityDefinition> = new Map<string, ActivityDefinition>([
  [traceActivity.id, traceActivity as unknown as ActivityDefinition],
]);
