import Phaser from 'phaser';
import type { InputSample, StrokeListener } from '../../input/input-sample';
import { attachPointerInput, type PointerInput } from '../../input/pointer-input';
import type { EndReason } from '../../schema/parts';
import { mountScene } from '../../stage/mount-scene';
import { playStarBurst } from '../../stage/reward';
import { sortStrings } from './strings';
import type { ActivityController, ActivityHost } from '../../activity/definition';
import { attemptHeadNow } from '../../activity/attempt-head';
import { deviceInfo } from '../../input/device-info';
import type { DeviceInfo } from '../../schema/parts';
import { BinView } from './bin-view';
import { buildSortRecord } from './build-record';
import { BIN_TAG_RADIUS_MM, layoutSort, type SortLayout } from './layout';
import { newSeed } from '../../random/seeded-random';
import type { SortParams } from './params';
import { pictureOf } from './pictures';
import { pictureTexture, shadowTexture } from './picture-view';
import { planRound, SORT_COLOURS } from './round-setup';
import { SortRound, type Drop, type ItemState } from './sort-round';
import type { SortAttempt } from './record';

/** Pause after the last object is sorted, for the reward, before the next round. */
const RESULT_PAUSE_MS = 2800;
/** A lifted object grows a little and casts a shadow, so the child sees it is held; its centre stays under the finger. */
const LIFT_SCALE = 1.08;
const GLIDE_BACK_MS = 380;
/** Touches at once: every finger of two hands. */
const MAX_POINTERS = 10;
const TABLE_TOP = 0xfdf1dc;

interface ItemSprite { image: Phaser.GameObjects.Image; shadow: Phaser.GameObjects.Image }

class SortScene extends Phaser.Scene implements StrokeListener {
  private pointers!: PointerInput;
  private gamePxPerMm = 1;
  private layout!: SortLayout;
  private round!: SortRound;
  private seed = 0;
  private sprites = new Map<string, ItemSprite>();
  private bins = new Map<string, BinView>();
  private table: Phaser.GameObjects.Graphics | null = null;
  private attemptId = '';
  private startedAt = new Date();
  /** The screen the current layout was made for: what each record reports. */
  private device!: DeviceInfo;
  private phase: 'ready' | 'result' = 'ready';
  private nextRoundAt: number | null = null;
  private laidOutSize = { width: 0, height: 0 };

  constructor(private readonly host: ActivityHost, private readonly params: SortParams, private readonly onReady: () => void) {
    super('sort');
  }

  create(): void {
    this.pointers = attachPointerInput(this.game.canvas, this, { pxPerMm: this.host.pxPerMm, maxPointers: MAX_POINTERS });
    this.scale.on('resize', this.onResize, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.pointers.detach());
    this.startRound();
    this.onReady();
  }

  override update(): void {
    if (this.phase === 'result' && this.nextRoundAt !== null && performance.now() >= this.nextRoundAt) this.startRound();
  }

  // ----- input -----

  start(sample: InputSample): void {
    if (this.phase !== 'ready') return;
    const item = this.round.grab(sample);
    if (!item) return;
    const sprite = this.sprites.get(item.spec.id)!;
    this.tweens.killTweensOf(sprite.image);
    sprite.image.setDepth(20).setScale(LIFT_SCALE);
    sprite.shadow.setVisible(true);
    this.place(item);
    this.host.sound.play('start');
  }

  move(samples: readonly InputSample[]): void {
    if (this.phase !== 'ready') return;
    // Each finger's newest sample places its object; the round keeps every sample.
    for (const s of samples) {
      const item = this.round.move([s]);
      if (item) this.place(item);
    }
  }

  end(sample: InputSample): void {
    if (this.phase !== 'ready') return;
    const drop = this.round.release(sample);
    if (drop) this.afterDrop(drop);
  }

  cancel(pointerId: number, reason: 'cancel' | 'palm'): void {
    if (this.phase !== 'ready') return;
    if (reason === 'palm') {
      const item = this.round.discard(pointerId);
      if (item) this.glideHome(item);
      return;
    }
    const drop = this.round.cancel(pointerId, performance.now());
    if (drop) this.afterDrop(drop);
  }

  // ----- the app's requests -----

  async abandon(reason: EndReason): Promise<void> {
    if (this.phase !== 'ready' || !this.round.touched) return;
    this.phase = 'result';
    await this.host.saveAttempt(this.record('abandoned', reason));
  }

  restart(): void {
    this.startRound();
  }

  /** A round ends when everything is sorted: there is no "done". */
  done(): void {}

  // ----- round flow -----

  private startRound(): void {
    this.phase = 'ready';
    this.nextRoundAt = null;
    // A therapist's seed repeats the same round; without one, every round is new.
    this.seed = this.params.seed ?? newSeed();
    this.attemptId = crypto.randomUUID();
    this.startedAt = new Date();
    this.buildRound();
  }

  private buildRound(): void {
    this.laidOutSize = { width: this.scale.width, height: this.scale.height };
    this.pointers.refreshFrame();
    this.device = deviceInfo(this.pointers.frame);
    const rect = this.game.canvas.getBoundingClientRect();
    this.gamePxPerMm = (this.host.pxPerMm * this.scale.width) / Math.max(1, rect.width);
    this.layout = layoutSort(planRound(this.params, this.seed), rect.width / this.host.pxPerMm, rect.height / this.host.pxPerMm, this.seed);
    this.round = new SortRound(this.layout, { originMs: performance.now(), grabMarginMm: this.params.grabMarginMm });
    if (this.layout.unplaced.length) this.host.showNotice(sortStrings.didNotFit(this.layout.unplaced.length, this.layout.unplaced.length + this.layout.items.length));
    this.draw();
  }

  private draw(): void {
    this.tweens.killAll();
    for (const s of this.sprites.values()) { s.image.destroy(); s.shadow.destroy(); }
    this.sprites.clear();
    for (const b of this.bins.values()) b.destroy();
    this.bins.clear();
    this.table?.destroy();
    const px = (mm: number) => mm * this.gamePxPerMm;
    const { table } = this.layout;
    this.table = this.add.graphics().setDepth(0);
    this.table.fillStyle(TABLE_TOP, 1).fillRoundedRect(px(table.x - 3), px(table.y - 3), px(table.width + 6), px(table.height + 6), px(6));
    for (const bin of this.layout.bins) {
      this.bins.set(bin.id, new BinView(this, this.params.rule, bin.id, { x: px(bin.x), y: px(bin.y), width: px(bin.width), height: px(bin.height), tagRadius: px(BIN_TAG_RADIUS_MM) }));
    }
    const shadow = shadowTexture(this);
    this.layout.items.forEach((item, i) => {
      const colour = item.colour ? SORT_COLOURS[item.colour] : 0;
      const sizePx = px(item.sizeMm);
      const key = pictureTexture(this, `sort-${item.kind}-${item.colour ?? 'own'}-${Math.round(sizePx * 4)}`, pictureOf(item.kind), sizePx, colour);
      const image = this.add.image(px(item.x), px(item.y), key).setDepth(10 + i / 100);
      const shade = this.add.image(0, 0, shadow).setDisplaySize(sizePx * 1.1, sizePx * 1.1).setDepth(19).setVisible(false);
      this.sprites.set(item.id, { image, shadow: shade });
    });
  }

  private afterDrop(drop: Drop): void {
    const item = this.round.items.get(drop.itemId)!;
    const sprite = this.sprites.get(drop.itemId)!;
    sprite.shadow.setVisible(false);
    if (drop.outcome === 'correct') {
      // Settles into its place in the bin with a little bounce.
      sprite.image.setDepth(5 + this.round.events.length / 10_000).setScale(1);
      this.tweens.add({ targets: sprite.image, x: item.x * this.gamePxPerMm, y: item.y * this.gamePxPerMm, duration: 160, ease: 'Quad.easeOut' });
      this.tweens.add({ targets: sprite.image, scale: { from: 1.3, to: 1 }, delay: 120, duration: 420, ease: 'Back.easeOut' });
      this.host.sound.play('drop');
      if (this.round.finished) this.finish();
      return;
    }
    if (drop.outcome === 'wrong') {
      this.host.sound.play('wrong');
      this.bins.get(drop.bin!)?.wiggle();
    }
    this.glideHome(item);
  }

  /** Back to where it lay on the table, gently. */
  private glideHome(item: ItemState): void {
    const sprite = this.sprites.get(item.spec.id)!;
    sprite.shadow.setVisible(false);
    sprite.image.setScale(1);
    this.tweens.add({ targets: sprite.image, x: item.x * this.gamePxPerMm, y: item.y * this.gamePxPerMm, duration: GLIDE_BACK_MS, ease: 'Cubic.easeOut', onComplete: () => sprite.image.setDepth(10) });
  }

  private place(item: ItemState): void {
    const sprite = this.sprites.get(item.spec.id)!;
    const x = item.x * this.gamePxPerMm;
    const y = item.y * this.gamePxPerMm;
    sprite.image.setPosition(x, y);
    sprite.shadow.setPosition(x + item.spec.sizeMm * 0.08 * this.gamePxPerMm, y + item.spec.sizeMm * 0.12 * this.gamePxPerMm);
  }

  /** Every object is in its bin: save, celebrate, and set up the next round. */
  private finish(): void {
    this.phase = 'result';
    void this.host.saveAttempt(this.record('completed', 'sorted'));
    this.host.sound.play('success');
    const { width, height } = this.scale;
    playStarBurst(this, width / 2, height / 2, Math.min(width, height) * 0.3, 12 * this.gamePxPerMm, (i) => { if (i % 3 === 0) this.host.sound.play('star'); });
    this.nextRoundAt = performance.now() + RESULT_PAUSE_MS;
  }

  private record(status: 'completed' | 'abandoned', reason: EndReason): SortAttempt {
    return buildSortRecord({
      head: attemptHeadNow({ id: this.attemptId, startedAt: this.startedAt }, this.host.profileId, status, reason, this.device),
      params: { ...this.params, seed: this.seed },
      layout: this.layout,
      round: this.round,
    });
  }


  /** The canvas changed size: the table is laid out again, so a round in progress cannot go on. */
  private onResize(): void {
    if (this.scale.width === this.laidOutSize.width && this.scale.height === this.laidOutSize.height) return;
    void this.abandon('resize');
    this.cameras.main.setSize(this.scale.width, this.scale.height);
    this.startRound();
  }
}

/** Starts sorting in the host's element; resolves once the first frame is ready. */
export function mountSortScene(host: ActivityHost, params: SortParams): Promise<ActivityController> {
  return mountScene(host.parent, (ready) => new SortScene(host, params, ready));
}
