import { describe, expect, it } from 'vitest';
import { analyseSpiral } from '../../src/activities/trace/spiral-analysis';
import { mmPoint, type TimedMmPoint } from '../../src/geometry/units';
import { penPressure } from '../../src/metrics/pen-pressure';
import { powerShareAbove } from '../../src/metrics/power-above';
import { countProminentPeaks, strokeMotion } from '../../src/metrics/stroke-motion';
import { humanStrokes } from './helpers';

/** The minimum-jerk movement (Flash & Hogan 1985): one smooth bell of speed. */
const minimumJerk = (tau: number) => 10 * tau ** 3 - 15 * tau ** 4 + 6 * tau ** 5;
const timed = (x: number, y: number, t: number): TimedMmPoint => Object.assign(mmPoint(x, y), { t });
/** Samples every `stepMs` ms, like a 60 Hz finger or a 240 Hz pencil. */
const sampled = (durationMs: number, at: (tau: number) => [number, number], stepMs = 16) =>
  Array.from({ length: Math.floor(durationMs / stepMs) + 1 }, (_, i) => { const t = i * stepMs; const [x, y] = at(t / durationMs); return timed(x, y, t); });

describe('stroke motion', () => {
  it('finds one speed peak and normalized jerk √360 ≈ 19 in one minimum-jerk movement', () => {
    const m = strokeMotion(sampled(1000, (tau) => [60 * minimumJerk(tau), 0], 4));
    expect(m.speedPeaks).toBe(1);
    // The low-pass filter softens the jerk's jumps as the movement starts and stops: a little under √360, never far.
    expect(Math.abs(m.normalizedJerk - Math.sqrt(360)) / Math.sqrt(360)).toBeLessThan(0.08);
  });

  it('finds three peaks in three movements with stops between, and a higher jerk', () => {
    const three = sampled(1500, (tau) => { const k = Math.min(2, Math.floor(tau * 3)); return [20 * k + 20 * minimumJerk(tau * 3 - k), 0]; }, 4);
    const m = strokeMotion(three);
    expect(m.speedPeaks).toBe(3);
    expect(m.normalizedJerk).toBeGreaterThan(3 * Math.sqrt(360));
  });

  it('reads the same fluency at 60 Hz and 240 Hz', () => {
    const at60 = strokeMotion(sampled(1000, (tau) => [60 * minimumJerk(tau), 30 * minimumJerk(tau)], 16));
    const at240 = strokeMotion(sampled(1000, (tau) => [60 * minimumJerk(tau), 30 * minimumJerk(tau)], 4));
    expect(at60.speedPeaks).toBe(at240.speedPeaks);
    expect(Math.abs(at60.normalizedJerk - at240.normalizedJerk) / at240.normalizedJerk).toBeLessThan(0.1);
  });

  it('gives a tap no motion', () => {
    expect(strokeMotion([timed(1, 1, 0), timed(1, 1, 30)])).toEqual({ speedPeaks: 0, normalizedJerk: 0 });
  });

  it('counts only prominent peaks', () => {
    expect(countProminentPeaks([0, 5, 4.8, 5, 0], 1)).toBe(1);
    expect(countProminentPeaks([0, 5, 1, 5, 0], 1)).toBe(2);
    expect(countProminentPeaks([0, 1, 2, 3], 1)).toBe(1);
  });

  it('finds real fast strokes more fluent (fewer peaks) than slow ones', () => {
    const { strokes } = humanStrokes();
    const meanPeaks = (speed: string) => {
      const mine = strokes.filter((s) => s.speed === speed && s.gesture === 'circle');
      return mine.reduce((sum, s) => sum + strokeMotion(s.points.map(([x, y, t]) => timed(x / 4, y / 4, t))).speedPeaks, 0) / mine.length;
    };
    expect(meanPeaks('fast')).toBeLessThan(meanPeaks('slow'));
  });
});

describe('pen pressure', () => {
  it('gives the mean and coefficient of variation of pen samples only', () => {
    const p = (pressure: number) => ({ pressure });
    const result = penPressure([{ pointerType: 'pen', points: [p(0.2), p(0.4), p(0.6), p(0)] }, { pointerType: 'touch', points: [p(0.5)] }]);
    expect(result!.mean).toBeCloseTo(0.4, 12);
    expect(result!.coefficientOfVariation).toBeCloseTo(Math.sqrt(0.08 / 3) / 0.4, 12);
    expect(penPressure([{ pointerType: 'touch', points: [p(0.5)] }])).toBeNull();
  });
});

describe('power above a frequency', () => {
  const wave = (hz: number, n = 400) => Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * hz * i) / 100));
  it('puts a 7 Hz wave above 4 Hz and a 1.5 Hz wave below', () => {
    expect(powerShareAbove(wave(7), 100, 4)).toBeGreaterThan(95);
    expect(powerShareAbove(wave(1.5), 100, 4)).toBeLessThan(5);
  });
  it('ignores a straight drift', () => {
    expect(powerShareAbove(Array.from({ length: 300 }, (_, i) => i * 0.3), 100, 4)).toBeLessThan(1);
  });
});

describe('spiral analysis', () => {
  const pole = mmPoint(100, 100);
  const b = 35 / (3 * 2 * Math.PI);
  /** The template's spiral over `seconds`, its radius changed by `radial(t)`. */
  const spiral = (seconds: number, radial: (t: number) => number, sense = 1) => Array.from({ length: seconds * 200 + 1 }, (_, i) => {
    const f = i / (seconds * 200);
    const angle = f * 6 * Math.PI;
    const r = b * angle + radial(f * seconds);
    return timed(pole.x - r * Math.sin(sense * angle), pole.y - r * Math.cos(angle), f * seconds * 1000);
  });

  it('measures a spiral drawn 2 mm outside the path as 2 mm off on every turn', () => {
    const a = analyseSpiral([spiral(6, () => 2)], pole, b, 3);
    expect(a.radialDeviationPerTurnMm).toHaveLength(3);
    for (const d of a.radialDeviationPerTurnMm) expect(d).toBeCloseTo(2, 6);
  });

  it('measures a clockwise spiral against its mirror image', () => {
    const a = analyseSpiral([spiral(6, () => 0, -1)], pole, b, 3);
    for (const d of a.radialDeviationPerTurnMm) expect(d).toBeLessThan(1e-6);
  });

  it('reads a 6 Hz wobble as tremor and a slow 1 Hz sway as none', () => {
    expect(analyseSpiral([spiral(6, (t) => Math.sin(2 * Math.PI * 6 * t))], pole, b, 3).tremorIndexPct).toBeGreaterThan(90);
    expect(analyseSpiral([spiral(6, (t) => 2 * Math.sin(2 * Math.PI * 1 * t))], pole, b, 3).tremorIndexPct).toBeLessThan(10);
  });
});
