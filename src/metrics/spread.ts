import { meanOrNull } from './mean';

/** The sample standard deviation (n − 1), or null for fewer than two values: one value has no spread. */
export function sampleSdOrNull(xs: readonly number[]): number | null {
  const mean = meanOrNull(xs);
  if (mean === null || xs.length < 2) return null;
  return Math.sqrt(xs.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (xs.length - 1));
}

/** The coefficient of variation, SD ÷ mean: how steady a series is whatever its pace; null without a spread or a positive mean. */
export function coefficientOfVariationOrNull(xs: readonly number[]): number | null {
  const sd = sampleSdOrNull(xs), mean = meanOrNull(xs);
  return sd === null || mean === null || mean <= 0 ? null : sd / mean;
}

/** The least-squares slope of a series against its index (units per step): how it drifts; null for fewer than two values. */
export function slopeOrNull(ys: readonly number[]): number | null {
  if (ys.length < 2) return null;
  const n = ys.length, meanX = (n - 1) / 2, meanY = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0, den = 0;
  ys.forEach((y, x) => { num += (x - meanX) * (y - meanY); den += (x - meanX) ** 2; });
  return num / den;
}
