import Phaser from 'phaser';
import { AttemptLifecycle, type AttemptRules } from '../activity/attempt-lifecycle';
import type { ActivityHost, LeaveReason } from '../activity/definition';
import { deviceInfo } from '../input/device-info';
import type { InputSample, StrokeListener } from '../input/input-sample';
import { attachPointerInput, type PointerInput } from '../input/pointer-input';
import { Coach } from '../activity/coach';
import type { AttemptHead } from '../schema/record-head';
import { bakeSvgAtlas } from './bake-svg';
import { HAND_ATLAS, HAND_PICTURE } from './demo-hand';
import { GuideCharacter } from './guide-character';
import type { MountableScene } from './mount-scene';
import type { Demo } from './play-hand-demo';
import { svgDataUrl } from '../pictures/svg';
import { playConfetti, playStarBurst } from './reward';

/** How big a celebration is, scaled to what was achieved: every try is worth something. */
export type Celebration = 'effort' | 'good' | 'great';

/** Stars of a celebration: a size a child sees across a table. */
const STAR_MM = 12;
/** The guide stands in the band kept clear along the top, right of the back button (16 px in, 64 px wide). */
const GUIDE_LEFT = 'calc(92px + env(safe-area-inset-left))';
const GUIDE_HEIGHT_MM = 20;
const GUIDE_TOP_MM = 2;
/** After a miss, a beat before the guide shows again: the child first sees what happened. */
const DEMO_AFTER_MISS_MS = 900;
const DEMO_RETRY_MS = 250;
/** The celebration plays before the round's end is offered: the reward first, then the choice. */
const ROUND_OVER_AFTER_MS = 1500;

/**
 * What every activity's scene shares, so each draws and forwards input and
 * nothing more: the pointer input in mm, the frame in mm on this screen and
 * its scale to game pixels, the attempt lifecycle (begin, finish, abandon,
 * the pause after a result), a real resize ending the attempt and laying out
 * again, and the celebration. A scene supplies its layout and round
 * (`startAttempt`), its record (`buildRecord`), whether it was touched, and
 * its input handling.
 */
export abstract class ActivityScene<Params> extends Phaser.Scene implements StrokeListener, MountableScene, AttemptRules {
  protected pointers!: PointerInput;
  protected readonly attempt: AttemptLifecycle;
  /** Game px per mm: the one conversion between the mm of the round and what is drawn. */
  protected gamePxPerMm = 1;
  /** The stage's size in mm, as laid out for this attempt. */
  protected screenMm = { width: 0, height: 0 };
  private laidOutSize = { width: 0, height: 0 };
  /** When the guide shows what to do, and how it feels. */
  protected readonly coach: Coach;
  private guide: GuideCharacter | null = null;
  /** The hand's picture is baked: a demonstration waits for it. */
  private picturesReady = false;
  private demo: Demo | null = null;
  private demoDueAt: number | null = null;
  private attempts = 0;
  /** The round is over in free play: the next waits for the child's "again" (restart). */
  private roundHeld = false;
  /** What the jar last showed: the host hears only changes (this is read every frame). */
  private progressShown = { done: -1, total: -1 };
  /** The screen size (mm) the place was drawn for. */
  private placedFor = '';
  private roundEnded = false;

  constructor(
    key: string,
    protected readonly host: ActivityHost,
    protected readonly params: Params,
    schema: ConstructorParameters<typeof AttemptLifecycle>[1],
    private readonly maxPointers: number,
    private readonly onReady: () => void,
  ) {
    super(key);
    this.attempt = new AttemptLifecycle(host, schema, this);
    this.coach = new Coach({ demonstrates: this.demonstrates() });
  }

  abstract start(sample: InputSample): void;
  abstract move(samples: readonly InputSample[], predicted: readonly InputSample[]): void;
  abstract end(sample: InputSample): void;
  abstract cancel(pointerId: number, reason: 'cancel' | 'palm'): void;
  abstract touched(): boolean;
  abstract build(head: AttemptHead): unknown;
  /** Lays out and shows a new attempt; the lifecycle has begun it, and the frame is measured. */
  protected abstract showAttempt(originMs: number): void;
  /** Each frame, while the attempt is under way or its result shows. */
  protected tick?(now: number): void;
  /**
   * Shows the child what to do, with the guide's hand, from the round as it
   * stands; calls `ended` when done. Null when there is nothing to show.
   */
  protected demonstrate?(ended: () => void): Demo | null;

  /**
   * The activity's place, as SVG markup the size of the screen in mm: drawn
   * behind the game, pale and at the edges, never where a target could be.
   */
  protected placeMarkup?(widthMm: number, heightMm: number): string;

  /** How far the round has come (objects sorted, bubbles popped), for the jar that fills; read each frame, shown when it changes. */
  protected roundProgress?(): { done: number; total: number };

  /** A touch this activity expects beside a pen, so palm rejection keeps it (cutting: the helping hand on its mark). */
  protected keepsTouch?(sample: InputSample): boolean;

  /** Whether the guide demonstrates in this activity with these settings (a test of memory shows nothing). */
  protected demonstrates(): boolean {
    return true;
  }

  /** Whether a new attempt is a new round (so the guide may show it first), or another try at the same (tracing). */
  protected attemptIsRound(): boolean {
    return true;
  }

  create(): void {
    // The child's first touch is seen here first: any demonstration gives way to it.
    const input = {
      start: (s: InputSample) => { this.childActed(); this.start(s); },
      move: (samples: readonly InputSample[], predicted: readonly InputSample[]) => this.move(samples, predicted),
      end: (s: InputSample) => this.end(s),
      cancel: (pointerId: number, reason: 'cancel' | 'palm') => this.cancel(pointerId, reason),
    };
    this.pointers = attachPointerInput(this.game.canvas, input, { pxPerMm: this.host.pxPerMm, maxPointers: this.maxPointers, keepsTouch: (s) => this.keepsTouch?.(s) ?? false });
    this.scale.on('resize', this.onResize, this);
    // The game outlives this scene (shared-game.ts): what the scene hung on it, or beside it, goes with the scene.
    this.events.once(Phaser.Scenes.Events.DESTROY, () => {
      this.pointers.detach();
      this.scale.off('resize', this.onResize, this);
      this.guide?.destroy();
    });
    this.startAttempt();
    this.onReady();
    // Calm screens: the hand still shows what to do, but no character stands by.
    const { pxPerMm } = this.host;
    const top = `calc(${GUIDE_TOP_MM * pxPerMm}px + env(safe-area-inset-top))`;
    if (!this.host.calm) this.guide = new GuideCharacter(this.host.parent, { left: GUIDE_LEFT, top, size: GUIDE_HEIGHT_MM * pxPerMm });
    void bakeSvgAtlas(this.textures, HAND_ATLAS, HAND_PICTURE).then(() => { this.picturesReady = this.sys.isActive(); });
  }

  override update(): void {
    const now = performance.now();
    if (this.attempt.due(now) && !this.roundHeld) this.startAttempt();
    else this.tick?.(now);
    if (this.attempt.ready && (this.coach.tick(now) === 'demonstrate' || (this.demoDueAt !== null && now >= this.demoDueAt))) this.showHow();
    this.guide?.setMood(this.coach.mood(now));
    this.guide?.tick(now);
    this.reportProgress();
  }

  private reportProgress(): void {
    const progress = this.host.progress && this.roundProgress?.();
    if (!progress) return;
    if (progress.done === this.progressShown.done && progress.total === this.progressShown.total) return;
    this.progressShown = { ...progress };
    this.host.progress!(progress.done, progress.total);
  }

  /** The child pressed "done": only tracing has one. */
  done(): void {}

  abandon(reason: LeaveReason): Promise<void> {
    return this.attempt.abandon(reason);
  }

  restart(): void {
    this.roundHeld = false;
    this.startAttempt();
  }

  /**
   * The round is over (its goal reached, or, `won` false, tried hard enough):
   * in free play the host offers another round or home, after the celebration;
   * in a session the next attempt comes as usual.
   */
  protected endRound(won: boolean): void {
    this.roundEnded = true;
    const { roundOver } = this.host;
    if (!roundOver) return;
    this.roundHeld = true;
    this.time.delayedCall(ROUND_OVER_AFTER_MS, () => { if (this.roundHeld) roundOver(won); });
  }

  protected startAttempt(): void {
    this.laidOutSize = { width: this.scale.width, height: this.scale.height };
    this.pointers.refreshFrame();
    const rect = this.game.canvas.getBoundingClientRect();
    this.gamePxPerMm = (this.host.pxPerMm * this.scale.width) / Math.max(1, rect.width);
    this.screenMm = { width: rect.width / this.host.pxPerMm, height: rect.height / this.host.pxPerMm };
    this.showPlace();
    this.stopDemo();
    this.showAttempt(this.attempt.begin(deviceInfo(this.pointers.frame)));
    const now = performance.now();
    const first = this.attempts++ === 0;
    const newRound = first || this.roundEnded || this.attemptIsRound();
    this.roundEnded = false;
    if (!newRound) { this.coach.tryBegan(now); return; }
    if (this.coach.roundBegan(now, first) === 'demonstrate') this.showHow();
  }

  /** A small success within the round (a target hit, an object sorted): the guide is pleased, and misses start again from none. */
  protected succeeded(): void {
    this.coach.succeeded();
  }

  /** The child missed: the guide encourages, and after two misses in a row shows again, a beat later. */
  protected encourage(): void {
    const now = performance.now();
    this.host.say('encourage');
    if (this.coach.missed(now) === 'demonstrate') this.demoDueAt = now + DEMO_AFTER_MISS_MS;
  }

  /** The guide shows what to do, and says it. */
  protected showHow(): void {
    this.stopDemo();
    this.demoDueAt = null;
    const now = performance.now();
    if (!this.picturesReady) { this.demoDueAt = now + DEMO_RETRY_MS; return; }
    this.demo = this.demonstrate?.(() => { this.demo = null; this.coach.demoEnded(performance.now()); this.host.parent.dataset.guide = 'waiting'; }) ?? null;
    if (!this.demo) {
      // Nothing to show yet (the first bubble is on its way): look again shortly, unless the child acts first.
      this.coach.demoEnded(now);
      if (this.demonstrate && this.demonstrates()) this.demoDueAt = now + DEMO_RETRY_MS;
      return;
    }
    this.host.parent.dataset.guide = 'showing';
    // Counted for the people and tests watching: how often the guide has shown what to do.
    this.host.parent.dataset.demos = String(Number(this.host.parent.dataset.demos ?? 0) + 1);
    this.host.say('show');
  }

  private stopDemo(): void {
    const demo = this.demo;
    this.demo = null;
    demo?.stop();
  }

  private childActed(): void {
    this.coach.touched(performance.now());
    this.demoDueAt = null;
    this.stopDemo();
  }

  /** The place for this screen size, as the stage's background: the browser bakes it once, and frames never draw it. */
  private showPlace(): void {
    const { width, height } = this.screenMm;
    const key = `${width.toFixed(1)}x${height.toFixed(1)}`;
    if (!this.placeMarkup || this.host.calm || this.placedFor === key) return;
    this.placedFor = key;
    // Through the CSSOM: no inline style attribute for a strict CSP.
    this.host.parent.style.backgroundImage = `url("${svgDataUrl(this.placeMarkup(width, height))}")`;
  }

  /**
   * The guide cheers, with stars and the chime round (x, y) mm or the middle
   * of the screen: a few for effort, a burst for a success, and confetti too
   * for a round done especially well.
   */
  protected celebrate(spreadMm?: number, at?: { x: number; y: number }, size: Celebration = 'good'): void {
    this.coach.celebrated(performance.now());
    this.host.say('cheer');
    this.host.sound.play(size === 'effort' ? 'star' : 'success');
    const { width, height } = this.scale;
    const centre = at ? this.toGame(at.x, at.y) : { x: width / 2, y: height / 2 };
    const spread = spreadMm === undefined ? Math.min(width, height) * 0.3 : this.mm(spreadMm);
    playStarBurst(this, centre.x, centre.y, spread * (size === 'effort' ? 0.6 : 1), this.mm(STAR_MM) * (size === 'effort' ? 0.7 : 1), (i) => { if (i % 3 === 0) this.host.sound.play('star'); });
    if (size === 'great') playConfetti(this, this.mm(STAR_MM * 0.5));
  }

  protected toGame(x: number, y: number): { x: number; y: number } {
    return { x: x * this.gamePxPerMm, y: y * this.gamePxPerMm };
  }

  protected mm(mm: number): number {
    return mm * this.gamePxPerMm;
  }

  /** The canvas changed size: the round is laid out again, so an attempt in progress cannot go on (it is kept as abandoned, if touched). */
  private onResize(): void {
    // Phaser also announces sizes that did not change; only a real change re-lays out.
    if (this.scale.width === this.laidOutSize.width && this.scale.height === this.laidOutSize.height) return;
    void this.attempt.abandon('resize');
    this.cameras.main.setSize(this.scale.width, this.scale.height);
    this.stopDemo();
    this.beforeRelayout();
    this.startAttempt();
  }

  /** Before a resize lays the scene out again (tracing stops its demonstration). */
  protected beforeRelayout(): void {}
}
