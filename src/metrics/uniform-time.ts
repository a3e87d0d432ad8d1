import type { TimedMmPoint } from '../geometry/units';

/** 100 Hz: above twice any hand movement or tremor frequency (under 20 Hz), and no finer than most touch screens report. */
export const UNIFORM_HZ = 100;

/** A path sampled at equal time steps: what filters and derivatives need. */
export interface UniformPath {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Seconds between samples. */
  readonly dt: number;
}

/**
 * Positions every 1/hz seconds from the first sample to the last, linearly
 * interpolated between the samples the device delivered (which come
 * unevenly: 8 to 25 ms apart on the same screen).
 */
export function uniformInTime(points: readonly TimedMmPoint[], hz = UNIFORM_HZ): UniformPath {
  const dt = 1 / hz;
  if (points.length === 0) return { x: new Float64Array(0), y: new Float64Array(0), dt };
  const start = points[0]!.t;
  const count = Math.floor((points[points.length - 1]!.t - start) / (dt * 1000)) + 1;
  const x = new Float64Array(count), y = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < count; i++) {
    const t = start + i * dt * 1000;
    while (j < points.length - 2 && points[j + 1]!.t < t) j++;
    const a = points[j]!, b = points[Math.min(j + 1, points.length - 1)]!;
    const f = b.t > a.t ? Math.min(1, Math.max(0, (t - a.t) / (b.t - a.t))) : 0;
    x[i] = a.x + (b.x - a.x) * f;
    y[i] = a.y + (b.y - a.y) * f;
  }
  return { x, y, dt };
}

/**
 * Gaussian low-pass filter. σ = 15 ms passes movement (its -3 dB point is
 * near 12 Hz) and removes the sample-to-sample jitter that derivatives
 * would otherwise amplify. Ends are handled by renormalising the kernel.
 */
export function smoothGaussian(values: Float64Array, dt: number, sigmaS = 0.015): Float64Array {
  const sigma = sigmaS / dt;
  const half = Math.ceil(3 * sigma);
  const kernel = Array.from({ length: 2 * half + 1 }, (_, k) => Math.exp(-((k - half) ** 2) / (2 * sigma * sigma)));
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let sum = 0, weight = 0;
    for (let k = -half; k <= half; k++) {
      const v = values[i + k];
      if (v === undefined) continue;
      sum += v * kernel[k + half]!;
      weight += kernel[k + half]!;
    }
    out[i] = sum / weight;
  }
  return out;
}

/** Central differences: the derivative of a uniformly sampled series (one sample shorter at each end). */
export function derivative(values: Float64Array, dt: number): Float64Array {
  const out = new Float64Array(Math.max(0, values.length - 2));
  for (let i = 1; i < values.length - 1; i++) out[i - 1] = (values[i + 1]! - values[i - 1]!) / (2 * dt);
  return out;
}
