import Phaser from 'phaser';
import { createPolylineIndex, type PolylineIndex } from '../../geometry/polyline-index';
import { mmPoint, type MmPolyline } from '../../geometry/units';
import type { InputSample, StrokeListener } from '../../input/input-sample';
import { attachPointerInput, type PointerInput } from '../../input/pointer-input';
import { BakedInk } from '../../ink/baked-ink';
import type { GamePoint } from '../../ink/ink-renderer';
import type { EndReason } from '../../schema/parts';
import { mountScene } from '../../stage/mount-scene';
import { palette } from '../../stage/palette';
import { playStarBurst } from '../../stage/reward';
import type { ActivityController, ActivityHost } from '../../activity/definition';
import { attemptHeadNow } from '../../activity/attempt-head';
import { deviceInfo } from '../../input/device-info';
import type { DeviceInfo } from '../../schema/parts';
import { AdaptiveCorridor } from './adaptive-corridor';
import { TraceAttemptRecorder, type StrokeOutcome } from './attempt-recorder';
import { buildTraceRecord } from './build-record';
import { playDemo } from './demo-view';
import type { GuideView } from './guide-view';
import { layoutTrace, type TraceLayout } from './layout';
import type { ModelView } from './model-view';
import { createStageView, START_DOT_RADIUS_MM } from './stage-view';
import { COPY_STAGES, type Handedness, type TraceParams } from './params';
import type { TraceAttempt } from './record';

/** Sizes on screen, in mm so they are the same physical size on every tablet. */
const INK_WIDTH_MM = 3; // a crayon line: visible under a fingertip
/** Copying: a pause this long after a stroke means the drawing is finished; long enough to look back at the model. */
const COPY_IDLE_END_MS = 3000;
/** How long the reward or the retry cue shows before the next attempt. */
const RESULT_PAUSE_MS = { passed: 2600, missed: 1800 } as const;

type Phase = 'ready' | 'result';

class TraceScene extends Phaser.Scene implements StrokeListener {
  private pointers!: PointerInput;
  private ink!: BakedInk;
  private guide: GuideView | null = null;
  private model: ModelView | null = null;
  private demo: { stop(): void } | null = null;
  private placed!: TraceLayout;
  private template: MmPolyline[] = [];
  /** For the corridor checks while drawing (ink colour, strict mode). */
  private templateIndex: PolylineIndex | null = null;
  private readonly handedness: Handedness;
  private readonly copying: boolean;
  /** With `adaptive`, in the path stages: the staircase that sets each attempt's corridor. */
  private readonly adaptive: AdaptiveCorridor | null;
  /** The corridor of the attempt in progress: the therapist's, or the staircase's. */
  private corridorMm: number;
  /** The corridor the guide was last drawn with. */
  private drawnCorridorMm = 0;
  /** Memory stage: when the model goes, on the real clock. */
  private modelHidesAt: number | null = null;
  private gamePxPerMm = 1;
  private recorder!: TraceAttemptRecorder;
  private attemptId = '';
  private startedAt = new Date();
  /** The screen the current layout was made for: what each record reports. */
  private device!: DeviceInfo;
  private phase: Phase = 'ready';
  /** When the result's pause ends, on the real clock: Phaser's slows down when frames are slow. */
  private nextAttemptAt: number | null = null;
  private laidOutSize = { width: 0, height: 0 };

  constructor(private readonly host: ActivityHost, private readonly params: TraceParams, private readonly onReady: () => void) {
    super('trace');
    this.handedness = params.hand ?? host.handedness;
    this.copying = COPY_STAGES.has(params.guide);
    this.adaptive = params.adaptive && !this.copying ? new AdaptiveCorridor(params) : null;
    this.corridorMm = this.adaptive?.corridorMm ?? params.corridorMm;
  }

  create(): void {
    this.pointers = attachPointerInput(this.game.canvas, this, { pxPerMm: this.host.pxPerMm, maxPointers: 1 });
    this.layout();
    this.scale.on('resize', this.onResize, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.pointers.detach());
    this.startAttempt(this.params.demo && this.params.guide === 'trace');
    this.onReady();
  }

  override update(): void {
    this.ink.update();
    const now = performance.now();
    if (this.modelHidesAt !== null && now >= this.modelHidesAt) this.hideModel();
    if (this.phase === 'ready' && this.recorder.checkIdle(now)) this.finish('idle');
    if (this.phase === 'result' && this.nextAttemptAt !== null && now >= this.nextAttemptAt) this.startAttempt(false);
  }

  // ----- input -----

  start(sample: InputSample): void {
    if (this.phase !== 'ready') return;
    this.demo?.stop();
    this.demo = null;
    const first = !this.recorder.inked;
    if (this.modelHidesAt !== null) this.hideModel(); // memory: drawing begins, the model goes
    this.recorder.start(sample);
    this.ink.setColor(this.isOutside(sample) ? palette.inkOutside : palette.ink);
    this.ink.beginStroke(this.toGame(sample.x, sample.y));
    this.guide?.hideStart();
    if (first) {
      this.host.sound.play('start');
      this.host.setDoneVisible(true);
    }
  }

  move(samples: readonly InputSample[], predicted: readonly InputSample[]): void {
    if (this.phase !== 'ready' || !this.recorder.isDrawing) return;
    for (const s of samples) {
      const outside = this.isOutside(s);
      if (outside && this.params.strict) {
        // Strict mode: the stroke stops where it left the corridor; the child lifts and carries on.
        this.recorder.stop(s);
        this.ink.addPoints([this.toGame(s.x, s.y)]);
        this.ink.endStroke();
        this.guide?.nudge();
        return;
      }
      this.recorder.move([s]);
      if (this.params.outsideInk) this.ink.setColor(outside ? palette.inkOutside : palette.ink);
      this.ink.addPoints([this.toGame(s.x, s.y)]);
    }
    this.ink.setPredicted(predicted.map((s) => this.toGame(s.x, s.y)));
  }

  end(sample: InputSample): void {
    if (this.phase !== 'ready' || !this.recorder.isDrawing) return;
    this.ink.addPoints([this.toGame(sample.x, sample.y)]);
    this.ink.endStroke();
    this.afterStroke(this.recorder.end(sample));
  }

  cancel(pointerId: number, reason: 'cancel' | 'palm'): void {
    if (this.phase !== 'ready') return;
    if (reason === 'palm') {
      this.recorder.discard(pointerId);
      this.redrawInk(); // the palm's mark goes with it
      return;
    }
    this.ink.endStroke();
    this.afterStroke(this.recorder.cancel(pointerId, performance.now()));
  }

  // ----- the app's requests -----

  done(): void {
    if (this.phase === 'ready' && this.recorder.touched) this.finish('done-button');
  }

  async abandon(reason: EndReason): Promise<void> {
    if (this.phase !== 'ready' || !this.recorder.touched) return;
    this.phase = 'result';
    await this.host.saveAttempt(this.record('abandoned', reason));
  }

  restart(): void {
    this.startAttempt(false);
  }

  // ----- attempt flow -----

  private startAttempt(withDemo: boolean): void {
    this.phase = 'ready';
    this.nextAttemptAt = null;
    this.corridorMm = this.adaptive?.corridorMm ?? this.params.corridorMm;
    if (this.corridorMm !== this.drawnCorridorMm) this.buildViews();
    this.ink.clear();
    this.attemptId = crypto.randomUUID();
    this.startedAt = new Date();
    // A copy may take any number of strokes: it ends when the child stops, or presses "done".
    this.recorder = this.copying
      ? new TraceAttemptRecorder({ originMs: performance.now(), expectedStrokes: Infinity, idleEndMs: COPY_IDLE_END_MS })
      : new TraceAttemptRecorder({ originMs: performance.now(), expectedStrokes: this.template.length });
    this.host.setDoneVisible(false);
    this.guide?.showStart(0);
    this.model?.showModel();
    this.modelHidesAt = this.params.guide === 'memory' ? performance.now() + this.params.modelSeconds * 1000 : null;
    if (withDemo) this.showDemo();
  }

  private afterStroke(outcome: StrokeOutcome): void {
    if (outcome === 'tap') { this.answerTap(); return; }
    if (outcome) { this.finish(outcome); return; }
    this.guide?.showStart(Math.min(this.recorder.strokes.length, this.template.length - 1));
  }

  /** A tap is not a try: its dot goes, and the form is shown again, as at the start. */
  private answerTap(): void {
    this.redrawInk();
    if (this.recorder.inked) return; // a dot among real strokes: the attempt goes on
    this.host.setDoneVisible(false);
    this.guide?.showStart(0);
    this.model?.nudge();
    if (!this.copying) this.showDemo();
  }

  private showDemo(): void {
    this.demo?.stop();
    this.demo = playDemo(this, this.template, (x, y) => this.toGame(x, y), this.mmToGame(START_DOT_RADIUS_MM * 0.8), this.mmToGame(INK_WIDTH_MM));
  }

  /** Saves the attempt and shows the result at once; the write finishes on its own. */
  private finish(reason: EndReason): void {
    this.phase = 'result';
    this.host.setDoneVisible(false);
    this.guide?.hideStart();
    const record = this.record('completed', reason);
    void this.host.saveAttempt(record);
    this.adaptive?.advance(record.metrics.passed);
    this.model?.showModel(); // memory: the model comes back, to compare
    if (record.metrics.passed) {
      this.host.sound.play('success');
      const { x, y } = this.toGame(this.placed.centre.x, this.placed.centre.y);
      playStarBurst(this, x, y, this.mmToGame(this.params.sizeMm * 0.75), this.mmToGame(12), (i) => { if (i % 3 === 0) this.host.sound.play('star'); });
    } else {
      this.host.sound.play('retry');
      this.guide?.nudge();
      this.model?.nudge();
    }
    this.nextAttemptAt = performance.now() + (record.metrics.passed ? RESULT_PAUSE_MS.passed : RESULT_PAUSE_MS.missed);
  }

  private record(status: 'completed' | 'abandoned', reason: EndReason): TraceAttempt {
    return buildTraceRecord({
      head: attemptHeadNow({ id: this.attemptId, startedAt: this.startedAt }, this.host.profileId, status, reason, this.device),
      params: { ...this.params, corridorMm: this.corridorMm },
      handedness: this.handedness,
      template: this.template,
      centre: this.placed.centre,
      drawingBox: this.placed.drawingBox,
      adaptive: (passed) => this.adaptive?.recordFor(status, passed) ?? null,
      strokes: this.recorder.strokes,
      taps: this.recorder.taps,
    });
  }


  // ----- layout and drawing -----

  private layout(): void {
    this.laidOutSize = { width: this.scale.width, height: this.scale.height };
    this.pointers.refreshFrame();
    this.device = deviceInfo(this.pointers.frame);
    const rect = this.game.canvas.getBoundingClientRect();
    this.gamePxPerMm = (this.host.pxPerMm * this.scale.width) / Math.max(1, rect.width);
    this.placed = layoutTrace(this.params, rect.width / this.host.pxPerMm, rect.height / this.host.pxPerMm, this.handedness);
    this.template = this.placed.template;
    this.templateIndex = this.copying ? null : createPolylineIndex(this.template);
    this.buildViews();
    if (this.ink) this.ink.destroy();
    this.ink = new BakedInk(this, { widthPx: this.mmToGame(INK_WIDTH_MM), color: palette.ink });
  }

  /** What the stage shows: the path's guide, or the model and the drawing box. */
  private buildViews(): void {
    this.guide?.destroy();
    this.model?.destroy();
    this.drawnCorridorMm = this.corridorMm;
    ({ guide: this.guide, model: this.model } = createStageView(this, this.params, this.placed, this.corridorMm, {
      point: (x, y) => this.toGame(x, y),
      length: (mm) => this.mmToGame(mm),
    }));
  }

  /** Whether a sample lies outside the corridor of the path stages (never, when copying: there is no path to stay on). */
  private isOutside(sample: { x: number; y: number }): boolean {
    return this.templateIndex !== null && this.templateIndex.nearest(mmPoint(sample.x, sample.y)).distance > this.corridorMm / 2;
  }

  private hideModel(): void {
    this.modelHidesAt = null;
    this.model?.hideModel();
  }

  /** The canvas changed size: the form is re-centred, so an attempt in progress cannot go on. */
  private onResize(): void {
    // Phaser also announces sizes that did not change; only a real change re-lays out.
    if (this.scale.width === this.laidOutSize.width && this.scale.height === this.laidOutSize.height) return;
    void this.abandon('resize'); // saves only an attempt already touched
    this.cameras.main.setSize(this.scale.width, this.scale.height);
    this.demo?.stop();
    this.demo = null;
    this.layout();
    this.startAttempt(false);
  }

  private redrawInk(): void {
    this.ink.clear();
    for (const stroke of this.recorder.strokes) {
      const [first, ...rest] = stroke.points.map((p) => this.toGame(p.x, p.y));
      if (!first) continue;
      this.ink.beginStroke(first);
      this.ink.addPoints(rest);
      this.ink.endStroke();
    }
  }

  private toGame(x: number, y: number): GamePoint {
    return { x: x * this.gamePxPerMm, y: y * this.gamePxPerMm };
  }

  private mmToGame(mm: number): number {
    return mm * this.gamePxPerMm;
  }
}

/** Starts tracing in the host's element; resolves once the first frame is ready. */
export function mountTraceScene(host: ActivityHost, params: TraceParams): Promise<ActivityController> {
  return mountScene(host.parent, (ready) => new TraceScene(host, params, ready));
}
