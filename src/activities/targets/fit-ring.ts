import { ringConditions, type RingCondition, type TargetsParams } from './params';

/** What the ring runs on this screen, and what the grown-up is told about the rest. */
export interface RingFit {
  readonly conditions: RingCondition[];
  /** Conditions left out because they are wider than the screen (with their sequences). */
  readonly skipped: number;
  /** None fitted: the largest ring that fits, run instead (its sequences are in `conditions`). */
  readonly largestThatFits: RingCondition | null;
}

/** The smallest target the ring offers when it must shrink: the schema's minimum. */
const MIN_WIDTH_MM = 2;
/** When even the narrowest target leaves no ring, targets take at most this share of the room. */
const MAX_WIDTH_SHARE = 0.25;

/**
 * The conditions whose whole ring (A + W) fits in `roomMm`. When none does,
 * the largest ring that fits: the narrowest target asked for (or a quarter of
 * the room, if that is less), on the widest circle the room leaves. A whole
 * number of mm, so the record and the notice agree.
 */
export function fitRing(params: Pick<TargetsParams, 'amplitudeMm' | 'widthMm' | 'conditions' | 'sequences'>, roomMm: number): RingFit {
  const all = ringConditions(params);
  const fitting = all.filter((c) => c.amplitudeMm + c.widthMm <= roomMm);
  if (fitting.length > 0) return { conditions: fitting, skipped: all.length - fitting.length, largestThatFits: null };
  const narrowest = Math.min(...all.map((c) => c.widthMm));
  const widthMm = Math.max(MIN_WIDTH_MM, Math.min(narrowest, Math.floor(roomMm * MAX_WIDTH_SHARE)));
  const largest = { amplitudeMm: Math.max(1, Math.floor(roomMm - widthMm)), widthMm };
  return { conditions: Array.from({ length: params.sequences }, () => largest), skipped: all.length, largestThatFits: largest };
}
