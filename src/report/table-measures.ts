import type { AttemptSummary } from '../registry/attempt-summary';
import { MEASURES, measuresOf, type MeasureId } from '../registry/measures';

/** Columns of measures a table of attempts has room for beside the date, task and result. */
const TABLE_MEASURES = 3;

/**
 * The measures an attempts table shows: the activity's first ones (its
 * definition orders them) that say something about these attempts. An
 * activity of several games (the fingers' six, mazes and dots) reads each
 * measure from one game only, so a table of tapping rounds shows tapping's
 * columns, not three empty ones of isolation's. With nothing to show, the
 * first ones.
 */
export function tableMeasures(activity: string, attempts: readonly AttemptSummary[], count = TABLE_MEASURES): MeasureId[] {
  const all = measuresOf(activity);
  const telling = all.filter((m) => attempts.some((a) => MEASURES[m].read(a) !== null));
  return (telling.length ? telling : all).slice(0, count);
}
