import { meanOrNull } from '../../metrics/mean';
import { onSpot, type Spot } from './spot';

/** Two hands meant to press at once: the right hand's touch-down minus the left's, ms (positive: the left hand led). */
export function onsetAsynchrony(leftDown: number, rightDown: number): number {
  return rightDown - leftDown;
}

export interface TimedPoint { readonly x: number; readonly y: number; readonly t: number }

/** The lags tried when lining the two hands up, ms: a child's hands rarely lag by more than half a second. */
const MAX_LAG_MS = 500;
const LAG_STEP_MS = 10;

export interface MirrorMeasures {
  /** Mean distance between one hand's path and the other's reflected across the axis, at the same moment, mm. */
  readonly symmetryErrorMm: number | null;
  /** How far behind the left hand the right one moved, ms (negative: ahead): the lag that lines the paths up best. */
  readonly lagMs: number | null;
  /** The symmetry error once that lag is taken out, mm: the shapes' own difference. */
  readonly symmetryErrorAtLagMm: number | null;
}

/** Where a path was at time t, between its samples; null outside its time. */
function at(path: readonly TimedPoint[], t: number): { x: number; y: number } | null {
  if (!path.length || t < path[0]!.t || t > path.at(-1)!.t) return null;
  let i = 1;
  while (i < path.length - 1 && path[i]!.t < t) i++;
  const a = path[i - 1]!, b = path[i]!;
  const f = b.t > a.t ? (t - a.t) / (b.t - a.t) : 0;
  return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
}

/** Mean distance from the left path's samples to the right path, reflected across x = axisX, `lag` ms later. */
function meanGap(left: readonly TimedPoint[], right: readonly TimedPoint[], axisX: number, lag: number): number | null {
  return meanOrNull(left.flatMap((p) => {
    const q = at(right, p.t + lag);
    return q ? [Math.hypot(p.x - (2 * axisX - q.x), p.y - q.y)] : [];
  }));
}

/**
 * Mirror drawing with both hands at once: the right hand's path reflected
 * across the vertical line x = axisX should lie on the left hand's, moment by
 * moment. The lag is the shift (up to half a second, in 10 ms steps) that
 * brings them closest.
 */
export function mirrorSymmetry(left: readonly TimedPoint[], right: readonly TimedPoint[], axisX: number): MirrorMeasures {
  const atZero = meanGap(left, right, axisX, 0);
  let best: { lag: number; gap: number } | null = null;
  for (let lag = -MAX_LAG_MS; lag <= MAX_LAG_MS; lag += LAG_STEP_MS) {
    const gap = meanGap(left, right, axisX, lag);
    if (gap !== null && (!best || gap < best.gap - 1e-9 || (Math.abs(gap - best.gap) <= 1e-9 && Math.abs(lag) < Math.abs(best.lag)))) best = { lag, gap };
  }
  return { symmetryErrorMm: atZero, lagMs: best?.lag ?? null, symmetryErrorAtLagMm: best?.gap ?? null };
}

export interface Touch { readonly down: number; readonly up: number | null; readonly x: number; readonly y: number }


/**
 * "Together": two targets, one each side, shown at each trial's `shownAt` and
 * pressed at once. Each trial pairs the first touch on each target after it
 * was shown (and before the next trial); its asynchrony is the right's
 * touch-down minus the left's.
 */
export function measureTogether(shownAt: readonly number[], touches: readonly Touch[], left: Spot, right: Spot): { asynchronies: (number | null)[]; meanAbsAsynchronyMs: number | null } {
  const asynchronies = shownAt.map((from, i) => {
    const until = shownAt[i + 1] ?? Infinity;
    const first = (spot: Spot) => touches.filter((c) => c.down >= from && c.down < until && onSpot(c, spot)).sort((a, b) => a.down - b.down)[0];
    const l = first(left), r = first(right);
    return l && r ? onsetAsynchrony(l.down, r.down) : null;
  });
  return { asynchronies, meanAbsAsynchronyMs: meanOrNull(asynchronies.flatMap((a) => (a === null ? [] : [Math.abs(a)]))) };
}

/**
 * "Hold and act": one hand holds the drum from `from` to `to` (the last
 * tap's time, included) while the other taps a pattern of targets in order. The holding hand's lifts are its
 * contacts on the drum that end inside the time; the acting hand's accuracy
 * is the share of its taps (off the drum) that land on the target due next.
 */
export function measureHoldAndAct(drum: Spot, pattern: readonly Spot[], touches: readonly Touch[], from: number, to: number): { holdLifts: number; taps: number; onTarget: number; accuracyPct: number | null } {
  const holdLifts = touches.filter((c) => onSpot(c, drum) && c.up !== null && c.up > from && c.up < to).length;
  const taps = touches.filter((c) => !onSpot(c, drum) && c.down >= from && c.down <= to).sort((a, b) => a.down - b.down);
  let next = 0, onTarget = 0;
  for (const tap of taps) {
    const due = pattern[next % pattern.length];
    if (due && onSpot(tap, due)) { onTarget++; next++; }
  }
  return { holdLifts, taps: taps.length, onTarget, accuracyPct: taps.length ? (100 * onTarget) / taps.length : null };
}
