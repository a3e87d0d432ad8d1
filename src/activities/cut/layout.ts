import { mmPoint } from '../../geometry/units';
import type { HoldSpot } from './cut-round';
import { cutSheet, type CutSheet } from './cut-sheets';
import type { PaperPose } from './paper-pose';
import { DEFAULT_LENGTH_MM, type CutParams } from './params';

export interface CutLayout {
  readonly sheet: CutSheet;
  /** The length actually used: the plan's, or less when the sheet would not fit this screen. */
  readonly lengthMm: number;
  readonly pose: PaperPose;
  readonly holdSpot: HoldSpot | null;
}

/** Kept clear along the top for the back and sound buttons (64 CSS px and their 16 px margin), and round the other edges. */
const TOP_MM = 24;
const EDGE_MM = 6;
/** A fingertip's pad: the hold mark is this wide, and a finger anywhere on it holds. */
const HOLD_RADIUS_MM = 9;
/** Room kept, where there is some, beside the edge the cut starts from: the waiting scissors are about this long. */
const SCISSORS_ROOM_MM = 25;
/** The shortest line worth cutting: shorter, the sheet would be too small to hold and cut at once. */
const MIN_LENGTH_MM = 15;

/**
 * The sheet for this screen: the plan's line at its length in true mm,
 * shortened only if the sheet would not fit (shapes keep room to be turned a
 * full circle), in the middle of the space under the buttons; and the mark
 * where the helping hand holds it, on the side away from the scissors and
 * clear of the line.
 */
export function layoutCut(params: Pick<CutParams, 'line' | 'lengthMm' | 'hold'>, hand: 'left' | 'right', screen: { width: number; height: number }): CutLayout {
  const room = { width: screen.width - 2 * EDGE_MM, height: screen.height - TOP_MM - EDGE_MM };
  let lengthMm = params.lengthMm ?? DEFAULT_LENGTH_MM[params.line];
  let sheet = cutSheet(params.line, lengthMm, hand);
  // A few passes: a sheet's size is nearly, not exactly, in proportion to its line's length.
  for (let pass = 0; pass < 4; pass++) {
    const turning = sheet.closed ? Math.SQRT2 : 1;
    const fit = Math.min(1, room.width / (sheet.paper.width * turning), room.height / (sheet.paper.height * turning));
    if (fit >= 1) break;
    lengthMm = Math.max(MIN_LENGTH_MM, Math.floor(lengthMm * fit * 0.98));
    sheet = cutSheet(params.line, lengthMm, hand);
  }
  // Off the middle, away from where the cut starts, as far as the room allows: the scissors wait there, beside the sheet.
  const slack = { x: Math.max(0, room.width - sheet.paper.width) / 2, y: Math.max(0, room.height - sheet.paper.height) / 2 };
  const fromBelow = sheet.closed || sheet.kind === 'fringe';
  const away = { x: fromBelow ? 0 : Math.min(SCISSORS_ROOM_MM, slack.x) * (hand === 'right' ? 1 : -1), y: fromBelow ? -Math.min(SCISSORS_ROOM_MM, slack.y) : 0 };
  const pose = { centre: mmPoint(EDGE_MM + room.width / 2 + away.x, TOP_MM + room.height / 2 + away.y), angle: 0 };
  return { sheet, lengthMm, pose, holdSpot: params.hold ? holdSpotFor(sheet, hand) : null };
}

/** Right-handers hold with the left hand: near the sheet's left edge, halfway between the line and the far edge; mirrored for left-handers. */
function holdSpotFor(sheet: CutSheet, hand: 'left' | 'right'): HoldSpot {
  const { width } = sheet.paper;
  const inset = HOLD_RADIUS_MM * 1.6;
  const atX = (x: number) => (hand === 'right' ? x : width - x);
  if (sheet.kind === 'fringe') return { x: width / 2, y: inset, radiusMm: HOLD_RADIUS_MM };
  if (sheet.closed) return { x: atX(inset), y: inset, radiusMm: HOLD_RADIUS_MM };
  // A line across: above it, at the end the cut starts from, so the cut runs away from the holding hand.
  const top = Math.min(...sheet.lines[0]!.map((p) => p.y));
  return { x: atX(Math.max(inset, width * 0.2)), y: Math.max(HOLD_RADIUS_MM, top / 2), radiusMm: HOLD_RADIUS_MM };
}
