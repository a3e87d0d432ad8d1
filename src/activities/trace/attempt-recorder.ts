import { recordedSample } from '../../input/recorded-sample';
import type { InputSample } from '../../input/input-sample';
import { polylineLength } from '../../geometry/polyline-length';
import { mmPoint } from '../../geometry/units';
import type { Stroke } from '../../schema/parts';

export type TraceEnd = 'strokes' | 'idle';
/** What a lift meant: the attempt's end, a false start (a tap, not an attempt), or nothing yet. */
export type StrokeOutcome = TraceEnd | 'tap' | null;

export interface TraceRecorderOptions {
  /** Start of the attempt on the performance clock; sample times become ms since then. */
  originMs: number;
  /** How many strokes the form has: lifting after the last one ends the attempt (Infinity: only idle or "done" end it). */
  expectedStrokes: number;
  /** Quiet time after a stroke that ends the attempt, in case the child stops early. */
  idleEndMs?: number;
  /** A stroke with less ink than this is a tap, not part of an attempt (TAP_MAX_INK_MM). */
  tapMaxInkMm?: number;
}

/** Long enough for a pause to think, short enough that a child who stopped is not left waiting. */
const DEFAULT_IDLE_END_MS = 4000;
/**
 * A finger pressed on the start dot and lifted wobbles 1 to 3 mm; the
 * shortest real stroke (one side of the smallest 20 mm form) is 20 mm. A
 * stroke with less ink than 6 mm is therefore a tap, not a try at the form.
 */
export const TAP_MAX_INK_MM = 6;

/**
 * The headless state of one tracing attempt: strokes as they are drawn, and
 * the rule for when the attempt is over. No Phaser, no DOM.
 */
export class TraceAttemptRecorder {
  readonly strokes: Stroke[] = [];
  /** Touches that left too little ink to be a try (a tap on the start dot): kept for the therapist, not scored. */
  readonly taps: Stroke[] = [];
  private drawing: { pointerId: number; stroke: Stroke } | null = null;
  private lastLiftMs: number | null = null;
  /** Strokes that ended by a lift (or the browser taking the pointer), not stopped by strict mode. */
  private finishedStrokes = 0;
  /** A finger still down after strict mode stopped its stroke: the child is not idle. */
  private stoppedPointerId: number | null = null;
  private readonly idleEndMs: number;
  private readonly tapMaxInkMm: number;

  constructor(private readonly options: TraceRecorderOptions) {
    this.idleEndMs = options.idleEndMs ?? DEFAULT_IDLE_END_MS;
    this.tapMaxInkMm = options.tapMaxInkMm ?? TAP_MAX_INK_MM;
  }

  /** The child has touched the screen: leaving now saves an abandoned attempt. */
  get touched(): boolean {
    return this.strokes.length > 0 || this.taps.length > 0;
  }

  /** The child has drawn a real stroke: the attempt is under way. */
  get inked(): boolean {
    return this.strokes.length > 0;
  }

  get isDrawing(): boolean {
    return this.drawing !== null;
  }

  start(sample: InputSample): void {
    if (this.drawing) return;
    const stroke: Stroke = { pointerType: sample.pointerType, points: [this.toPoint(sample)] };
    this.strokes.push(stroke);
    this.drawing = { pointerId: sample.pointerId, stroke };
  }

  move(samples: readonly InputSample[]): void {
    for (const s of samples) {
      if (s.pointerId === this.drawing?.pointerId) this.drawing.stroke.points.push(this.toPoint(s));
    }
  }

  /** A lift; returns 'strokes' when that was the last expected stroke, 'tap' when it was too short to count. */
  end(sample: InputSample): StrokeOutcome {
    if (sample.pointerId === this.stoppedPointerId) this.liftStopped(sample.t);
    if (sample.pointerId !== this.drawing?.pointerId) return null;
    this.drawing.stroke.points.push(this.toPoint(sample));
    return this.finishStroke(sample.t);
  }

  /**
   * Strict mode: the ink left the corridor, so the stroke stops at this
   * sample. It stays in the record but does not count towards the form's
   * strokes: the child lifts and carries on.
   */
  stop(sample: InputSample): void {
    if (sample.pointerId !== this.drawing?.pointerId) return;
    this.drawing.stroke.points.push(this.toPoint(sample));
    this.drawing = null;
    this.stoppedPointerId = sample.pointerId;
  }

  private liftStopped(nowMs: number): void {
    this.stoppedPointerId = null;
    this.lastLiftMs = nowMs;
  }

  /** The browser took the pointer: the stroke ends where it got to. */
  cancel(pointerId: number, nowMs: number): StrokeOutcome {
    if (pointerId === this.stoppedPointerId) this.liftStopped(nowMs);
    if (pointerId !== this.drawing?.pointerId) return null;
    return this.finishStroke(nowMs);
  }

  /** A palm, not a stroke: forget it entirely. */
  discard(pointerId: number): void {
    if (pointerId !== this.drawing?.pointerId) return;
    this.strokes.splice(this.strokes.indexOf(this.drawing.stroke), 1);
    this.drawing = null;
  }

  /** Called every frame: ends the attempt after a quiet spell following a stroke. */
  checkIdle(nowMs: number): TraceEnd | null {
    if (this.drawing || this.stoppedPointerId !== null || this.lastLiftMs === null) return null;
    return nowMs - this.lastLiftMs >= this.idleEndMs ? 'idle' : null;
  }

  private finishStroke(nowMs: number): StrokeOutcome {
    const { stroke } = this.drawing!;
    this.drawing = null;
    if (polylineLength(stroke.points.map((p) => mmPoint(p.x, p.y))) < this.tapMaxInkMm) {
      // Not a try: the attempt waits on, as if untouched, and the tap is kept aside.
      this.strokes.splice(this.strokes.indexOf(stroke), 1);
      this.taps.push(stroke);
      return 'tap';
    }
    this.lastLiftMs = nowMs;
    this.finishedStrokes++;
    return this.finishedStrokes >= this.options.expectedStrokes ? 'strokes' : null;
  }

  private toPoint(s: InputSample): Stroke['points'][number] {
    return recordedSample(s, this.options.originMs);
  }
}
