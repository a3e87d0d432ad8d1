/**
 * Characters that make a spreadsheet treat a cell as a formula. A therapist's
 * export opened in Excel must never run anything, whatever a record holds.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field by RFC 4180, with text that could start a formula made inert. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
