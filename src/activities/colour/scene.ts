import type Phaser from 'phaser';
import type { ActivityController, ActivityHost } from '../../activity/definition';
import { mmPoint } from '../../geometry/units';
import type { InputSample } from '../../input/input-sample';
import type { AttemptHead } from '../../schema/record-head';
import { ActivityScene } from '../../stage/activity-scene';
import type { HandStep } from '../../stage/hand-script';
import { mountScene } from '../../stage/mount-scene';
export { warmStage } from '../../stage/mount-scene';
import { playHandDemo, type Demo } from '../../stage/play-hand-demo';
import { buildColourRecord } from './build-record';
import { ColourRound } from './colour-round';
import { layoutColour, type ColourLayout } from './layout';
import { PageView } from './page-view';
import { DEFAULT_PICTURE_MM } from './pictures';
import type { ColourParams } from './params';
import { artCorner } from './place';
import { PotsView } from './pots-view';
import { colourAttemptSchema, type ColourAttempt, type ColourMetrics } from './record';
import { colourStrings } from './strings';

/** Pause while the picture comes alive and the reward plays, before the next page. */
const RESULT_PAUSE_MS = 2800;
/** A finger each for two hands colouring at once, and a resting palm or two. */
const MAX_POINTERS = 4;
/** A pen's light touch colours softly: its pressure sets the crayon's strength from this up to full. */
const LIGHTEST = 0.45;
/** The guide's hand colours three times back and forth this far across the part's middle, at a child's calm pace. */
const DEMO_SWEEP_MM = 14;
const DEMO_STROKE_MS = 420;

class ColourScene extends ActivityScene<ColourParams> {
  private layout!: ColourLayout;
  private round!: ColourRound;
  private page: PageView | null = null;
  private pots: PotsView | null = null;
  private ghost: Phaser.GameObjects.Graphics | null = null;
  /** The page is finished: no more colour until the next one. */
  private over = false;
  private finishedBy: ColourMetrics['finishedBy'] = 'left';

  constructor(host: ActivityHost, params: ColourParams, onReady: () => void) {
    super('colour', host, params, colourAttemptSchema, MAX_POINTERS, onReady);
  }

  // ----- input -----

  start(sample: InputSample): void {
    if (!this.attempt.ready || this.over) return;
    const touch = this.round.down(sample);
    if (touch === 'pot') { this.pots?.show(this.chosenPot()); this.host.sound.play('start'); return; }
    this.colourSample(sample, sample);
    this.host.setDoneVisible(true);
  }

  move(samples: readonly InputSample[]): void {
    if (!this.attempt.ready || this.over) return;
    for (const s of samples) {
      const before = this.round.openStroke(s.pointerId)?.points.at(-1);
      if (this.round.move(s) && before) this.colourSample(mmPoint(before.x, before.y), s);
    }
    if (this.round.coveragePct >= this.params.thresholdPct) this.finish('threshold');
  }

  end(sample: InputSample): void {
    if (!this.attempt.ready || this.over) return;
    const before = this.round.openStroke(sample.pointerId)?.points.at(-1);
    this.round.up(sample);
    if (before && (before.x !== sample.x || before.y !== sample.y)) this.colourSample(mmPoint(before.x, before.y), sample);
    this.page?.bake();
    if (this.round.coveragePct >= this.params.thresholdPct) this.finish('threshold');
  }

  cancel(pointerId: number, reason: 'cancel' | 'palm'): void {
    if (!this.attempt.ready || this.over) return;
    if (reason === 'cancel') { this.round.release(pointerId); return; }
    // A resting palm: its colour goes, and the page is coloured again from the strokes that stay.
    if (!this.round.dropPalm(pointerId)) return;
    this.page?.clearColour();
    for (const stroke of this.round.strokes) {
      stroke.points.forEach((p, i) => {
        const from = stroke.points[i - 1] ?? p;
        this.page?.colourTo(mmPoint(from.x, from.y), mmPoint(p.x, p.y), this.params.crayonMm, stroke.colour, this.strength(stroke.pointerType, p.pressure));
      });
    }
    this.page?.bake();
  }

  /** The child pressed done: the picture is finished as it is. */
  override done(): void {
    if (this.attempt.ready && !this.over && this.round.strokes.length > 0) this.finish('done');
  }

  touched(): boolean {
    return this.round.strokes.length > 0 || this.round.potTaps.length > 0;
  }

  // ----- round flow -----

  protected showAttempt(originMs: number): void {
    this.over = false;
    this.layout = layoutColour(this.params, this.host.handedness, this.screenMm);
    const asked = this.params.sizeMm ?? DEFAULT_PICTURE_MM[this.params.picture];
    if (this.layout.widthMm < asked) this.host.showNotice(colourStrings.shortened(asked, this.layout.widthMm));
    this.round = new ColourRound({ layout: this.layout, crayonMm: this.params.crayonMm, originMs });
    this.page?.destroy();
    this.pots?.destroy();
    this.page = new PageView(this, this.layout, this.params.outlineMm, this.params.stencil, (mm) => this.mm(mm));
    this.pots = new PotsView(this, this.layout.pots, (mm) => this.mm(mm));
    this.pots.show(0);
    this.host.setDoneVisible(false);
  }

  protected override roundProgress(): { done: number; total: number } {
    if (!this.round) return { done: 0, total: this.params.thresholdPct };
    return { done: Math.min(this.params.thresholdPct, Math.floor(this.round.coveragePct)), total: this.params.thresholdPct };
  }

  /** The part is coloured enough, or the child said done: save, bring the picture to life, and set up the next page. */
  private finish(by: ColourMetrics['finishedBy']): void {
    this.over = true;
    this.page?.bake();
    this.finishedBy = by;
    const record = this.attempt.finish<ColourAttempt>(by === 'done' ? 'done-button' : 'finished', RESULT_PAUSE_MS);
    this.host.setDoneVisible(false);
    if (by === 'threshold') this.page?.comeAlive();
    const { origin, picture } = this.layout;
    const centre = { x: origin.x + picture.width / 2, y: origin.y + picture.height / 2 };
    const { passed, outsidePct } = record.metrics;
    this.celebrate(picture.width * 0.6, centre, passed && (outsidePct ?? 0) < 5 ? 'great' : passed ? 'good' : 'effort');
    this.endRound(passed);
  }

  protected override placeMarkup(widthMm: number, heightMm: number): string {
    return artCorner(widthMm, heightMm);
  }

  /** The guide's hand colours back and forth across the middle of the part; its colour fades as it lifts. */
  protected override demonstrate(ended: () => void): Demo | null {
    if (!this.params.demo || this.touched()) return null;
    const { picture, target, origin } = this.layout;
    const middle = middleOf(picture.regions[target]!.rings[0]!);
    const at = (dx: number, dy: number) => this.toGame(middle.x + dx, middle.y + dy);
    const from = this.toGame(Math.min(this.screenMm.width - 10, origin.x + picture.width + 20), this.screenMm.height - 20);
    const sweep = Math.min(DEMO_SWEEP_MM, picture.width / 5);
    const steps: HandStep[] = [{ kind: 'move', to: at(-sweep, -6), ms: 800 }, { kind: 'press' }];
    for (let k = 0; k < 3; k++) steps.push({ kind: 'move', to: at(k % 2 ? -sweep : sweep, -6 + k * 4), ms: DEMO_STROKE_MS });
    steps.push({ kind: 'wait', ms: 200 }, { kind: 'lift' }, { kind: 'wait', ms: 500 });
    this.ghost?.destroy();
    const ghost = this.add.graphics().setDepth(11);
    this.ghost = ghost;
    let last: { x: number; y: number } | null = null;
    const colour = this.round.colour;
    return playHandDemo(this, (mm) => this.mm(mm), [{ from, steps }], {
      onFrame: ([hand]) => {
        if (!hand?.pressed) { last = null; return; }
        ghost.lineStyle(this.mm(this.params.crayonMm), colour, 0.5).lineBetween(last?.x ?? hand.x, last?.y ?? hand.y, hand.x, hand.y);
        last = { x: hand.x, y: hand.y };
      },
      onEnd: () => { this.tweens.add({ targets: ghost, alpha: 0, duration: 600, onComplete: () => ghost.destroy() }); ended(); },
    });
  }

  build(head: AttemptHead): unknown {
    const by = head.status === 'abandoned' ? 'left' : this.finishedBy;
    return buildColourRecord({ head, params: { ...this.params, sizeMm: this.layout.widthMm }, layout: this.layout, round: this.round, finishedBy: by });
  }

  private colourSample(from: { x: number; y: number }, to: InputSample): void {
    this.page?.colourTo(mmPoint(from.x, from.y), mmPoint(to.x, to.y), this.params.crayonMm, this.round.colour, this.strength(to.pointerType, to.pressure));
  }

  private strength(pointerType: string, pressure: number): number {
    // Pressure is the pen's alone; fingers report a constant and colour at full strength. Five levels: a pen's pressure flickers, the colour should not.
    return pointerType === 'pen' ? LIGHTEST + (1 - LIGHTEST) * Math.round(Math.min(1, pressure / 0.6) * 4) / 4 : 1;
  }

  private chosenPot(): number {
    return Math.max(0, this.layout.pots.findIndex((pot) => pot.colour === this.round.colour));
  }
}

/** A point well inside a ring: its vertices' mean (the parts are round enough for that). */
function middleOf(ring: readonly { x: number; y: number }[]): { x: number; y: number } {
  return { x: ring.reduce((s, p) => s + p.x, 0) / ring.length, y: ring.reduce((s, p) => s + p.y, 0) / ring.length };
}

/** Starts colouring in the host's element; resolves once the first frame is ready. */
export function mountColourScene(host: ActivityHost, params: ColourParams): Promise<ActivityController> {
  return mountScene(host.parent, (ready) => new ColourScene(host, params, ready));
}
