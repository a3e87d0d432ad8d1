import { localTimestamp } from '../schema/local-timestamp';

/** Every time zone's offset is a whole number of quarter hours, so an instant's local day is its quarter hour's. */
const QUARTER_HOUR_MS = 15 * 60_000;
/** Enough quarter hours for years of reports; past it the cache starts again rather than grow. */
const MAX_CACHED = 200_000;
const dayOfQuarter = new Map<number, string>();

/**
 * yyyy-mm-dd of an instant in this device's time zone: the days a therapist
 * means (the CSV's local timestamp, cut to its date). Worked out once per
 * quarter hour: a report of 5,000 attempts asks it tens of thousands of times.
 */
export function localDay(time: string | number): string {
  const quarter = Math.floor((typeof time === 'number' ? time : Date.parse(time)) / QUARTER_HOUR_MS);
  let day = dayOfQuarter.get(quarter);
  if (day === undefined) {
    if (dayOfQuarter.size >= MAX_CACHED) dayOfQuarter.clear();
    day = localTimestamp(new Date(quarter * QUARTER_HOUR_MS).toISOString()).slice(0, 10);
    dayOfQuarter.set(quarter, day);
  }
  return day;
}

/** The day `days` after a yyyy-mm-dd (before, when negative), by the calendar. */
export function addDays(day: string, days: number): string {
  const date = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + days));
  return date.toISOString().slice(0, 10);
}
