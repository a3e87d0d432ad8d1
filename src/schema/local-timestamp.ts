/**
 * An instant as the people who were there read it: local date and time with
 * the offset from UTC, "2026-11-29T10:25:58+01:00" (ISO 8601), so a
 * spreadsheet shows the hour of the session and the moment stays exact.
 * `offsetMinutes` east of UTC; by default this device's offset at that instant.
 */
export function localTimestamp(iso: string, offsetMinutes = -new Date(iso).getTimezoneOffset()): string {
  const shifted = new Date(Date.parse(iso) + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${shifted.toISOString().slice(0, 19)}${sign}${hours}:${minutes}`;
}
