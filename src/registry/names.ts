import { activities } from './activities';

/** A parameter's label in an activity's plan form; a parameter with no label shows its key. */
export function paramName(activityId: string, key: string): string {
  return activities.get(activityId)?.strings.params[key] ?? key;
}

/** What a parameter does, in a grown-up's words, under its label in the plan editor. */
export function paramHelp(activityId: string, key: string): string {
  return activities.get(activityId)?.strings.help[key] ?? '';
}

/** What leaving an optional parameter empty means, as its empty choice says it. */
export function emptyName(activityId: string, key: string): string | null {
  return activities.get(activityId)?.strings.empty?.[key] ?? null;
}

/** The name of one of a parameter's choices (a form, a stage of help, a rule, a game, a hand). */
export function optionName(activityId: string, key: string, option: string): string {
  return activities.get(activityId)?.strings.options[key]?.[option] ?? option;
}

/** A parameter's label from whichever activity has it: for settings that apply to every activity that takes them. */
export function anyParamName(key: string): string {
  for (const activity of activities.values()) if (key in activity.strings.params) return activity.strings.params[key]!;
  return key;
}
