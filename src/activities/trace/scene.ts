import Phaser from 'phaser';
import type { MmPolyline } from '../../geometry/units';
import type { InputSample, StrokeListener } from '../../input/input-sample';
import { attachPointerInput, type PointerInput } from '../../input/pointer-input';
import { BakedInk } from '../../ink/baked-ink';
import type { GamePoint } from '../../ink/ink-renderer';
import type { EndReason } from '../../schema/parts';
import { createStage } from '../../stage/create-stage';
import { palette } from '../../stage/palette';
import { playStarBurst } from '../../stage/reward';
import type { ActivityController, ActivityHost } from '../activity';
import { TraceAttemptRecorder } from './attempt-recorder';
import { buildTraceRecord } from './build-record';
import { playDemo } from './demo-view';
import { GuideView } from './guide-view';
import { layoutTemplate } from './layout';
import type { TraceParams } from './params';
import type { TraceAttempt } from './record';

/** Sizes on screen, in mm so they are the same physical size on every tablet. */
const INK_WIDTH_MM = 3; // a crayon line: visible under a fingertip
const GUIDE_WIDTH_MM = 1.2;
const START_DOT_RADIUS_MM = 4.5;
/** How long the reward or the retry cue shows before the next attempt. */
const RESULT_PAUSE_MS = { passed: 2600, missed: 1800 } as const;

type Phase = 'ready' | 'result';

class TraceScene extends Phaser.Scene implements StrokeListener {
  private pointers!: PointerInput;
  private ink!: BakedInk;
  private guide: GuideView | null = null;
  private demo: { stop(): void } | null = null;
  private template: MmPolyline[] = [];
  private gamePxPerMm = 1;
  private recorder!: TraceAttemptRecorder;
  private attemptId = '';
  private startedAt = new Date();
  private phase: Phase = 'ready';
  /** When the result's pause ends, on the real clock: Phaser's slows down when frames are slow. */
  private nextAttemptAt: number | null = null;
  private laidOutSize = { width: 0, height: 0 };

  constructor(private readonly host: ActivityHost, private readonly params: TraceParams, private readonly onReady: () => void) {
    super('trace');
  }

  create(): void {
    this.pointers = attachPointerInput(this.game.canvas, this, { pxPerMm: this.host.pxPerMm, maxPointers: 1 });
    this.layout();
    this.scale.on('resize', this.onResize, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.pointers.detach());
    this.startAttempt(this.params.demo);
    this.onReady();
  }

  override update(): void {
    this.ink.update();
    const now = performance.now();
    if (this.phase === 'ready' && this.recorder.checkIdle(now)) this.finish('idle');
    if (this.phase === 'result' && this.nextAttemptAt !== null && now >= this.nextAttemptAt) this.startAttempt(false);
  }

  // ----- input -----

  start(sample: InputSample): void {
    if (this.phase !== 'ready') return;
    this.demo?.stop();
    this.demo = null;
    const first = !this.recorder.touched;
    this.recorder.start(sample);
    this.ink.beginStroke(this.toGame(sample.x, sample.y));
    this.guide?.hideStart();
    if (first) {
      this.host.sound.play('start');
      this.host.setDoneVisible(true);
    }
  }

  move(samples: readonly InputSample[], predicted: readonly InputSample[]): void {
    if (this.phase !== 'ready' || !this.recorder.isDrawing) return;
    this.recorder.move(samples);
    this.ink.addPoints(samples.map((s) => this.toGame(s.x, s.y)));
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
    await this.persist(this.record('abandoned', reason));
  }

  restart(): void {
    this.startAttempt(false);
  }

  // ----- attempt flow -----

  private startAttempt(withDemo: boolean): void {
    this.phase = 'ready';
    this.nextAttemptAt = null;
    this.ink.clear();
    this.attemptId = crypto.randomUUID();
    this.startedAt = new Date();
    this.recorder = new TraceAttemptRecorder({ originMs: performance.now(), expectedStrokes: this.template.length });
    this.host.setDoneVisible(false);
    this.guide?.showStart(0);
    if (withDemo) this.demo = playDemo(this, this.template, (x, y) => this.toGame(x, y), this.mmToGame(START_DOT_RADIUS_MM * 0.8), this.mmToGame(INK_WIDTH_MM));
  }

  private afterStroke(ended: 'strokes' | 'idle' | null): void {
    if (ended) { this.finish(ended); return; }
    this.guide?.showStart(Math.min(this.recorder.strokes.length, this.template.length - 1));
  }

  /** Saves the attempt and shows the result at once; the write finishes on its own. */
  private finish(reason: EndReason): void {
    this.phase = 'result';
    this.host.setDoneVisible(false);
    this.guide?.hideStart();
    const record = this.record('completed', reason);
    void this.persist(record);
    if (record.metrics.passed) {
      this.host.sound.play('success');
      // The form is laid out centred in the canvas, so the stars burst from the canvas's centre.
      playStarBurst(this, this.scale.width / 2, this.scale.height / 2, this.mmToGame(this.params.sizeMm * 0.75), this.mmToGame(12), (i) => { if (i % 3 === 0) this.host.sound.play('star'); });
    } else {
      this.host.sound.play('retry');
      this.guide?.nudge();
    }
    this.nextAttemptAt = performance.now() + (record.metrics.passed ? RESULT_PAUSE_MS.passed : RESULT_PAUSE_MS.missed);
  }

  private record(status: 'completed' | 'abandoned', reason: EndReason): TraceAttempt {
    return buildTraceRecord({
      id: this.attemptId,
      profileId: this.host.profileId,
      status,
      endReason: reason,
      startedAt: this.startedAt,
      endedAt: new Date(),
      params: this.params,
      device: {
        viewport: { width: window.innerWidth, height: window.innerHeight },
        devicePixelRatio: window.devicePixelRatio || 1,
        pxPerMm: this.host.pxPerMm,
        frame: { left: this.pointers.frame.left, top: this.pointers.frame.top },
        userAgent: navigator.userAgent.slice(0, 512),
      },
      template: this.template,
      strokes: this.recorder.strokes,
    });
  }

  private async persist(record: TraceAttempt): Promise<void> {
    try {
      await this.host.saveAttempt(record);
    } catch (error) {
      console.error('Deft could not save an attempt', error); // the game goes on; the Data page shows what is stored
    }
  }

  // ----- layout and drawing -----

  private layout(): void {
    this.laidOutSize = { width: this.scale.width, height: this.scale.height };
    this.pointers.refreshFrame();
    const rect = this.game.canvas.getBoundingClientRect();
    this.gamePxPerMm = (this.host.pxPerMm * this.scale.width) / Math.max(1, rect.width);
    this.template = layoutTemplate(this.params, rect.width / this.host.pxPerMm, rect.height / this.host.pxPerMm);
    this.guide?.destroy();
    this.guide = new GuideView(this, this.template.map((line) => line.map((p) => this.toGame(p.x, p.y))), {
      corridorPx: this.mmToGame(this.params.corridorMm),
      guidePx: this.mmToGame(GUIDE_WIDTH_MM),
      startRadiusPx: this.mmToGame(START_DOT_RADIUS_MM),
    });
    if (this.ink) this.ink.destroy();
    this.ink = new BakedInk(this, { widthPx: this.mmToGame(INK_WIDTH_MM), color: palette.ink });
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
  return new Promise((resolve) => {
    let scene: TraceScene;
    const stage = createStage(host.parent, (scene = new TraceScene(host, params, () => resolve(controller))));
    const controller: ActivityController = {
      done: () => scene.done(),
      leave: (reason) => scene.abandon(reason),
      resume: () => scene.restart(),
      destroy: () => stage.destroy(),
    };
  });
}
