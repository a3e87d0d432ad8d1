import type { ActivityController, ActivityHost } from '../../activity/definition';
import { pointAlong } from '../../geometry/point-along';
import type { InputSample } from '../../input/input-sample';
import type { AttemptHead } from '../../schema/record-head';
import { ActivityScene } from '../../stage/activity-scene';
import { dragScript } from '../../stage/hand-script';
import { mountScene } from '../../stage/mount-scene';
export { warmStage } from '../../stage/mount-scene';
import { playHandDemo, type Demo } from '../../stage/play-hand-demo';
import { AdaptiveBand } from './adaptive-band';
import { buildCutRecord } from './build-record';
import { CutRound } from './cut-round';
import type { FallenPiece } from './cut-tracker';
import { layoutCut, type CutLayout } from './layout';
import { toScreen } from './paper-pose';
import { DEFAULT_LENGTH_MM, type CutParams } from './params';
import { craftTable } from './place';
import { cutAttemptSchema, type CutAttempt } from './record';
import { bladesShut, ScissorsView } from './scissors-view';
import { SheetView } from './sheet-view';
import { cutStrings } from './strings';

/** Pause after the piece comes away, for it to fall and the reward, before the next sheet. */
const RESULT_PAUSE_MS = 2600;
/** Two hands: every finger of both. */
const MAX_POINTERS = 10;
/** The guide's hand shows this much of the cut, at a child's calm pace. */
const DEMO_CUT_MM = 40;
const DEMO_CUT_MS = 2200;

class CutScene extends ActivityScene<CutParams> {
  private layout!: CutLayout;
  private round!: CutRound;
  private sheetView: SheetView | null = null;
  private scissors: ScissorsView | null = null;
  private readonly hand: 'left' | 'right';
  private readonly band: AdaptiveBand | null;
  private toleranceMm: number;
  private lastTouchMs = 0;
  /** Blade closes heard this sheet: each one snips, as real scissors do (none while the loose paper slides). */
  private snipsHeard = 0;

  constructor(host: ActivityHost, params: CutParams, onReady: () => void) {
    super('cut', host, params, cutAttemptSchema, MAX_POINTERS, onReady);
    this.hand = params.hand ?? host.handedness;
    this.band = params.adaptive ? new AdaptiveBand(params) : null;
    this.toleranceMm = params.toleranceMm;
  }

  // ----- input -----

  start(sample: InputSample): void {
    if (!this.attempt.ready) return;
    this.lastTouchMs = sample.t;
    const touch = this.round.down(sample);
    if (touch === 'hold') this.sheetView?.showHold(true);
    if (touch === 'cut') this.host.sound.play('start');
    this.redraw();
  }

  move(samples: readonly InputSample[]): void {
    if (!this.attempt.ready) return;
    for (const s of samples) {
      this.lastTouchMs = s.t;
      const before = this.round.cuts.at(-1)?.length ?? 0;
      const piece = this.round.move(s);
      this.drawNewCut(before);
      if (piece) { this.pieceCameAway(piece); return; }
    }
    this.redraw();
  }

  end(sample: InputSample): void {
    if (!this.attempt.ready) return;
    this.lastTouchMs = sample.t;
    const before = this.round.cuts.at(-1)?.length ?? 0;
    const piece = this.round.up(sample);
    this.drawNewCut(before);
    if (piece) { this.pieceCameAway(piece); return; }
    this.sheetView?.showHold(this.round.isHeld && this.layout.holdSpot !== null);
    if (this.round.finished) this.finish();
    else this.redraw();
  }

  cancel(pointerId: number): void {
    if (!this.attempt.ready) return;
    this.round.release(pointerId, performance.now() - this.attempt.originMs);
    this.sheetView?.showHold(this.round.isHeld && this.layout.holdSpot !== null);
    this.redraw();
  }

  /** The helping hand on its mark stays down when a pen cuts: it is not a resting palm. */
  protected override keepsTouch(sample: InputSample): boolean {
    return this.round?.onHoldSpot(sample) ?? false;
  }

  touched(): boolean {
    return this.round.strokes.length > 0 || this.round.helperStrokes.length > 0;
  }

  // ----- round flow -----

  protected showAttempt(originMs: number): void {
    this.toleranceMm = this.band?.toleranceMm ?? this.params.toleranceMm;
    this.layout = layoutCut(this.params, this.hand, this.screenMm);
    const asked = this.params.lengthMm ?? DEFAULT_LENGTH_MM[this.params.line];
    if (this.layout.lengthMm < asked) this.host.showNotice(cutStrings.shortened(asked, this.layout.lengthMm));
    this.round = new CutRound({ sheet: this.layout.sheet, pose: this.layout.pose, holdSpot: this.layout.holdSpot, originMs });
    this.lastTouchMs = originMs;
    this.snipsHeard = 0;
    this.sheetView?.destroy();
    this.scissors?.destroy();
    this.sheetView = new SheetView(this, this.layout.sheet, this.layout.holdSpot, this.params.lineWidthMm, (mm) => this.mm(mm));
    this.scissors = new ScissorsView(this, (mm) => this.mm(mm));
    this.redraw();
  }

  /** The paper where it lies, and the scissors at the cut's end pointing along the way it goes. */
  private redraw(): void {
    this.sheetView?.setPose(this.round.pose);
    const tip = this.round.tipOnScreen;
    const at = this.toGame(tip.x, tip.y);
    this.scissors?.place(at.x, at.y, this.heading(), this.round.travelledMm, false);
  }

  /** Which way the scissors point on the screen: along the last stretch of the cut, or along the line where it starts. */
  private heading(): number {
    const cut = this.round.cuts.at(-1);
    const { sheet } = this.layout;
    const line = sheet.lines[this.round.line] ?? sheet.lines[0]!;
    const [a, b] = cut && cut.length >= 2 ? [cut.at(-2)!, cut.at(-1)!] : [line[0]!, line[1]!];
    const from = toScreen(a, this.round.pose, sheet.paper), to = toScreen(b, this.round.pose, sheet.paper);
    return Math.atan2(to.y - from.y, to.x - from.x);
  }

  private drawNewCut(before: number): void {
    const shut = bladesShut(this.round.travelledMm);
    if (shut > this.snipsHeard) { this.snipsHeard = shut; this.host.sound.play('snip'); }
    const cut = this.round.cuts.at(-1);
    if (!cut || !this.sheetView) return;
    for (let i = Math.max(1, before); i < cut.length; i++) this.sheetView.cutTo(cut[i]!, cut[i - 1]!);
  }

  private pieceCameAway(piece: FallenPiece): void {
    this.sheetView?.dropPiece(piece.outline);
    this.host.sound.play('drop');
    this.finish();
  }

  /** The piece is out (or every snip made): save, celebrate, and set up the next sheet. */
  private finish(): void {
    const record = this.attempt.finish<CutAttempt>('finished', RESULT_PAUSE_MS);
    this.band?.advance(record.metrics.passed);
    this.scissors?.setVisible(false);
    const { centre } = this.round.pose;
    this.celebrate(undefined, centre, record.metrics.passed && record.metrics.bandExits === 0 ? 'great' : record.metrics.passed ? 'good' : 'effort');
    this.endRound(record.metrics.passed);
  }

  protected override placeMarkup(widthMm: number, heightMm: number): string {
    return craftTable(widthMm, heightMm);
  }

  /** The guide's hand takes the scissors and cuts the first stretch of the line; a ghost of the cut shows where it went, then goes. */
  protected override demonstrate(ended: () => void): Demo | null {
    if (!this.params.demo || this.touched()) return null;
    const { sheet, pose } = this.layout;
    const line = sheet.lines[this.round.line] ?? sheet.lines[0]!;
    const from = toScreen(line[0]!, pose, sheet.paper);
    const to = toScreen(pointAlong(line, DEMO_CUT_MM).point, pose, sheet.paper);
    const grab = this.toGame(from.x, from.y), cut = this.toGame(to.x, to.y);
    const start = { x: grab.x - this.mm(20), y: grab.y + this.mm(45) };
    return playHandDemo(this, (mm) => this.mm(mm), [dragScript(start, grab, cut, DEMO_CUT_MS, this.hand === 'left')], {
      onFrame: ([hand]) => { if (hand?.pressed) this.scissors?.place(hand.x, hand.y, Math.atan2(cut.y - grab.y, cut.x - grab.x), Math.hypot(hand.x - grab.x, hand.y - grab.y) / this.mm(1), true); },
      onEnd: () => { this.redraw(); ended(); },
    });
  }

  build(head: AttemptHead): unknown {
    return buildCutRecord({
      head,
      params: { ...this.params, lengthMm: this.layout.lengthMm, hand: this.hand, toleranceMm: this.toleranceMm },
      sheet: this.layout.sheet,
      holdSpot: this.layout.holdSpot,
      round: this.round,
      adaptive: (passed) => this.band?.recordFor(head.status, passed) ?? null,
      totalMs: Math.max(0, this.lastTouchMs - this.attempt.originMs),
    });
  }
}

/** Starts cutting in the host's element; resolves once the first frame is ready. */
export function mountCutScene(host: ActivityHost, params: CutParams): Promise<ActivityController> {
  return mountScene(host.parent, (ready) => new CutScene(host, params, ready));
}
