import type { MmPolyline, TimedMmPoint } from '../../geometry/units';
import { distance } from '../../geometry/distance';
import { cutRhythm } from './cut-rhythm';
import type { CutLineKind } from './cut-sheets';
import { helpingHand, type TimeSpan } from './helping-hand';
import { measureCut } from './measure-cut';
import type { CutMetrics } from './record';

export interface CutScoringInput {
  readonly kind: CutLineKind;
  /** The printed lines and the cut, both in the paper's frame. */
  readonly lines: readonly MmPolyline[];
  readonly cuts: readonly MmPolyline[];
  /** The cutting hand's strokes on the screen, timed. */
  readonly cutting: readonly (readonly TimedMmPoint[])[];
  /** Null when the sheet needs no helping hand. */
  readonly held: readonly TimeSpan[] | null;
  readonly angles: readonly { t: number; angle: number }[];
  readonly pieceFree: boolean;
  readonly toleranceMm: number;
  readonly passWithinPct: number;
  readonly totalMs: number;
}

/** A cut begun this near a line's start (on the paper's edge) began where the line does. */
const START_REACH_MM = 10;
/** A fringe snip this much cut is a snip done: the strip is fringed when every one is. */
const SNIP_DONE_PCT = 90;

/** Every measure of one cutting attempt (docs/metrics.md, "Cutting"). */
export function scoreCut(input: CutScoringInput): CutMetrics {
  const accuracy = measureCut(input.lines, input.cuts, { toleranceMm: input.toleranceMm });
  const rhythm = cutRhythm(input.cutting);
  const hands = helpingHand(input.cutting, input.held ?? [], input.angles);
  const firstCut = input.cuts.find((c) => c.length > 0)?.[0];
  const pieceFree = input.kind === 'fringe' ? accuracy.linesCutPct.every((pct) => pct >= SNIP_DONE_PCT) : input.pieceFree;
  return {
    meanDeviationMm: accuracy.meanDeviationMm,
    maxDeviationMm: accuracy.maxDeviationMm,
    withinBandPct: accuracy.withinBandPct,
    cutPct: accuracy.cutPct,
    bandExits: accuracy.bandExits,
    pieceFree,
    startedAtEdge: firstCut ? input.lines.some((line) => line[0] !== undefined && distance(line[0], firstCut) <= START_REACH_MM) : null,
    cuttingMs: rhythm.cuttingMs,
    totalMs: input.totalMs,
    speedMmPerS: rhythm.speedMmPerS,
    snips: rhythm.snips,
    meanSnipMm: rhythm.meanSnipMm,
    snipVariationPct: rhythm.snipVariationPct,
    pauses: rhythm.pauses,
    pausedMs: rhythm.pausedMs,
    heldPct: input.held ? hands.heldPct : null,
    letGoes: hands.letGoes,
    turnDeg: hands.turnDeg,
    turns: hands.turns,
    cuttingStoppedForTurns: hands.cuttingStoppedForTurns,
    passed: pieceFree && accuracy.withinBandPct >= input.passWithinPct,
  };
}
