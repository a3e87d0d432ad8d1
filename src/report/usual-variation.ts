/**
 * How much two check-ups' results may differ by chance alone, from the spread
 * of the repeated trials within them.
 *
 * - `withinSd`: the pooled within-check-up standard deviation,
 *   √(Σ over check-ups Σ (x − its mean)² / Σ (trials − 1)): how much one
 *   child's trials vary on one day.
 * - `usualVariation`: the smallest difference between two check-ups' means
 *   of `trials` trials each that chance alone reaches less than one time in
 *   twenty, 1.96 · withinSd · √(2 / trials). This is the minimal detectable
 *   change at 95% (MDC95 = 1.96 · √2 · SEM; Weir 2005, Haley & Fragala-Pinkham
 *   2006) with the SEM of a mean of `trials` trials. A change smaller than it
 *   is "within the usual variation".
 *
 * Null without a check-up of two trials or more: one trial has no spread.
 */
export function withinSd(checkUps: readonly (readonly number[])[]): number | null {
  let squares = 0, freedom = 0;
  for (const trials of checkUps) {
    if (trials.length < 2) continue;
    const mean = trials.reduce((a, b) => a + b, 0) / trials.length;
    squares += trials.reduce((sum, x) => sum + (x - mean) ** 2, 0);
    freedom += trials.length - 1;
  }
  return freedom > 0 ? Math.sqrt(squares / freedom) : null;
}

/** Two-sided 95% of a normal distribution. */
const Z_975 = 1.96;

export function usualVariation(sd: number, trials: number): number {
  return Z_975 * sd * Math.sqrt(2 / trials);
}
