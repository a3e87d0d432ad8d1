import { createPolylineIndex, type PolylineIndex } from '../../geometry/polyline-index';
import { mmPoint, type MmPolyline } from '../../geometry/units';
import type { InputSample } from '../../input/input-sample';
import type { AttemptHead } from '../../schema/record-head';
import { AdaptiveCorridor } from './adaptive-corridor';
import { PathFollower } from './path-follower';
import { TraceAttemptRecorder } from './attempt-recorder';
import { buildTraceRecord } from './build-record';
import { layoutTrace, type TraceLayout } from './layout';
import { COPY_STAGES, type Handedness, type TraceParams } from './params';

/** Copying: a pause this long after a stroke means the drawing is finished; long enough to look back at the model. */
const COPY_IDLE_END_MS = 3000;

/** Where a sample left the ink: inside the corridor, outside it, or (strict mode) where the stroke stopped. */
export type InkAt = 'inside' | 'outside' | 'stopped';

/**
 * Tracing's rules for the attempt under way, headless: the form laid out on
 * this screen, the corridor (the therapist's, or the adaptive staircase's),
 * the strokes as they are drawn, strict mode, and the record. The scene
 * forwards input here and draws what it is told.
 */
export class TraceRound {
  readonly handedness: Handedness;
  readonly copying: boolean;
  /** With `adaptive`, in the path stages: the staircase that sets each attempt's corridor. */
  private readonly adaptive: AdaptiveCorridor | null;
  /** The corridor of the attempt in progress. */
  corridorMm: number;
  placed!: TraceLayout;
  template: MmPolyline[] = [];
  /** For the corridor checks while drawing (ink colour, strict mode); none when copying: there is no path to stay on. */
  private index: PolylineIndex | null = null;
  recorder!: TraceAttemptRecorder;

  constructor(private readonly params: TraceParams, hostHand: Handedness) {
    this.handedness = params.hand ?? hostHand;
    this.copying = COPY_STAGES.has(params.guide);
    this.adaptive = params.adaptive && !this.copying ? new AdaptiveCorridor(params) : null;
    this.corridorMm = this.adaptive?.corridorMm ?? params.corridorMm;
  }

  /** Places the form (or the model and the drawing box) on a screen of this size, in mm. */
  layout(widthMm: number, heightMm: number): void {
    this.placed = layoutTrace(this.params, widthMm, heightMm, this.handedness);
    this.template = this.placed.template;
    this.index = this.copying ? null : createPolylineIndex(this.template);
  }

  /** A new attempt from `originMs`, with the staircase's corridor for it. A copy may take any number of strokes: it ends when the child stops, or presses "done". */
  begin(originMs: number): void {
    this.corridorMm = this.adaptive?.corridorMm ?? this.params.corridorMm;
    this.recorder = this.copying
      ? new TraceAttemptRecorder({ originMs, expectedStrokes: Infinity, idleEndMs: COPY_IDLE_END_MS })
      : new TraceAttemptRecorder({ originMs, expectedStrokes: this.template.length });
  }

  /** The meadow's traveller for this attempt, walking as the ink goes: none when copying (no path to walk). */
  follower(): PathFollower | null {
    return this.index ? new PathFollower(this.template, this.index, this.corridorMm) : null;
  }

  isOutside(sample: { x: number; y: number }): boolean {
    return this.index !== null && this.index.nearest(mmPoint(sample.x, sample.y)).distance > this.corridorMm / 2;
  }

  /** One sample of the stroke being drawn; in strict mode, leaving the corridor stops the stroke there (the child lifts and carries on). */
  add(sample: InputSample): InkAt {
    const outside = this.isOutside(sample);
    if (outside && this.params.strict) {
      this.recorder.stop(sample);
      return 'stopped';
    }
    this.recorder.move([sample]);
    return outside ? 'outside' : 'inside';
  }

  /** The staircase moves on after a finished attempt. */
  advance(passed: boolean): void {
    this.adaptive?.advance(passed);
  }

  build(head: AttemptHead) {
    return buildTraceRecord({
      head,
      params: { ...this.params, corridorMm: this.corridorMm },
      handedness: this.handedness,
      template: this.template,
      centre: this.placed.centre,
      drawingBox: this.placed.drawingBox,
      adaptive: (passed) => this.adaptive?.recordFor(head.status, passed) ?? null,
      strokes: this.recorder.strokes,
      taps: this.recorder.taps,
    });
  }
}
