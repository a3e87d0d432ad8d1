import Phaser from 'phaser';
import { AttemptLifecycle, type AttemptRules } from '../activity/attempt-lifecycle';
import type { ActivityHost, LeaveReason } from '../activity/definition';
import { deviceInfo } from '../input/device-info';
import type { InputSample, StrokeListener } from '../input/input-sample';
import { attachPointerInput, type PointerInput } from '../input/pointer-input';
import type { AttemptHead } from '../schema/record-head';
import type { MountableScene } from './mount-scene';
import { playStarBurst } from './reward';

/** Stars of a celebration: a size a child sees across a table. */
const STAR_MM = 12;

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

  create(): void {
    this.pointers = attachPointerInput(this.game.canvas, this, { pxPerMm: this.host.pxPerMm, maxPointers: this.maxPointers });
    this.scale.on('resize', this.onResize, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.pointers.detach());
    this.startAttempt();
    this.onReady();
  }

  override update(): void {
    const now = performance.now();
    if (this.attempt.due(now)) this.startAttempt();
    else this.tick?.(now);
  }

  /** The child pressed "done": only tracing has one. */
  done(): void {}

  abandon(reason: LeaveReason): Promise<void> {
    return this.attempt.abandon(reason);
  }

  restart(): void {
    this.startAttempt();
  }

  protected startAttempt(): void {
    this.laidOutSize = { width: this.scale.width, height: this.scale.height };
    this.pointers.refreshFrame();
    const rect = this.game.canvas.getBoundingClientRect();
    this.gamePxPerMm = (this.host.pxPerMm * this.scale.width) / Math.max(1, rect.width);
    this.screenMm = { width: rect.width / this.host.pxPerMm, height: rect.height / this.host.pxPerMm };
    this.showAttempt(this.attempt.begin(deviceInfo(this.pointers.frame)));
  }

  /** Stars and the success chime round (x, y) mm, or the middle of the screen. */
  protected celebrate(spreadMm?: number, at?: { x: number; y: number }): void {
    this.host.sound.play('success');
    const { width, height } = this.scale;
    const centre = at ? this.toGame(at.x, at.y) : { x: width / 2, y: height / 2 };
    const spread = spreadMm === undefined ? Math.min(width, height) * 0.3 : this.mm(spreadMm);
    playStarBurst(this, centre.x, centre.y, spread, this.mm(STAR_MM), (i) => { if (i % 3 === 0) this.host.sound.play('star'); });
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
    this.beforeRelayout();
    this.startAttempt();
  }

  /** Before a resize lays the scene out again (tracing stops its demonstration). */
  protected beforeRelayout(): void {}
}
