import type { MmPoint, TimedMmPoint } from '../../geometry/units';
import { powerShareAbove } from '../../metrics/power-above';
import { uniformInTime, UNIFORM_HZ } from '../../metrics/uniform-time';

export interface SpiralAnalysis {
  /** Mean |drawn radius − spiral's radius at that angle|, mm, for each turn from the centre out. */
  radialDeviationPerTurnMm: number[];
  /** Share of the radial error's power above 4 Hz, %: tremor, as opposed to slow drift off the path. */
  tremorIndexPct: number;
}

/** Physiological and pathological tremors lie from about 4 to 12 Hz; voluntary drawing movement mostly below 4 Hz. */
const TREMOR_ABOVE_HZ = 4;
const MIN_RADIUS_FOR_ANGLE_MM = 1;

/**
 * Radial error of a spiral drawing against the Archimedean spiral r = b·θ
 * about `pole` (the template's, or the fitted template's), θ measured from
 * the top as the template is drawn. Each sample's angle is unwrapped along
 * the stroke; the turn it starts on is the whole number of turns that
 * fits all its ink best.
 * Both directions of travel are tried and the nearer reading kept, so a
 * spiral drawn clockwise is measured against its mirror image.
 */
export function analyseSpiral(strokes: readonly (readonly TimedMmPoint[])[], pole: MmPoint, mmPerRadian: number, turns: number): SpiralAnalysis {
  const readings = ([1, -1] as const).map((sense) => strokes.map((s) => radialErrors(s, pole, mmPerRadian, turns, sense)));
  const meanAbs = (r: { error: number }[][]) => { const all = r.flat(); return all.reduce((sum, e) => sum + Math.abs(e.error), 0) / Math.max(1, all.length); };
  const best = meanAbs(readings[0]!) <= meanAbs(readings[1]!) ? readings[0]! : readings[1]!;

  const perTurn: { sum: number; count: number }[] = [];
  for (const e of best.flat()) {
    // Ink beyond the outer turn counts with the outer turn.
    const turn = Math.min(turns - 1, Math.max(0, Math.floor(e.angle / (2 * Math.PI))));
    (perTurn[turn] ??= { sum: 0, count: 0 }).sum += Math.abs(e.error);
    perTurn[turn]!.count++;
  }
  // Tremor from the longest stroke: a spiral is one stroke, and a stroke's gaps are not part of a signal.
  const longest = best.reduce<{ error: number; t: number }[]>((a, b) => (b.length > a.length ? b : a), []);
  const uniform = uniformInTime(longest.map((e) => Object.assign({ x: e.error, y: 0 } as MmPoint, { t: e.t })));
  return {
    radialDeviationPerTurnMm: Array.from(perTurn, (turn) => (turn ? turn.sum / turn.count : 0)),
    tremorIndexPct: powerShareAbove(uniform.x, UNIFORM_HZ, TREMOR_ABOVE_HZ),
  };
}

function radialErrors(stroke: readonly TimedMmPoint[], pole: MmPoint, b: number, turns: number, sense: 1 | -1): { error: number; angle: number; t: number }[] {
  const unwrapped: { r: number; angle: number; t: number }[] = [];
  let previous: number | null = null;
  let angle = 0;
  for (const p of stroke) {
    const dx = p.x - pole.x, dy = p.y - pole.y;
    const r = Math.hypot(dx, dy);
    // At the pole the angle means nothing: the ink counts once it has left it.
    if (previous === null && r < MIN_RADIUS_FOR_ANGLE_MM) continue;
    // The template's angle: 0 at the top, growing counter-clockwise on screen (or clockwise, sense −1).
    const raw = sense * Math.atan2(-dx, -dy);
    if (previous === null) angle = ((raw % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    else angle += Math.atan2(Math.sin(raw - previous), Math.cos(raw - previous));
    previous = raw;
    unwrapped.push({ r, angle, t: p.t });
  }
  // Which turn the stroke began on: the whole number of turns that fits all of its ink best.
  const errorsWith = (k: number) => unwrapped.map(({ r, angle: a, t }) => ({ error: r - b * Math.max(0, a + 2 * Math.PI * k), angle: a + 2 * Math.PI * k, t }));
  let best = errorsWith(0);
  for (let k = -1; k <= turns; k++) {
    const candidate = errorsWith(k);
    if (sumAbs(candidate) < sumAbs(best)) best = candidate;
  }
  return best;
}

function sumAbs(errors: readonly { error: number }[]): number {
  return errors.reduce((sum, e) => sum + Math.abs(e.error), 0);
}
