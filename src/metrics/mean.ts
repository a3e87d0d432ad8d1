/** The arithmetic mean, or null for no values: "no measure", never a made-up 0. */
export function meanOrNull(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}
