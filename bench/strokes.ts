import { mmPoint, type TimedMmPoint } from '../src/geometry/units';

const TREMOR_HZ = 9;
const TREMOR_MM = 0.15;

/**
 * A child tracing round a 70 mm circle again and again with a 240 Hz stylus:
 * a slow wobble off the path and a little tremor, as real ink has.
 */
export function circlingStroke(samples: number, { mmPerS = 60, centre = { x: 100, y: 75 }, radiusMm = 35 } = {}): TimedMmPoint[] {
  const points: TimedMmPoint[] = [];
  const sampleMs = 1000 / 240;
  const mmPerMs = mmPerS / 1000;
  for (let i = 0; i < samples; i++) {
    const t = i * sampleMs;
    const angle = (t * mmPerMs) / radiusMm;
    // A slow wander of ±2.5 mm and a 9 Hz physiological tremor of ±0.15 mm.
    const r = radiusMm + 2.5 * Math.sin(angle * 3.3) + TREMOR_MM * Math.sin(2 * Math.PI * TREMOR_HZ * (t / 1000));
    points.push(Object.assign(mmPoint(centre.x - r * Math.sin(angle), centre.y - r * Math.cos(angle)), { t }));
  }
  return points;
}
