import type { Measure } from '../activity/definition';
import { ACTIVITIES, type ActivityId, type RegisteredActivity } from './activities';
import type { AttemptSummary } from './attempt-summary';

/** A measure as reports and goals see it: its activity, its name, and how to read it from any summary. */
export interface RegisteredMeasure {
  readonly activity: ActivityId;
  readonly name: string;
  readonly unit: Measure<unknown>['unit'];
  readonly better: Measure<unknown>['better'];
  /** The value, or null for another activity's attempt or a round without it. */
  read(attempt: AttemptSummary): number | null;
}

export type MeasureId = { [A in RegisteredActivity as A['id']]: keyof A['measures'] }[ActivityId] & string;

/** Every activity's measures, by id (ids are unique across activities: a registry test checks it). */
export const MEASURES = Object.fromEntries(ACTIVITIES.flatMap((a) => Object.entries(a.measures).map(([id, m]) => {
  const measure = m as Measure<unknown>;
  const registered: RegisteredMeasure = {
    activity: a.id,
    name: (a.strings.measures as Record<string, string>)[id] ?? id,
    unit: measure.unit,
    better: measure.better,
    read: (attempt) => (attempt.activity === a.id ? measure.read(attempt) : null),
  };
  return [id, registered];
}))) as Record<MeasureId, RegisteredMeasure>;

export const MEASURE_IDS = Object.keys(MEASURES) as [MeasureId, ...MeasureId[]];

/** The measures of one activity, in the order reports show them. */
export function measuresOf(activity: string): MeasureId[] {
  return MEASURE_IDS.filter((id) => MEASURES[id].activity === activity);
}

/** A measure's label for grown-ups. */
export function measureName(id: string): string {
  return (MEASURES as Record<string, RegisteredMeasure | undefined>)[id]?.name ?? id;
}
