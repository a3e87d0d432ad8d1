import type { z } from 'zod';
import type { ActivityDefinition } from '../activity/definition';
import { colourActivity } from '../activities/colour';
import { fingersActivity } from '../activities/fingers';
import { cutActivity } from '../activities/cut';
import { mazeActivity } from '../activities/maze';
import { sortActivity } from '../activities/sort';
import { targetsActivity } from '../activities/targets';
import { traceActivity } from '../activities/trace';

/**
 * Every activity the app offers, in the order the home screen shows them:
 * one line each. Routes, cards, pickers, plan steps, records, summaries,
 * measures, reports and CSV all build from this list.
 */
export const ACTIVITIES = [traceActivity, sortActivity, targetsActivity, cutActivity, colourActivity, mazeActivity, fingersActivity] as const;

export type RegisteredActivity = (typeof ACTIVITIES)[number];
export type ActivityId = RegisteredActivity['id'];
export const ACTIVITY_IDS = ACTIVITIES.map((a) => a.id) as [ActivityId, ...ActivityId[]];

/**
 * Any activity, its types widened: what code that handles every activity alike
 * (a step's title, a stored record's migration) holds. Each definition's
 * functions take what its own schemas produce, and callers pass them only
 * values those schemas made, so the widening is safe.
 */
export type AnyActivity = ActivityDefinition<string, z.ZodObject, z.ZodObject, z.ZodObject, string>;

export const activities: ReadonlyMap<string, AnyActivity> = new Map(ACTIVITIES.map((a) => [a.id, a as unknown as AnyActivity]));

/** The definition of a registered activity; ids come from records and steps their schemas checked. */
export function activityOf(id: string): AnyActivity {
  const found = activities.get(id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
}
