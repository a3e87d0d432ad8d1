import type Phaser from 'phaser';
import { JustRight } from '../../adaptive/just-right';
import type { ActivityController, ActivityHost } from '../../activity/definition';
import type { InputSample } from '../../input/input-sample';
import { newSeed } from '../../random/seeded-random';
import type { AttemptHead } from '../../schema/record-head';
import { ActivityScene } from '../../stage/activity-scene';
import type { HandStep } from '../../stage/hand-script';
import { mountScene } from '../../stage/mount-scene';
export { warmStage } from '../../stage/mount-scene';
import { playHandDemo, type Demo } from '../../stage/play-hand-demo';
import { buildDotsRecord, buildMazeRecord } from './build-record';
import { DotsRound } from './dots-round';
import { DotsView } from './dots-view';
import { layoutDots, layoutMaze, type DotsLayout, type MazeLayout } from './layout';
import { MazeRound } from './maze-round';
import { MazeView } from './maze-view';
import type { WalkerStep } from './maze-walker';
import type { MazeParams } from './params';
import { garden } from './place';
import { mazeAttemptSchema, type MazeAttempt, type MazeMetrics } from './record';
import { mazeStrings } from './strings';

/** Pause after the mouse reaches the cheese or the picture comes alive, for the reward, before the next. */
const RESULT_PAUSE_MS = 2600;
/** One finger leads the mouse or draws the line: a second is not another mouse. */
const MAX_POINTERS = 1;
/** The guide's hand leads the mouse this many cells along the way, at a child's calm pace per cell. */
const DEMO_CELLS = 2;
const DEMO_CELL_MS = 900;
const DEMO_LINE_MS = 1400;

type Play =
  | { mode: 'maze'; layout: MazeLayout; round: MazeRound; view: MazeView }
  | { mode: 'dots'; layout: DotsLayout; round: DotsRound; view: DotsView };

class MazeScene extends ActivityScene<MazeParams> {
  private play!: Play;
  /** The just-right corridor, carried from maze to maze while the scene lives. */
  private readonly corridor: JustRight | null;
  private over = false;
  private finishedBy: Extract<MazeMetrics, { mode: 'dots' }>['finishedBy'] = 'left';
  private ghost: Phaser.GameObjects.Graphics | null = null;

  constructor(host: ActivityHost, params: MazeParams, onReady: () => void) {
    super('maze', host, params, mazeAttemptSchema, MAX_POINTERS, onReady);
    this.corridor = params.mode === 'maze' && params.adaptive ? new JustRight(params.corridorMm, { min: params.adaptiveMinMm, max: params.adaptiveMaxMm }) : null;
  }

  // ----- input -----

  start(sample: InputSample): void {
    if (!this.attempt.ready || this.over) return;
    const play = this.play;
    if (play.mode === 'maze') {
      if (play.round.down(sample)) this.host.sound.play('start');
      return;
    }
    this.drawDots(() => play.round.down(sample));
    play.view.beginLine(sample);
    this.host.setDoneVisible(true);
  }

  move(samples: readonly InputSample[]): void {
    if (!this.attempt.ready || this.over) return;
    const play = this.play;
    for (const s of samples) {
      if (play.mode === 'maze') this.walked(play.round.move(s));
      else { this.drawDots(() => play.round.move(s)); play.view.addToLine([s]); }
      if (this.over) return;
    }
  }

  end(sample: InputSample): void {
    if (!this.attempt.ready || this.over) return;
    const play = this.play;
    if (play.mode === 'maze') {
      this.walked(play.round.up(sample));
      if (!this.over) play.view.setWaiting(false);
      return;
    }
    this.drawDots(() => play.round.up(sample));
    play.view.addToLine([sample]);
    play.view.endLine();
  }

  cancel(): void {
    if (!this.attempt.ready || this.over) return;
    this.play.round.release();
    if (this.play.mode === 'maze') this.play.view.setWaiting(false);
    else this.play.view.endLine();
  }

  /** The child pressed done: the dot-to-dot ends as it is. */
  override done(): void {
    if (this.attempt.ready && !this.over && this.play.mode === 'dots' && this.touched()) this.finish('done');
  }

  touched(): boolean {
    return this.play.round.strokes.length > 0;
  }

  // ----- the two games -----

  private walked(step: WalkerStep): void {
    if (this.play.mode !== 'maze') return;
    const { round, view } = this.play;
    if (step === 'moved' || step === 'home') view.place(round.at);
    if (step === 'wall' && !view.isWaiting) { view.setWaiting(true); this.host.sound.play('wrong'); }
    if (step === 'moved') view.setWaiting(false);
    if (step === 'back') { view.sendBack(round.at); this.host.sound.play('retry'); this.encourage(); }
    if (step === 'home') { view.arrive(); this.finish('joined'); }
  }

  /** Feeds the dots a sample, and shows what it did: a join made bold, an out-of-order dot, the picture complete. */
  private drawDots(feed: () => void): void {
    if (this.play.mode !== 'dots') return;
    const { round, view } = this.play;
    const joined = round.joined, errors = round.orderErrors;
    feed();
    if (round.orderErrors > errors) this.host.sound.play('wrong');
    if (round.joined === joined) return;
    view.showJoin(round.lastJoin);
    view.showNext(round.next);
    this.host.sound.play('drop');
    this.succeeded();
    if (round.complete) { view.endLine(); view.complete(); this.finish('joined'); }
  }

  // ----- round flow -----

  protected showAttempt(originMs: number): void {
    this.over = false;
    this.play?.view.destroy();
    const p = this.params;
    if (p.mode === 'maze') {
      const asked = this.corridor?.value ?? p.corridorMm;
      const layout = layoutMaze(p, asked, p.seed ?? newSeed(), this.screenMm);
      if (layout.corridorMm < asked) this.host.showNotice(mazeStrings.shortenedMaze(asked, layout.corridorMm));
      this.play = { mode: 'maze', layout, round: new MazeRound({ layout, rule: p.walls, originMs }), view: new MazeView(this, layout, (mm) => this.mm(mm)) };
    } else {
      const layout = layoutDots(p, this.screenMm);
      if (layout.spacingMm < p.spacingMm) this.host.showNotice(mazeStrings.shortenedDots(p.spacingMm, layout.spacingMm));
      this.play = { mode: 'dots', layout, round: new DotsRound(layout.dots, p.dotRadiusMm, originMs), view: new DotsView(this, layout, p.labels, (mm) => this.mm(mm)) };
    }
    this.host.setDoneVisible(false);
  }

  protected override tick(): void {
    this.play?.view.update();
  }

  protected override roundProgress(): { done: number; total: number } {
    if (this.play?.mode !== 'dots') return { done: 0, total: 0 };
    return { done: this.play.round.joined, total: this.play.layout.dots.length - 1 };
  }

  /** Home, or every dot joined, or done pressed: save, celebrate, and set up the next. */
  private finish(by: 'joined' | 'done'): void {
    this.over = true;
    this.finishedBy = by;
    const record = this.attempt.finish<MazeAttempt>(by === 'done' ? 'done-button' : 'finished', RESULT_PAUSE_MS);
    this.host.setDoneVisible(false);
    const m = record.metrics;
    if (m.mode === 'maze') this.corridor?.advance(m.passed);
    const clean = m.mode === 'maze' ? m.wallContacts === 0 && m.wrongTurns === 0 : m.orderErrors === 0 && m.liftsBetweenDots === 0;
    const at = this.play.mode === 'maze' ? this.play.round.character : undefined;
    this.celebrate(undefined, at, m.passed && clean ? 'great' : m.passed ? 'good' : 'effort');
    this.endRound(m.completed);
  }

  protected override placeMarkup(widthMm: number, heightMm: number): string {
    return garden(widthMm, heightMm);
  }

  /** The guide's hand shows the way: it leads the mouse a cell or two along the path, or draws from the first dot to the second. */
  protected override demonstrate(ended: () => void): Demo | null {
    if (!this.params.demo || this.touched()) return null;
    const play = this.play;
    const from = this.toGame(Math.min(this.screenMm.width - 10, this.screenMm.width * 0.8), this.screenMm.height - 12);
    const steps: HandStep[] = [];
    let points: { x: number; y: number }[];
    if (play.mode === 'maze') {
      const { origin, geometry } = play.layout;
      points = geometry.solution.slice(0, DEMO_CELLS + 1).map((p) => this.toGame(origin.x + p.x, origin.y + p.y));
    } else {
      points = play.layout.dots.slice(0, 2).map((p) => this.toGame(p.x, p.y));
    }
    steps.push({ kind: 'move', to: points[0]!, ms: 800 }, { kind: 'press' });
    for (const to of points.slice(1)) steps.push({ kind: 'move', to, ms: play.mode === 'maze' ? DEMO_CELL_MS : DEMO_LINE_MS });
    steps.push({ kind: 'wait', ms: 250 }, { kind: 'lift' }, { kind: 'wait', ms: 500 });
    this.ghost?.destroy();
    const ghost = this.add.graphics().setDepth(12);
    this.ghost = ghost;
    let last: { x: number; y: number } | null = null;
    return playHandDemo(this, (mm) => this.mm(mm), [{ from, steps }], {
      onFrame: ([hand]) => {
        if (!hand?.pressed) { last = null; return; }
        if (play.mode === 'maze') play.view.showDemoAt(hand);
        else ghost.lineStyle(this.mm(2.4), 0x5a5a78, 0.5).lineBetween(last?.x ?? hand.x, last?.y ?? hand.y, hand.x, hand.y);
        last = { x: hand.x, y: hand.y };
      },
      onEnd: () => {
        if (play.mode === 'maze') play.view.showDemoAt(null);
        this.tweens.add({ targets: ghost, alpha: 0, duration: 600, onComplete: () => ghost.destroy() });
        ended();
      },
    });
  }

  build(head: AttemptHead): unknown {
    const play = this.play;
    if (play.mode === 'maze') {
      const corridor = this.corridor;
      const adaptive = corridor ? (passed: boolean) => {
        const step = corridor.stepFor(head.status, passed);
        return { corridorMm: step.value, nextCorridorMm: step.next, reversals: step.reversals, thresholdMm: step.threshold };
      } : () => null;
      return buildMazeRecord({ head, params: this.params, layout: play.layout, round: play.round, adaptive });
    }
    return buildDotsRecord({ head, params: this.params, layout: play.layout, round: play.round, finishedBy: head.status === 'abandoned' ? 'left' : this.finishedBy });
  }
}

/** Starts a maze or a dot-to-dot in the host's element; resolves once the first frame is ready. */
export function mountMazeScene(host: ActivityHost, params: MazeParams): Promise<ActivityController> {
  return mountScene(host.parent, (ready) => new MazeScene(host, params, ready));
}
