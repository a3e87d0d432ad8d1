import { localTimestamp } from '../schema/local-timestamp';

/** yyyy-mm-dd of an instant in this device's time zone: the days a therapist means (the CSV's local timestamp, cut to its date). */
export function localDay(time: string | number): string {
  return localTimestamp(typeof time === 'number' ? new Date(time).toISOString() : time).slice(0, 10);
}

/** The day `days` after a yyyy-mm-dd (before, when negative), by the calendar. */
export function addDays(day: string, days: number): string {
  const date = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + days));
  return date.toISOString().slice(0, 10);
}
