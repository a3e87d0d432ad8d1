import { recordHead, type AttemptHead } from '../../schema/record-head';
import type { CutRound, HoldSpot } from './cut-round';
import type { CutSheet } from './cut-sheets';
import type { CutParams } from './params';
import { CUT_RECORD_VERSION, type CutAttempt } from './record';
import { scoreCut } from './score';

export interface CutRecordInput {
  readonly head: AttemptHead;
  /** As used: the length and hand resolved, the staircase's band in toleranceMm. */
  readonly params: CutParams & { lengthMm: number; hand: 'left' | 'right' };
  readonly sheet: CutSheet;
  readonly holdSpot: HoldSpot | null;
  readonly round: CutRound;
  /** The staircase's part of the record, given whether this attempt passed; null without a staircase. */
  readonly adaptive: (passed: boolean) => CutAttempt['adaptive'];
  /** ms from the attempt's start to its last touch. */
  readonly totalMs: number;
}

const pair = (p: { x: number; y: number }): [number, number] => [p.x, p.y];

/** Scores the round and assembles the public record (the attempt lifecycle checks it against its schema, once). */
export function buildCutRecord(input: CutRecordInput): CutAttempt {
  const { round, sheet, params } = input;
  const metrics = scoreCut({
    kind: sheet.kind,
    lines: sheet.lines,
    cuts: round.cuts,
    cutting: round.cutting,
    held: input.holdSpot ? round.held : null,
    angles: round.poses,
    pieceFree: round.piece !== null,
    toleranceMm: params.toleranceMm,
    passWithinPct: params.passWithinPct,
    totalMs: input.totalMs,
  });
  return {
    ...recordHead(input.head, 'cut', CUT_RECORD_VERSION, [...round.strokes, ...round.helperStrokes]),
    params,
    strokes: round.strokes,
    sheet: { width: sheet.paper.width, height: sheet.paper.height, lines: sheet.lines.map((line) => line.map(pair)), holdSpot: input.holdSpot && { ...input.holdSpot } },
    poses: round.poses.map((p) => ({ ...p })),
    helperStrokes: round.helperStrokes,
    held: round.held.map((h) => ({ ...h })),
    cuts: round.cuts.map((cut) => cut.map(pair)),
    piece: round.piece && { outline: round.piece.outline.map(pair), areaMm2: round.piece.areaMm2, t: round.piece.t },
    adaptive: input.adaptive(metrics.passed),
    metrics,
  };
}
