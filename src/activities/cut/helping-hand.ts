import type { TimedMmPoint } from '../../geometry/units';

export interface HelpingHandMeasures {
  /** Share of the cutting time the helping hand held the paper (%); null with no cutting. */
  readonly heldPct: number | null;
  /** Times it let go between the first cut and the last. */
  readonly letGoes: number;
  /** The paper's turning, all of it either way (degrees). */
  readonly turnDeg: number;
  /** Spells of turning the paper, and in how many of them the cutting hand stopped: stop, turn, cut on, as therapists teach. */
  readonly turns: number;
  readonly cuttingStoppedForTurns: number;
}

export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

/** Turning that pauses longer than this is two spells. */
const TURN_GAP_MS = 150;
/** A spell turns the paper at least this far: less is a nudge of the holding finger. */
const MIN_TURN_DEG = 2;
/** Both hands lifting at the end within this of each other is the end, not a let-go. */
const TOGETHER_MS = 250;
/** The cutting hand moved less than this over a spell (screen mm): it had stopped. */
const STILL_MM = 1.5;

/**
 * Both hands together, as cutting needs them: how long the helping hand held
 * the paper while the other cut, how often it let go, how far it turned the
 * paper and whether the cutting hand waited while it did. `cutting` is the
 * cutting hand's strokes on the screen (not the paper, which turns under
 * it); `held` the spans the hold spot was pressed; `angles` the paper's
 * angle (radians) each time it changed, with its time (ms).
 */
export function helpingHand(cutting: readonly (readonly TimedMmPoint[])[], held: readonly TimeSpan[], angles: readonly { t: number; angle: number }[]): HelpingHandMeasures {
  const strokes = cutting.filter((s) => s.length > 0).map((s) => ({ start: s[0]!.t, end: s.at(-1)!.t }));
  const cuttingMs = strokes.reduce((n, s) => n + s.end - s.start, 0);
  const heldMs = strokes.reduce((n, s) => n + held.reduce((m, h) => m + Math.max(0, Math.min(s.end, h.end) - Math.max(s.start, h.start)), 0), 0);
  const first = Math.min(...strokes.map((s) => s.start)), last = Math.max(...strokes.map((s) => s.end));
  const spells: { start: number; end: number; deg: number }[] = [];
  let turnDeg = 0;
  for (let i = 1; i < angles.length; i++) {
    const deg = (Math.abs(angles[i]!.angle - angles[i - 1]!.angle) * 180) / Math.PI;
    if (deg === 0) continue;
    turnDeg += deg;
    const spell = spells.at(-1);
    const now = angles[i]!.t;
    if (spell && now - spell.end <= TURN_GAP_MS) { spell.end = now; spell.deg += deg; }
    // A new spell began with this change, or with the one before it if that was only just before.
    else spells.push({ start: now - angles[i - 1]!.t <= TURN_GAP_MS ? angles[i - 1]!.t : now, end: now, deg });
  }
  const turns = spells.filter((s) => s.deg >= MIN_TURN_DEG);
  return {
    heldPct: cuttingMs > 0 ? (100 * heldMs) / cuttingMs : null,
    letGoes: held.filter((h) => h.end > first && h.end < last - TOGETHER_MS).length,
    turnDeg,
    turns: turns.length,
    cuttingStoppedForTurns: turns.filter((turn) => movedDuring(cutting, turn) < STILL_MM).length,
  };
}

/** How far the cutting hand got from where it was over a span: the farthest of its points then from the first of them. */
function movedDuring(cutting: readonly (readonly TimedMmPoint[])[], span: TimeSpan): number {
  let farthest = 0;
  for (const stroke of cutting) {
    const during = stroke.filter((p) => p.t >= span.start && p.t <= span.end);
    const from = during[0];
    if (from) for (const p of during) farthest = Math.max(farthest, Math.hypot(p.x - from.x, p.y - from.y));
  }
  return farthest;
}
