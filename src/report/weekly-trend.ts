/** A measured value at a time: one per session (its mean), oldest first or not. */
export interface TimedValue {
  /** ms since the epoch. */
  readonly time: number;
  readonly value: number;
}

export type WeeklyTrend =
  | {
    readonly kind: 'trend';
    /** Least-squares slope, the measure's unit per week. */
    readonly perWeek: number;
    /** Its standard error, same unit. */
    readonly standardError: number;
    /** The 95% confidence interval of the slope (Student's t with n − 2 degrees of freedom). */
    readonly low: number;
    readonly high: number;
    /** Sessions behind it. */
    readonly sessions: number;
  }
  | { readonly kind: 'too-little-data'; readonly sessions: number; readonly spanDays: number };

/**
 * Fewer than four sessions leave a line two degrees of freedom or less: its
 * interval would span nearly anything (t = 4.3 at two), so no trend is drawn.
 */
export const MIN_TREND_SESSIONS = 4;
/** Nor over less than two weeks: a slope per week needs weeks to stand on, and one busy week is not a trend. */
export const MIN_TREND_SPAN_DAYS = 14;

const WEEK_MS = 7 * 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** Student's t, two-sided 95%, by degrees of freedom 1–30; beyond, the normal 1.96 is within 2%. */
const T_975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/**
 * The straight-line change per week through session values, with its
 * uncertainty: ordinary least squares on (weeks, value), the slope's standard
 * error √(s² / Σ(t − t̄)²) with s² the residual variance on n − 2 degrees of
 * freedom, and its 95% interval. Only when the data can carry one
 * (MIN_TREND_SESSIONS, MIN_TREND_SPAN_DAYS); otherwise it says so.
 */
export function weeklyTrend(values: readonly TimedValue[]): WeeklyTrend {
  const n = values.length;
  const times = values.map((v) => v.time);
  const spanDays = n ? (Math.max(...times) - Math.min(...times)) / DAY_MS : 0;
  if (n < MIN_TREND_SESSIONS || spanDays < MIN_TREND_SPAN_DAYS) return { kind: 'too-little-data', sessions: n, spanDays };
  const t = values.map((v) => v.time / WEEK_MS);
  const y = values.map((v) => v.value);
  const tMean = t.reduce((a, b) => a + b, 0) / n;
  const yMean = y.reduce((a, b) => a + b, 0) / n;
  let sxx = 0, sxy = 0;
  t.forEach((ti, i) => { sxx += (ti - tMean) ** 2; sxy += (ti - tMean) * (y[i]! - yMean); });
  const perWeek = sxy / sxx;
  const residualSquares = t.reduce((sum, ti, i) => sum + (y[i]! - (yMean + perWeek * (ti - tMean))) ** 2, 0);
  const standardError = Math.sqrt(residualSquares / (n - 2) / sxx);
  const margin = (T_975[n - 3] ?? 1.96) * standardError;
  return { kind: 'trend', perWeek, standardError, low: perWeek - margin, high: perWeek + margin, sessions: n };
}
