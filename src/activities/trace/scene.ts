import type { ActivityController, ActivityHost } from '../../activity/definition';
import type { InputSample } from '../../input/input-sample';
import type { GamePoint } from '../../ink/ink-renderer';
import type { AttemptHead } from '../../schema/record-head';
import { ActivityScene } from '../../stage/activity-scene';
import { mountScene } from '../../stage/mount-scene';
export { warmStage } from '../../stage/mount-scene';
import { palette } from '../../stage/palette';
import type { StrokeOutcome } from './attempt-recorder';
import type { TraceParams } from './params';
import { traceAttemptSchema, type TraceAttempt } from './record';
import { TracePicture } from './picture-view';
import type { PathFollower } from './path-follower';
import { meadow } from './place';
import { TravellerView } from './traveller-view';
import { TraceRound } from './trace-round';

const COPYING_STAGES = new Set<TraceParams['guide']>(['copy', 'memory']);
/** Tries at one form before the round ends anyway, with the effort celebrated: a fourth miss in a row teaches nothing. */
const TRIES_PER_ROUND = 3;
/** A trace this close to the path, all along it, is celebrated with confetti. */
const GREAT_PCT = 95;

/** How long the reward, or the miss with its encouragement, shows before the next attempt: the child sees their own line either way. */
const RESULT_PAUSE_MS = 2600;

/** Tracing: the guide or the model, the child's ink, the demonstration, and the result. TraceRound keeps the rules. */
class TraceScene extends ActivityScene<TraceParams> {
  private readonly round: TraceRound;
  private readonly picture: TracePicture;
  /** The corridor and screen size the views were last drawn for. */
  private drawn = { corridorMm: 0, width: 0, height: 0 };
  /** Memory stage: when the model goes, on the real clock. */
  private modelHidesAt: number | null = null;
  private triesThisRound = 0;
  /** The ladybug walking the path as the ink goes (path stages, unless calm). */
  private traveller: TravellerView | null = null;
  private follower: PathFollower | null = null;

  constructor(host: ActivityHost, params: TraceParams, onReady: () => void) {
    super('trace', host, params, traceAttemptSchema, 1, onReady);
    this.round = new TraceRound(params, host.handedness);
    this.picture = new TracePicture(this, params, { point: (x, y) => this.toGame(x, y), length: (mm) => this.mm(mm) });
  }

  private get ink() { return this.picture.ink; }
  private get view() { return this.picture.stage; }

  start(sample: InputSample): void {
    if (!this.attempt.ready) return;
    const first = !this.round.recorder.inked;
    if (this.modelHidesAt !== null) this.hideModel(); // memory: drawing begins, the model goes
    this.round.recorder.start(sample);
    this.ink.setColor(this.round.isOutside(sample) ? palette.inkOutside : palette.ink);
    this.ink.beginStroke(this.at(sample));
    this.view.guide?.hideStart();
    if (!first) return;
    this.host.sound.play('start');
    this.host.setDoneVisible(true);
  }

  move(samples: readonly InputSample[], predicted: readonly InputSample[]): void {
    if (!this.attempt.ready || !this.round.recorder.isDrawing) return;
    for (const s of samples) {
      const ink = this.round.add(s);
      if (ink === 'stopped') { this.ink.addPoints([this.at(s)]); this.ink.endStroke(); this.view.guide?.nudge(); return; }
      if (this.params.outsideInk) this.ink.setColor(ink === 'outside' ? palette.inkOutside : palette.ink);
      this.ink.addPoints([this.at(s)]);
      if (ink === 'inside') this.follower?.follow(s);
    }
    this.walkTraveller();
    this.ink.setPredicted(predicted.map((s) => this.at(s)));
  }

  end(sample: InputSample): void {
    if (!this.attempt.ready || !this.round.recorder.isDrawing) return;
    this.ink.addPoints([this.at(sample)]);
    this.ink.endStroke();
    this.afterStroke(this.round.recorder.end(sample));
  }

  cancel(pointerId: number, reason: 'cancel' | 'palm'): void {
    if (!this.attempt.ready) return;
    if (reason === 'palm') { this.round.recorder.discard(pointerId); this.picture.redrawInk(this.round.recorder.strokes); return; } // the palm's mark goes with it
    this.ink.endStroke();
    this.afterStroke(this.round.recorder.cancel(pointerId, performance.now()));
  }

  override done(): void {
    if (this.attempt.ready && this.round.recorder.touched) this.finish('done-button');
  }

  touched(): boolean {
    return this.round.recorder.touched;
  }

  build(head: AttemptHead): unknown {
    return this.round.build(head);
  }

  protected override tick(now: number): void {
    this.ink.update();
    if (this.modelHidesAt !== null && now >= this.modelHidesAt) this.hideModel();
    if (this.attempt.ready) { const idle = this.round.recorder.checkIdle(now); if (idle) this.finish(idle); }
  }

  protected showAttempt(originMs: number): void {
    const resized = this.scale.width !== this.drawn.width || this.scale.height !== this.drawn.height;
    if (resized) this.round.layout(this.screenMm.width, this.screenMm.height);
    this.round.begin(originMs);
    if (resized || this.round.corridorMm !== this.drawn.corridorMm) {
      this.drawn = { corridorMm: this.round.corridorMm, width: this.scale.width, height: this.scale.height };
      this.picture.draw(this.round.placed, this.round.corridorMm, resized);
    }
    this.ink.clear();
    this.host.setDoneVisible(false);
    this.view.guide?.showStart(0);
    this.view.model?.showModel();
    this.modelHidesAt = this.params.guide === 'memory' ? performance.now() + this.params.modelSeconds * 1000 : null;
    this.follower = this.host.calm ? null : this.round.follower();
    if (this.follower && !this.traveller) this.traveller = new TravellerView(this, (x, y) => this.toGame(x, y), (mm) => this.mm(mm));
    if (this.follower) this.walkTraveller();
    else this.traveller?.hide();
  }

  private walkTraveller(): void {
    if (!this.follower) return;
    const { polyline, alongMm } = this.follower.at();
    this.traveller?.show(this.round.template[polyline]!, alongMm);
  }

  /** The path stages are shown, stroke by stroke; copying and memory test what the child knows, so the guide shows nothing there. */
  protected override demonstrates(): boolean {
    return this.params.demo && !COPYING_STAGES.has(this.params.guide);
  }

  /** Each attempt is another try at the same form: the guide shows it first only once. */
  protected override placeMarkup(widthMm: number, heightMm: number): string {
    return meadow(widthMm, heightMm);
  }

  protected override attemptIsRound(): boolean {
    return false;
  }

  protected override demonstrate(ended: () => void): { stop(): void } {
    return this.picture.showDemo(this.round.template, ended);
  }

  private afterStroke(outcome: StrokeOutcome): void {
    if (outcome === 'tap') { this.answerTap(); return; }
    if (outcome) { this.finish(outcome); return; }
    this.view.guide?.showStart(Math.min(this.round.recorder.strokes.length, this.round.template.length - 1));
  }

  /** A tap is not a try: its dot goes, and the form is shown again, as at the start. */
  private answerTap(): void {
    this.picture.redrawInk(this.round.recorder.strokes);
    if (this.round.recorder.inked) return; // a dot among real strokes: the attempt goes on
    this.host.setDoneVisible(false);
    this.view.guide?.showStart(0);
    this.view.model?.nudge();
    if (!this.round.copying) this.showHow();
  }

  /** Saves the attempt and shows the result at once: stars, or a gentle cue and another go. */
  private finish(reason: 'strokes' | 'idle' | 'done-button'): void {
    this.host.setDoneVisible(false);
    this.view.guide?.hideStart();
    const record = this.attempt.finish<TraceAttempt>(reason, RESULT_PAUSE_MS);
    this.round.advance(record.metrics.passed);
    this.view.model?.showModel(); // memory: the model comes back, to compare
    this.triesThisRound++;
    const { passed, coveragePct, inBandPct } = record.metrics;
    if (passed) {
      this.celebrate(this.params.sizeMm * 0.75, this.round.placed.centre, coveragePct >= GREAT_PCT && inBandPct >= GREAT_PCT ? 'great' : 'good');
      this.closeRound(true);
      return;
    }
    if (this.triesThisRound >= TRIES_PER_ROUND) {
      this.celebrate(this.params.sizeMm * 0.5, this.round.placed.centre, 'effort');
      this.closeRound(false);
      return;
    }
    this.host.sound.play('retry');
    this.encourage();
    this.view.guide?.nudge();
    this.view.model?.nudge();
  }

  private closeRound(won: boolean): void {
    this.triesThisRound = 0;
    this.endRound(won);
  }

  private hideModel(): void {
    this.modelHidesAt = null;
    this.view.model?.hideModel();
  }

  private at(p: { x: number; y: number }): GamePoint {
    return this.toGame(p.x, p.y);
  }
}

/** Starts tracing in the host's element; resolves once the first frame is ready. */
export function mountTraceScene(host: ActivityHost, params: TraceParams): Promise<ActivityController> {
  return mountScene(host.parent, (ready) => new TraceScene(host, params, ready));
}
