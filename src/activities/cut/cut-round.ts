import { recordedSample } from '../../input/recorded-sample';
import { distance } from '../../geometry/distance';
import { mmPoint, type MmPoint, type TimedMmPoint } from '../../geometry/units';
import type { InputSample } from '../../input/input-sample';
import type { Stroke } from '../../schema/parts';
import { createCutTracker, type CutTracker, type FallenPiece } from './cut-tracker';
import type { CutSheet } from './cut-sheets';
import { toPaper, toScreen, type PaperPose } from './paper-pose';

/** The scissors answer a finger landing this near their tip (screen mm): a child's fingertip is about 10 mm across. */
const GRAB_MM = 15;
/** A finger farther than this from the scissors (screen mm) has slipped off them: they wait. */
const FOLLOW_MM = 25;
/** The hold spot answers this far beyond its printed edge. */
const HOLD_SLOP_MM = 6;
/** Unheld, the paper gives way to the scissors this far and no farther. */
const SLIDE_MAX_MM = 6;
/** …and only this share of the way the scissors push it: it slides a little, as loose paper does. */
const SLIDE_SHARE = 0.4;

export interface HoldSpot { readonly x: number; readonly y: number; readonly radiusMm: number }

export interface CutRoundOptions {
  readonly sheet: CutSheet;
  /** Where the sheet lies at the start (screen mm). */
  readonly pose: PaperPose;
  /** Where the helping hand holds it (paper frame); null when it need not be held. */
  readonly holdSpot: HoldSpot | null;
  /** The attempt's start on the performance clock: records count time from it. */
  readonly originMs: number;
}

export type Touch = 'cut' | 'hold' | 'none';

/**
 * One cutting attempt, headless: the paper's pose, the scissors at the tip of
 * the cut, and the two hands. A finger on the scissors cuts where it goes
 * (in the paper's frame, so the cut turns with the paper); a finger on the
 * hold spot holds the paper and turns it about its centre. With a hold spot,
 * unheld paper slides a little under the scissors and nothing is cut. The
 * scissors stay where a cut stopped, so lifting and going on continues the
 * same cut; fringe snips each start again at the edge.
 */
export class CutRound {
  pose: PaperPose;
  /** The scissors' tip on the paper. */
  tip: MmPoint;
  /** Which of the sheet's lines is being cut (fringe: which snip). */
  line = 0;
  readonly cuts: MmPoint[][] = [];
  /** Each hand's touches as the record keeps them (screen mm, ms since the attempt began). */
  readonly strokes: Stroke[] = [];
  readonly helperStrokes: Stroke[] = [];
  readonly held: { start: number; end: number }[] = [];
  /** The paper on the screen each time it moved (the first: where it lay at the start). */
  readonly poses: { t: number; x: number; y: number; angle: number }[] = [];
  piece: (FallenPiece & { t: number }) | null = null;
  /** The length the scissors have cut, for the blades' opening and closing. */
  travelledMm = 0;
  private cutter: { id: number; grab: MmPoint; rest: MmPoint } | null = null;
  private holder: { id: number; last: MmPoint } | null = null;
  private tracker: CutTracker;

  constructor(private readonly options: CutRoundOptions) {
    this.pose = options.pose;
    this.notePose(0);
    this.tip = options.sheet.lines[0]![0]!;
    this.tracker = this.newTracker();
  }

  get tipOnScreen(): MmPoint {
    return toScreen(this.tip, this.pose, this.options.sheet.paper);
  }

  get isHeld(): boolean {
    return this.holder !== null || this.options.holdSpot === null;
  }

  get finished(): boolean {
    return this.piece !== null || this.line >= this.options.sheet.lines.length;
  }

  /** Whether a touch here (screen mm) lands on the helping hand's mark. */
  onHoldSpot(at: MmPoint): boolean {
    const spot = this.options.holdSpot;
    return spot !== null && distance(toPaper(at, this.pose, this.options.sheet.paper), mmPoint(spot.x, spot.y)) <= spot.radiusMm + HOLD_SLOP_MM;
  }

  down(sample: InputSample): Touch {
    const at = this.timed(sample);
    if (!this.holder && this.onHoldSpot(at)) {
      this.holder = { id: sample.pointerId, last: at };
      this.helperStrokes.push({ pointerType: sample.pointerType, points: [this.recorded(sample)] });
      this.held.push({ start: at.t, end: at.t });
      return 'hold';
    }
    if (this.cutter || this.finished || distance(at, this.tipOnScreen) > GRAB_MM) return 'none';
    this.cutter = { id: sample.pointerId, grab: at, rest: this.pose.centre };
    this.strokes.push({ pointerType: sample.pointerType, points: [this.recorded(sample)] });
    this.cuts.push([this.tip]);
    return 'cut';
  }

  /** A finger moved; the piece, the moment it comes free. */
  move(sample: InputSample): FallenPiece | null {
    const id = sample.pointerId;
    const at = this.timed(sample);
    // A hold still down lasts to now, whichever finger moved.
    if (this.holder) this.held.at(-1)!.end = Math.max(this.held.at(-1)!.end, at.t);
    if (this.holder?.id === id) {
      this.helperStrokes.at(-1)!.points.push(this.recorded(sample));
      this.turn(this.holder.last, at);
      this.holder.last = at;
      return null;
    }
    if (this.cutter?.id !== id || this.finished) return null;
    this.strokes.at(-1)!.points.push(this.recorded(sample));
    const { paper } = this.options.sheet;
    if (!this.isHeld) {
      // Loose paper goes with the scissors a little; the blades slide on it.
      const push = { x: (at.x - this.cutter.grab.x) * SLIDE_SHARE, y: (at.y - this.cutter.grab.y) * SLIDE_SHARE };
      const reach = Math.hypot(push.x, push.y);
      const scale = reach > SLIDE_MAX_MM ? SLIDE_MAX_MM / reach : 1;
      this.pose = { ...this.pose, centre: mmPoint(this.cutter.rest.x + push.x * scale, this.cutter.rest.y + push.y * scale) };
      this.notePose(at.t);
      return null;
    }
    // A finger that has run off the scissors leaves them where they are, until it comes back to them.
    if (distance(at, this.tipOnScreen) > FOLLOW_MM) return null;
    const next = toPaper(at, this.pose, paper);
    this.travelledMm += distance(this.tip, next);
    this.tip = next;
    this.cuts.at(-1)!.push(next);
    if (this.options.sheet.kind === 'fringe') return null;
    const piece = this.tracker.add(next);
    if (piece) this.piece = { ...piece, t: at.t };
    return piece;
  }

  /** A finger lifted here; the piece, if its last move freed one. */
  up(sample: InputSample): FallenPiece | null {
    const piece = this.move(sample);
    this.release(sample.pointerId, sample.t - this.options.originMs);
    return piece;
  }

  /** A touch ended without a lift (the browser took it, or it was a resting palm): what it did stays. */
  release(id: number, tMs: number): void {
    if (this.holder?.id === id) {
      this.held.at(-1)!.end = Math.max(this.held.at(-1)!.end, tMs);
      this.holder = null;
      return;
    }
    if (this.cutter?.id !== id) return;
    this.cutter = null;
    // A snip done, the scissors go back to the edge for the next one.
    if (this.options.sheet.kind === 'fringe' && this.snipDone()) {
      this.line += 1;
      const start = this.options.sheet.lines[this.line]?.[0];
      if (start) this.tip = start;
    }
  }

  /**
   * The helping hand dragged round the paper's centre turns it by the angle it
   * swept. Once cutting has begun the paper pivots on the scissors' tip, as
   * real paper does on the blades: the cut's end stays under the scissors.
   */
  private turn(from: MmPoint, to: TimedMmPoint): void {
    const c = this.pose.centre;
    let swept = Math.atan2(to.y - c.y, to.x - c.x) - Math.atan2(from.y - c.y, from.x - c.x);
    if (swept > Math.PI) swept -= 2 * Math.PI;
    if (swept < -Math.PI) swept += 2 * Math.PI;
    if (swept === 0) return;
    const pivot = this.travelledMm > 0 ? this.tipOnScreen : c;
    const cos = Math.cos(swept), sin = Math.sin(swept);
    const centre = mmPoint(pivot.x + cos * (c.x - pivot.x) - sin * (c.y - pivot.y), pivot.y + sin * (c.x - pivot.x) + cos * (c.y - pivot.y));
    this.pose = { centre, angle: this.pose.angle + swept };
    if (this.cutter) this.cutter.rest = centre;
    this.notePose(to.t);
  }

  /** The current snip reaches most of the way along its line. */
  private snipDone(): boolean {
    const line = this.options.sheet.lines[this.line];
    if (!line || line.length < 2) return true;
    const length = distance(line[0]!, line.at(-1)!);
    return distance(line[0]!, this.tip) >= 0.9 * length;
  }

  /** The cutting hand's strokes as timed points, for the measures. */
  get cutting(): TimedMmPoint[][] {
    return this.strokes.map((stroke) => stroke.points.map((p) => ({ ...mmPoint(p.x, p.y), t: p.t })));
  }

  private timed(sample: InputSample): TimedMmPoint {
    return { ...mmPoint(sample.x, sample.y), t: sample.t - this.options.originMs };
  }

  private recorded(s: InputSample): Stroke['points'][number] {
    return recordedSample(s, this.options.originMs);
  }

  private notePose(t: number): void {
    this.poses.push({ t, x: this.pose.centre.x, y: this.pose.centre.y, angle: this.pose.angle });
  }

  private newTracker(): CutTracker {
    const spot = this.options.holdSpot;
    return createCutTracker(this.options.sheet.paper, { heldAt: spot ? mmPoint(spot.x, spot.y) : undefined });
  }
}
