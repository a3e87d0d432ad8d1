import Phaser from 'phaser';
import type { InputSample, StrokeListener } from '../../input/input-sample';
import { attachPointerInput, type PointerInput } from '../../input/pointer-input';
import type { EndReason } from '../../schema/parts';
import { newSeed } from '../../random/seeded-random';
import { mountScene } from '../../stage/mount-scene';
import { playStarBurst } from '../../stage/reward';
import { targetsStrings } from './strings';
import type { ActivityController, ActivityHost } from '../../activity/definition';
import { attemptHeadNow } from '../../activity/attempt-head';
import { deviceInfo } from '../../input/device-info';
import type { DeviceInfo } from '../../schema/parts';
import { buildTargetsRecord, type TargetsGame } from './build-record';
import { fitRing } from './fit-ring';
import type { TargetsParams } from './params';
import { layoutPinch, PinchRound, type PinchObjectState } from './pinch-round';
import { areaCentre, playArea } from './play-area';
import { PopRound, type MmArea } from './pop-round';
import type { TargetsAttempt } from './record';
import { RingRound } from './ring-round';
import { drawBubble, drawJar, drawPinchObject, drawRing, floatAway, popBurst, shake, touchMark } from './target-view';
import { TouchLog } from './touch-log';

const RESULT_PAUSE_MS = 2800;
/** Pop: the wait before the next bubble, a little longer after a miss. */
const NEXT_BUBBLE_MS = { hit: 350, miss: 650, first: 500 } as const;
/** Ring: a breath between sequences. */
const BETWEEN_RINGS_MS = 900;
const TOUCH_MARK_MM = 4;
const HELD_SCALE = 1.15;

class TargetsScene extends Phaser.Scene implements StrokeListener {
  private pointers!: PointerInput;
  private gamePxPerMm = 1;
  private area!: MmArea;
  private round!: TargetsGame;
  private touches!: TouchLog;
  private seed = 0;
  private attemptId = '';
  private startedAt = new Date();
  /** The screen the current layout was made for: what each record reports. */
  private device!: DeviceInfo;
  private phase: 'ready' | 'waiting' | 'result' = 'ready';
  /** Pop: the next bubble; ring: the next ring; result: the next round. On the real clock. */
  private nextAt: number | null = null;
  private bubble: Phaser.GameObjects.Graphics | null = null;
  private ringView: Phaser.GameObjects.Graphics | null = null;
  private pinchViews = new Map<string, Phaser.GameObjects.Graphics>();
  private scenery: Phaser.GameObjects.GameObject[] = [];
  private laidOutSize = { width: 0, height: 0 };

  constructor(private readonly host: ActivityHost, private readonly params: TargetsParams, private readonly onReady: () => void) {
    super('targets');
  }

  create(): void {
    // Pop and ring take one finger at a time (a resting second finger is no tap); pinch takes every finger.
    this.pointers = attachPointerInput(this.game.canvas, this, { pxPerMm: this.host.pxPerMm, maxPointers: this.params.mode === 'pinch' ? 10 : 1 });
    this.scale.on('resize', this.onResize, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.pointers.detach());
    this.startRound();
    this.onReady();
  }

  override update(): void {
    const now = performance.now();
    if (this.nextAt === null || now < this.nextAt) return;
    this.nextAt = null;
    if (this.phase === 'result') this.startRound();
    else if (this.round.mode === 'pop') this.showBubble(now);
    else if (this.round.mode === 'ring') { this.phase = 'ready'; this.drawRing(); }
  }

  // ----- input -----

  start(sample: InputSample): void {
    if (this.phase === 'result') return;
    this.touches.start(sample);
    const { round } = this;
    if (round.mode === 'pop') this.popTap(round.round, sample);
    else if (round.mode === 'ring') this.ringTap(round.round, sample);
    else this.afterPinch({ grasped: round.round.down(sample), released: null });
  }

  move(samples: readonly InputSample[]): void {
    if (this.phase === 'result') return;
    this.touches.move(samples);
    if (this.round.mode === 'pinch') this.afterPinch(this.round.round.move(samples));
  }

  end(sample: InputSample): void {
    if (this.phase === 'result') return;
    this.touches.end(sample);
    const { round } = this;
    if (round.mode === 'pinch') this.pinchUp(round.round, sample);
    else {
      round.round.up(sample);
      // The last tap's lift belongs to the record too: the round ends with it.
      if (round.round.finished) this.finish();
    }
  }

  cancel(pointerId: number, reason: 'cancel' | 'palm'): void {
    if (this.phase === 'result') return;
    this.touches.cancel(pointerId, reason === 'palm');
    if (this.round.mode !== 'pinch') {
      if (this.round.round.finished) this.finish();
      return;
    }
    if (reason === 'palm') {
      const back = this.round.round.discard(pointerId);
      if (back) this.placePinch(back.spec.id, back.x, back.y, 1);
    } else this.pinchUp(this.round.round, { pointerId, t: performance.now() });
  }

  // ----- the app's requests -----

  async abandon(reason: EndReason): Promise<void> {
    if (this.phase === 'result' || this.touches.strokes.length === 0) return;
    this.phase = 'result';
    await this.host.saveAttempt(this.record('abandoned', reason));
  }

  restart(): void {
    this.startRound();
  }

  done(): void {}

  // ----- modes -----

  private popTap(round: PopRound, sample: InputSample): void {
    const target = round.current;
    const tap = round.tap(sample);
    if (!tap || !target || !this.bubble) return;
    const at = this.toGame(target.x, target.y);
    if (tap.hit) {
      // The feedback is drawn in the frame right after the touch: nothing waits.
      this.bubble.destroy();
      popBurst(this, at.x, at.y, this.mm(target.diameterMm));
      this.host.sound.play('star');
    } else {
      const mark = this.toGame(sample.x, sample.y);
      touchMark(this, mark.x, mark.y, this.mm(TOUCH_MARK_MM));
      floatAway(this, this.bubble, this.mm(20));
    }
    this.bubble = null;
    if (!round.finished) this.nextAt = performance.now() + (tap.hit ? NEXT_BUBBLE_MS.hit : NEXT_BUBBLE_MS.miss);
  }

  private ringTap(round: RingRound, sample: InputSample): void {
    if (this.phase !== 'ready') return;
    const result = round.tap(sample);
    if (!result) return;
    const mark = this.toGame(sample.x, sample.y);
    touchMark(this, mark.x, mark.y, this.mm(TOUCH_MARK_MM));
    if (result.tap.hit) this.host.sound.play('star');
    if (round.finished) { this.ringView?.clear(); return; } // finished when this finger lifts
    if (result.sequenceDone) {
      // The next ring (another condition) after a breath.
      this.ringView?.clear();
      this.host.sound.play('drop');
      this.phase = 'waiting';
      this.nextAt = performance.now() + BETWEEN_RINGS_MS;
      return;
    }
    this.drawRing();
  }

  private afterPinch({ grasped, released }: { grasped: PinchObjectState | null; released: PinchObjectState | null }): void {
    if (this.round.mode !== 'pinch') return;
    if (grasped) this.host.sound.play('start');
    for (const object of this.round.round.objects.values()) if (object.heldBy) this.placePinch(object.spec.id, object.x, object.y, HELD_SCALE);
    if (released) this.landed(released);
  }

  private pinchUp(round: PinchRound, at: Pick<InputSample, 'pointerId' | 't'>): void {
    const failures = round.events.length;
    const released = round.up(at);
    if (released) this.landed(released);
    const failed = round.events.slice(failures).find((e) => e.type === 'failed');
    if (failed) { const view = this.pinchViews.get(failed.itemId); if (view) shake(this, view); }
  }

  private landed(object: PinchObjectState): void {
    this.placePinch(object.spec.id, object.x, object.y, 1);
    if (!object.inJar || this.round.mode !== 'pinch') return;
    this.host.sound.play('drop');
    const view = this.pinchViews.get(object.spec.id)!;
    this.tweens.add({ targets: view, scale: { from: 1.3, to: 0.9 }, duration: 380, ease: 'Back.easeOut' });
    if (this.round.round.finished) this.finish();
  }

  // ----- round flow -----

  private startRound(): void {
    this.phase = 'ready';
    this.nextAt = null;
    this.seed = this.params.seed ?? newSeed();
    this.attemptId = crypto.randomUUID();
    this.startedAt = new Date();
    this.laidOutSize = { width: this.scale.width, height: this.scale.height };
    this.pointers.refreshFrame();
    this.device = deviceInfo(this.pointers.frame);
    const rect = this.game.canvas.getBoundingClientRect();
    this.gamePxPerMm = (this.host.pxPerMm * this.scale.width) / Math.max(1, rect.width);
    const widthMm = rect.width / this.host.pxPerMm;
    const heightMm = rect.height / this.host.pxPerMm;
    this.area = playArea(widthMm, heightMm);
    this.clearScenery();
    const originMs = performance.now();
    this.touches = new TouchLog(originMs);
    switch (this.params.mode) {
      case 'pop':
        this.round = { mode: 'pop', round: new PopRound(this.params, this.area, this.seed, originMs) };
        this.nextAt = originMs + NEXT_BUBBLE_MS.first;
        break;
      case 'ring': {
        const room = Math.min(this.area.width, this.area.height);
        const fit = fitRing(this.params, room);
        if (fit.largestThatFits) this.host.showNotice(targetsStrings.ringNoneFits(Math.floor(room), fit.largestThatFits.amplitudeMm, fit.largestThatFits.widthMm));
        else if (fit.skipped) this.host.showNotice(targetsStrings.ringTooBig(fit.skipped, Math.floor(room)));
        this.round = { mode: 'ring', round: new RingRound(fit.conditions, areaCentre(this.area), originMs) };
        this.ringView = this.track(this.add.graphics().setDepth(5));
        this.drawRing();
        break;
      }
      case 'pinch': {
        const layout = layoutPinch(this.area, this.params.items, this.params.sizeMm, this.seed);
        this.round = { mode: 'pinch', round: new PinchRound(layout, originMs) };
        const jar = this.toGame(layout.jar.x, layout.jar.y);
        this.track(drawJar(this, jar.x, jar.y, this.mm(layout.jar.diameterMm)));
        for (const o of layout.objects) {
          this.pinchViews.set(o.id, this.track(drawPinchObject(this, o.kind, this.mm(o.sizeMm))));
          this.placePinch(o.id, o.x, o.y, 1);
        }
        break;
      }
    }
  }

  private showBubble(now: number): void {
    if (this.round.mode !== 'pop') return;
    const target = this.round.round.next(now);
    if (!target) return;
    const at = this.toGame(target.x, target.y);
    this.bubble = this.track(drawBubble(this, at.x, at.y, this.mm(target.diameterMm)));
  }

  private drawRing(): void {
    if (this.round.mode !== 'ring' || !this.ringView) return;
    const ring = this.round.round.ring;
    if (!ring) return;
    drawRing(this.ringView, ring.targets.map((t) => ({ ...this.toGame(t.x, t.y), diameterPx: this.mm(t.diameterMm) })), ring.current);
  }

  private placePinch(id: string, x: number, y: number, scale: number): void {
    const at = this.toGame(x, y);
    this.pinchViews.get(id)?.setPosition(at.x, at.y).setScale(scale).setDepth(scale > 1 ? 20 : 10);
  }

  /** Every target, hit or not: save, celebrate, and set up the next round. */
  private finish(): void {
    this.phase = 'result';
    void this.host.saveAttempt(this.record('completed', 'finished'));
    this.host.sound.play('success');
    const { width, height } = this.scale;
    playStarBurst(this, width / 2, height / 2, Math.min(width, height) * 0.3, this.mm(12), (i) => { if (i % 3 === 0) this.host.sound.play('star'); });
    this.nextAt = performance.now() + RESULT_PAUSE_MS;
  }

  private record(status: 'completed' | 'abandoned', reason: EndReason): TargetsAttempt {
    return buildTargetsRecord({
      head: attemptHeadNow({ id: this.attemptId, startedAt: this.startedAt }, this.host.profileId, status, reason, this.device),
      params: { ...this.params, seed: this.seed },
      game: this.round,
      touches: this.touches,
    });
  }

  private track<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.scenery.push(object);
    return object;
  }

  private clearScenery(): void {
    this.tweens.killAll();
    for (const object of this.scenery) object.destroy();
    this.scenery = [];
    this.pinchViews.clear();
    this.bubble = null;
    this.ringView = null;
  }

  private onResize(): void {
    if (this.scale.width === this.laidOutSize.width && this.scale.height === this.laidOutSize.height) return;
    void this.abandon('resize');
    this.cameras.main.setSize(this.scale.width, this.scale.height);
    this.startRound();
  }

  private toGame(x: number, y: number): { x: number; y: number } {
    return { x: x * this.gamePxPerMm, y: y * this.gamePxPerMm };
  }

  private mm(mm: number): number {
    return mm * this.gamePxPerMm;
  }
}

/** Starts targets in the host's element; resolves once the first frame is ready. */
export function mountTargetsScene(host: ActivityHost, params: TargetsParams): Promise<ActivityController> {
  return mountScene(host.parent, (ready) => new TargetsScene(host, params, ready));
}
