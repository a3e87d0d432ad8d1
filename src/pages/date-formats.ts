/**
 * The date formats grown-ups' pages show, in the device's language, made
 * once: building an Intl.DateTimeFormat costs more than formatting hundreds
 * of dates with it.
 */
export const DATE_FORMATS = {
  /** "29 Nov 2026, 10:25". */
  dateTime: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
  /** "29 Nov 2026". */
  date: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }),
  /** "29 November 2026". */
  longDate: new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }),
  /** "29 Nov". */
  dayMonth: new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }),
  /** "10:25". */
  time: new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }),
};

/** A yyyy-mm-dd day as a grown-up reads it: "29 Nov 2026" (noon, so no time zone moves it). */
export function dateText(day: string): string {
  return DATE_FORMATS.date.format(new Date(`${day}T12:00:00`));
}
