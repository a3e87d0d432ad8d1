import { createPolylineIndex } from '../../geometry/polyline-index';
import { polylineLength } from '../../geometry/polyline-length';
import { resample } from '../../geometry/resample';
import type { MmPolyline } from '../../geometry/units';

export interface CutAccuracy {
  /** Mean and greatest distance of the cut from the nearest printed line; null with no cut. */
  readonly meanDeviationMm: number | null;
  readonly maxDeviationMm: number | null;
  /** Share of the lines' length the cut went along within the band (%). */
  readonly withinBandPct: number;
  /** Share of the lines' length the cut went along at all, however far off (%). */
  readonly cutPct: number;
  /** Times the cut went out of the band. */
  readonly bandExits: number;
  /** Each line's share cut at all (%), in the lines' order: fringe's snips one by one. */
  readonly linesCutPct: readonly number[];
}

export interface CutAccuracyOptions {
  /** How far from the line a cut still counts as on it: ¼ inch, as therapists write cutting goals. */
  toleranceMm?: number;
}

export const DEFAULT_TOLERANCE_MM = 6.35;
/** The cut is measured every half millimetre of its length, whatever the device's sampling rate. */
const SPACING_MM = 0.5;
/** The lines are counted as cut a millimetre at a time. */
const BIN_MM = 1;
/** Back in the band only this far inside it: a cut running along the band's edge leaves it once, not at every wobble. */
const REENTRY_MM = 0.5;
/** Two neighbouring cut points whose nearest places on the line are this close cut the line between them too (round the inside of a tight curve they spread apart). */
const GAP_FILL_MM = 5;

/**
 * How closely a cut followed the printed lines, all in the paper's own frame
 * (paper-pose.ts): the cut's distance from the lines, and how much of the
 * lines it went along, within the band and at all. A part of a line counts as
 * cut when the cut passes it within twice the band (and at least 10 mm):
 * farther off, the scissors were cutting somewhere else.
 */
export function measureCut(lines: readonly MmPolyline[], cut: readonly MmPolyline[], { toleranceMm = DEFAULT_TOLERANCE_MM }: CutAccuracyOptions = {}): CutAccuracy {
  const index = createPolylineIndex(lines);
  const lengths = lines.map(polylineLength);
  const reached = lengths.map((length) => new Uint8Array(Math.max(1, Math.ceil(length / BIN_MM))));
  const within = lengths.map((length) => new Uint8Array(Math.max(1, Math.ceil(length / BIN_MM))));
  const captureMm = Math.max(2 * toleranceMm, 10);
  let sum = 0, count = 0, max = 0, exits = 0;
  for (const stroke of cut) {
    let inBand: boolean | null = null;
    let previous: { polyline: number; arc: number; inBand: boolean } | null = null;
    for (const point of resample(stroke, SPACING_MM)) {
      const near = index.nearest(point);
      sum += near.distance;
      count += 1;
      max = Math.max(max, near.distance);
      const close = near.distance <= toleranceMm;
      if (inBand === null) inBand = close;
      else if (inBand && !close) { inBand = false; exits += 1; }
      else if (!inBand && near.distance <= toleranceMm - REENTRY_MM) inBand = true;
      if (near.distance > captureMm) { previous = null; continue; }
      const here = { polyline: near.polyline, arc: near.arcLengthMm, inBand: close };
      const joined = previous && previous.polyline === here.polyline && Math.abs(previous.arc - here.arc) <= GAP_FILL_MM ? previous : here;
      mark(reached[here.polyline]!, joined.arc, here.arc);
      if (close) mark(within[here.polyline]!, joined.inBand ? joined.arc : here.arc, here.arc);
      previous = here;
    }
  }
  const total = lengths.reduce((a, b) => a + b, 0);
  const share = (bins: Uint8Array[]) => (total === 0 ? 0 : (100 * bins.reduce((n, b, i) => n + coveredLength(b, lengths[i]!), 0)) / total);
  return {
    meanDeviationMm: count ? sum / count : null,
    maxDeviationMm: count ? max : null,
    withinBandPct: share(within),
    cutPct: share(reached),
    bandExits: exits,
    linesCutPct: reached.map((bins, i) => (lengths[i]! === 0 ? 0 : (100 * coveredLength(bins, lengths[i]!)) / lengths[i]!)),
  };
}

/** Marks the bins the stretch from one arc length to another overlaps, in either order (a single point cuts nothing). */
function mark(bins: Uint8Array, fromArc: number, toArc: number): void {
  const first = Math.max(0, Math.floor(Math.min(fromArc, toArc) / BIN_MM));
  const last = Math.min(bins.length - 1, Math.ceil(Math.max(fromArc, toArc) / BIN_MM) - 1);
  for (let k = first; k <= last; k++) bins[k] = 1;
}

/** Length of a line in its marked bins (the last bin holds only what is left of the line). */
function coveredLength(bins: Uint8Array, length: number): number {
  let covered = 0;
  for (let k = 0; k < bins.length; k++) if (bins[k]) covered += Math.min(BIN_MM, length - k * BIN_MM);
  return Math.max(0, covered);
}
