import type { ActivityDefinition } from './activity';
import { sortActivity } from './sort';
import { targetsActivity } from './targets';
import { traceActivity } from './trace';

/**
 * Every activity the app offers, by id. Each definition is typed by its own
 * parameter schema; the cast widens it for the list, and the play screen
 * parses the parameters with that same schema before mounting.
 */
export const activities: ReadonlyMap<string, ActivityDefinition> = new Map<string, ActivityDefinition>([
  [traceActivity.id, traceActivity as unknown as ActivityDefinition],
  [sortActivity.id, sortActivity as unknown as ActivityDefinition],
  [targetsActivity.id, targetsActivity as unknown as ActivityDefinition],
]);
