/**
 * Decimals a number keeps in the CSV, by the unit its column's name ends in
 * (every record field names its unit): as fine as it is measured, no finer.
 * A 1248.0666666666511 ms duration is 1248 ms; a 0.9999999999997965 ratio is
 * 1. Names are matched in order, so "MmPerS" is a speed before it is a length
 * and "pxPerMm" a screen's density, not a length.
 */
const DECIMALS_BY_UNIT: readonly [RegExp, number][] = [
  // The device's own numbers, as the screen reports them.
  [/pxPerMm$|devicePixelRatio$/, 4],
  // Throughput: a hundredth of a bit per second, as Fitts' studies report it.
  [/BitsPerS$/, 2],
  // Times come from performance.now() and event stamps: whole milliseconds.
  [/Ms$/, 0],
  // Speeds, from mm over ms: a tenth of a mm per second.
  [/PerS$/, 1],
  // Shares, shown as percentages: a tenth of a percent.
  [/Pct$/, 1],
  // Angles: a tenth of a degree.
  [/Deg$/, 1],
  // Lengths: a hundredth of a mm; a touch lands within about a tenth, and means of many are finer.
  [/Mm$/, 2],
];
/** Any other number (ratios, indices, jerk, coefficients of variation): three decimals. */
const OTHER_DECIMALS = 3;

/** A cell's value as a spreadsheet should get it: numbers rounded for their column, lists of numbers space-separated. */
export function csvValue(column: string, value: unknown): unknown {
  if (typeof value === 'number') return rounded(column, value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'number' ? rounded(column, v) : v)).join(' ');
  return value;
}

function rounded(column: string, value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  const decimals = DECIMALS_BY_UNIT.find(([unit]) => unit.test(column))?.[1] ?? OTHER_DECIMALS;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0; // + 0 turns −0 into 0
}
