import type { ActivityController, ActivityHost } from '../../activity/definition';
import type { InputSample } from '../../input/input-sample';
import { newSeed } from '../../random/seeded-random';
import type { AttemptHead } from '../../schema/record-head';
import { ActivityScene } from '../../stage/activity-scene';
import { approachFrom, dragScript } from '../../stage/hand-script';
import { mountScene } from '../../stage/mount-scene';
export { warmStage } from '../../stage/mount-scene';
import { playHandDemo, type Demo } from '../../stage/play-hand-demo';
import { buildSortRecord } from './build-record';
import { marketStall } from './place';
import { layoutSort, type SortLayout } from './layout';
import type { SortParams } from './params';
import { sortAttemptSchema } from './record';
import { planRound } from './round-setup';
import { SortRound, type Drop, type ItemState } from './sort-round';
import { sortStrings } from './strings';
import { TableView } from './table-view';

/** Pause after the last object is sorted, for the reward, before the next round. */
const RESULT_PAUSE_MS = 2800;
/** A lifted object grows a little and casts a shadow, so the child sees it is held; its centre stays under the finger. */
const LIFT_SCALE = 1.08;
const GLIDE_BACK_MS = 380;
/** Touches at once: every finger of two hands. */
const MAX_POINTERS = 10;
/** The demonstrating hand comes from a hand's length away, and carries at a calm pace. */
const DEMO_REACH_MM = 45;
const DEMO_CARRY_MS = 1500;
class SortScene extends ActivityScene<SortParams> {
  private layout!: SortLayout;
  private round!: SortRound;
  private seed = 0;
  private table: TableView | null = null;

  constructor(host: ActivityHost, params: SortParams, onReady: () => void) {
    super('sort', host, params, sortAttemptSchema, MAX_POINTERS, onReady);
  }

  // ----- input -----

  start(sample: InputSample): void {
    if (!this.attempt.ready) return;
    const item = this.round.grab(sample);
    if (!item) return;
    const sprite = this.table!.sprites.get(item.spec.id)!;
    this.tweens.killTweensOf(sprite.image);
    sprite.image.setDepth(20).setScale(LIFT_SCALE);
    sprite.shadow.setVisible(true);
    this.place(item);
    this.host.sound.play('start');
  }

  move(samples: readonly InputSample[]): void {
    if (!this.attempt.ready) return;
    // Each finger's newest sample places its object; the round keeps every sample.
    for (const s of samples) {
      const item = this.round.move([s]);
      if (item) this.place(item);
    }
  }

  end(sample: InputSample): void {
    if (!this.attempt.ready) return;
    const drop = this.round.release(sample);
    if (drop) this.afterDrop(drop);
  }

  cancel(pointerId: number, reason: 'cancel' | 'palm'): void {
    if (!this.attempt.ready) return;
    if (reason === 'palm') {
      const item = this.round.discard(pointerId);
      if (item) this.glideHome(item);
      return;
    }
    const drop = this.round.cancel(pointerId, performance.now());
    if (drop) this.afterDrop(drop);
  }

  touched(): boolean {
    return this.round.touched;
  }

  // ----- round flow -----

  protected showAttempt(originMs: number): void {
    // A therapist's seed repeats the same round; without one, every round is new.
    this.seed = this.params.seed ?? newSeed();
    this.buildRound(originMs);
  }

  private buildRound(originMs: number): void {
    this.layout = layoutSort(planRound(this.params, this.seed), this.screenMm.width, this.screenMm.height, this.seed);
    this.round = new SortRound(this.layout, { originMs, grabMarginMm: this.params.grabMarginMm });
    if (this.layout.unplaced.length) this.host.showNotice(sortStrings.didNotFit(this.layout.unplaced.length, this.layout.unplaced.length + this.layout.items.length));
    this.table?.destroy();
    this.table = new TableView(this, this.layout, this.params.rule, (mm) => this.mm(mm));
  }

  private afterDrop(drop: Drop): void {
    const item = this.round.items.get(drop.itemId)!;
    const sprite = this.table!.sprites.get(drop.itemId)!;
    sprite.shadow.setVisible(false);
    if (drop.outcome === 'correct') {
      this.succeeded();
      // Settles into its place in the bin with a little bounce.
      sprite.image.setDepth(5 + this.round.events.length / 10_000).setScale(1);
      this.tweens.add({ targets: sprite.image, x: item.x * this.gamePxPerMm, y: item.y * this.gamePxPerMm, duration: 160, ease: 'Quad.easeOut' });
      this.tweens.add({ targets: sprite.image, scale: { from: 1.3, to: 1 }, delay: 120, duration: 420, ease: 'Back.easeOut' });
      this.host.sound.play('drop');
      if (this.round.finished) this.finish();
      return;
    }
    if (drop.outcome === 'wrong') {
      this.encourage();
      this.host.sound.play('wrong');
      this.table!.bins.get(drop.bin!)?.wiggle();
    }
    this.glideHome(item);
  }

  /** Back to where it lay on the table, gently. */
  private glideHome(item: ItemState): void {
    const sprite = this.table!.sprites.get(item.spec.id)!;
    sprite.shadow.setVisible(false);
    sprite.image.setScale(1);
    this.tweens.add({ targets: sprite.image, x: item.x * this.gamePxPerMm, y: item.y * this.gamePxPerMm, duration: GLIDE_BACK_MS, ease: 'Cubic.easeOut', onComplete: () => sprite.image.setDepth(10) });
  }

  private place(item: ItemState): void {
    const sprite = this.table!.sprites.get(item.spec.id)!;
    const x = item.x * this.gamePxPerMm;
    const y = item.y * this.gamePxPerMm;
    sprite.image.setPosition(x, y);
    sprite.shadow.setPosition(x + item.spec.sizeMm * 0.08 * this.gamePxPerMm, y + item.spec.sizeMm * 0.12 * this.gamePxPerMm);
  }

  protected override roundProgress(): { done: number; total: number } {
    return this.round.progress;
  }

  protected override placeMarkup(widthMm: number, heightMm: number): string {
    return marketStall(widthMm, heightMm);
  }

  /** The guide's hand carries a pale copy of an object on the table into its bin (the real one stays for the child). */
  protected override demonstrate(ended: () => void): Demo | null {
    const item = [...this.round.items.values()].find((i) => i.status === 'table' && i.spec.bin !== null);
    const bin = item && this.layout.bins.find((b) => b.id === item.spec.bin);
    const sprite = item && this.table?.sprites.get(item.spec.id);
    if (!item || !bin || !sprite) return null;
    const at = this.toGame(item.x, item.y);
    const into = this.toGame(bin.x + bin.width / 2, bin.y + bin.height / 2);
    const ghost = this.add.image(at.x, at.y, sprite.image.texture.key).setDisplaySize(sprite.image.displayWidth, sprite.image.displayHeight).setAlpha(0.65).setDepth(55);
    const from = approachFrom(at, this.scale, this.mm(DEMO_REACH_MM));
    return playHandDemo(this, (mm) => this.mm(mm), [dragScript(from, at, into, DEMO_CARRY_MS)], {
      onFrame: ([hand]) => { if (hand?.pressed) ghost.setPosition(hand.x, hand.y); },
      onEnd: () => { ghost.destroy(); ended(); },
    });
  }

  /** Every object is in its bin: save, celebrate, and set up the next round. */
  private finish(): void {
    this.attempt.finish('sorted', RESULT_PAUSE_MS);
    const slips = this.round.events.filter((e) => e.type === 'drop' && e.outcome === 'wrong').length;
    this.celebrate(undefined, undefined, slips === 0 ? 'great' : 'good');
    this.endRound(true);
  }

  build(head: AttemptHead): unknown {
    return buildSortRecord({ head, params: { ...this.params, seed: this.seed }, layout: this.layout, round: this.round });
  }
}

/** Starts sorting in the host's element; resolves once the first frame is ready. */
export function mountSortScene(host: ActivityHost, params: SortParams): Promise<ActivityController> {
  return mountScene(host.parent, (ready) => new SortScene(host, params, ready));
}
