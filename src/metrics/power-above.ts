/**
 * The share of a signal's power above `hz`, in percent, from its
 * periodogram: the straight-line trend is removed first (a slow drift is not
 * tremor), then a Hann window limits leakage between frequencies. The
 * constant term is excluded. A plain DFT: signals here are a few thousand
 * samples at most.
 */
/** Residues below a nanometre are rounding, not movement. */
const NEGLIGIBLE = 1e-6;

export function powerShareAbove(values: ArrayLike<number>, sampleHz: number, hz: number): number {
  const n = values.length;
  if (n < 8) return 0;
  const detrended = removeTrend(values);
  // Nothing left once the trend is gone (a steady drift): no power anywhere, so none above.
  if (Math.max(...detrended.map(Math.abs)) < NEGLIGIBLE) return 0;
  const windowed = detrended.map((v, i) => v * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1))));
  let total = 0, above = 0;
  for (let k = 1; k <= Math.floor(n / 2); k++) {
    let re = 0, im = 0;
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * k * i) / n;
      re += windowed[i]! * Math.cos(a);
      im -= windowed[i]! * Math.sin(a);
    }
    const power = re * re + im * im;
    total += power;
    if ((k * sampleHz) / n > hz) above += power;
  }
  return total > 0 ? (100 * above) / total : 0;
}

function removeTrend(values: ArrayLike<number>): number[] {
  const n = values.length;
  const meanI = (n - 1) / 2;
  let meanV = 0;
  for (let i = 0; i < n; i++) meanV += values[i]!;
  meanV /= n;
  let num = 0, den = 0;
  for (let i = 0; i < n; i++) { num += (i - meanI) * (values[i]! - meanV); den += (i - meanI) ** 2; }
  const slope = den ? num / den : 0;
  return Array.from({ length: n }, (_, i) => values[i]! - meanV - slope * (i - meanI));
}
