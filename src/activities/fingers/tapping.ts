import { meanOrNull } from '../../metrics/mean';
import { coefficientOfVariationOrNull } from '../../metrics/spread';

/** One tap: when the finger came down and lifted (ms), and where (mm). */
export interface Tap {
  readonly down: number;
  readonly up: number | null;
  readonly x: number;
  readonly y: number;
}

export interface TappingMeasures {
  /** Taps that came down within the window. */
  readonly taps: number;
  /** Mean time from one touch-down to the next (the inter-tap interval), ms. */
  readonly meanIntervalMs: number | null;
  /** The intervals' SD ÷ their mean: how even the tapping was. */
  readonly intervalCv: number | null;
  /** Mean time each finger stayed down, ms. */
  readonly meanDwellMs: number | null;
  /** Root-mean-square distance of the taps from their centre, mm: how tightly they landed. */
  readonly scatterMm: number | null;
}

/**
 * A finger-tapping test's figures for the taps that came down in
 * [from, from + windowMs): the count (the classic motor-speed score), the
 * rhythm of their intervals, the dwell, and the scatter of where they landed.
 */
export function measureTapping(all: readonly Tap[], from: number, windowMs: number): TappingMeasures {
  const taps = all.filter((tap) => tap.down >= from && tap.down < from + windowMs).sort((a, b) => a.down - b.down);
  const intervals = taps.slice(1).map((tap, i) => tap.down - taps[i]!.down);
  const dwells = taps.flatMap((tap) => (tap.up === null ? [] : [tap.up - tap.down]));
  const cx = meanOrNull(taps.map((tap) => tap.x)), cy = meanOrNull(taps.map((tap) => tap.y));
  const scatter = cx === null || cy === null || taps.length < 2 ? null : Math.sqrt(taps.reduce((sum, tap) => sum + (tap.x - cx) ** 2 + (tap.y - cy) ** 2, 0) / taps.length);
  return {
    taps: taps.length,
    meanIntervalMs: meanOrNull(intervals),
    intervalCv: coefficientOfVariationOrNull(intervals),
    meanDwellMs: meanOrNull(dwells),
    scatterMm: scatter,
  };
}
