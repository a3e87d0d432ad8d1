import type Phaser from 'phaser';
import type { InputSample } from '../../input/input-sample';
import { PinchRound, type PinchLayout, type PinchObjectState } from './pinch-round';
import { drawJar, drawPinchObject, shake } from './target-view';
import { dragScript } from '../../stage/hand-script';
import type { ModeDemo, ModeStage, ModeView } from './mode-view';

/** The demonstrating fingers start this far either side of the object, and close to its edges. */
const FINGERS_APART_MM = 40;
const CARRY_MS = 1400;

/** A held object grows a little, so the child sees it is held. */
const HELD_SCALE = 1.15;

/** Pinch and drop in the jar: two fingers lift a small object; it lands where they let go. */
export class PinchView implements ModeView {
  readonly game;
  private readonly round: PinchRound;
  private readonly views = new Map<string, Phaser.GameObjects.Graphics>();

  constructor(private readonly stage: ModeStage, private readonly layout: PinchLayout, originMs: number) {
    this.round = new PinchRound(layout, originMs);
    this.game = { mode: 'pinch', round: this.round } as const;
    const jar = stage.toGame(layout.jar.x, layout.jar.y);
    stage.track(drawJar(stage.scene, jar.x, jar.y, stage.mm(layout.jar.diameterMm)));
    for (const o of layout.objects) {
      this.views.set(o.id, stage.track(drawPinchObject(stage.scene, o.kind, stage.mm(o.sizeMm))));
      this.place(o.id, o.x, o.y, 1);
    }
  }

  down(sample: InputSample): void {
    this.after({ grasped: this.round.down(sample), released: null });
  }

  move(samples: readonly InputSample[]): void {
    this.after(this.round.move(samples));
  }

  up(sample: Pick<InputSample, 'pointerId' | 't'>): void {
    const failures = this.round.events.length;
    const released = this.round.up(sample);
    if (released) this.landed(released);
    const failed = this.round.events.slice(failures).find((e) => e.type === 'failed');
    if (!failed) return;
    const view = this.views.get(failed.itemId);
    if (view) shake(this.stage.scene, view);
    this.stage.missed();
  }

  /**
   * Two fingers, one from each side, close on an object, carry it to the jar
   * together, and let go: a pale copy goes with them (the real one stays put).
   */
  demo(): ModeDemo | null {
    const object = [...this.round.objects.values()].find((o) => !o.inJar && !o.heldBy);
    if (!object) return null;
    const { stage } = this;
    const at = stage.toGame(object.x, object.y);
    const jar = stage.toGame(this.layout.jar.x, this.layout.jar.y);
    const apart = stage.mm(FINGERS_APART_MM);
    const grip = stage.mm(object.spec.sizeMm / 2);
    const ghost = drawPinchObject(stage.scene, object.spec.kind, stage.mm(object.spec.sizeMm)).setPosition(at.x, at.y).setAlpha(0.6).setDepth(55).setVisible(false);
    const finger = (side: 1 | -1) => dragScript(
      { x: at.x + side * apart, y: at.y + apart * 0.5 },
      { x: at.x + side * grip, y: at.y },
      { x: jar.x + side * grip, y: jar.y },
      CARRY_MS,
      side === -1,
    );
    return {
      scripts: [finger(1), finger(-1)],
      onFrame: ([a, b]) => {
        const carrying = Boolean(a?.pressed && b?.pressed);
        ghost.setVisible(carrying);
        if (carrying) ghost.setPosition((a!.x + b!.x) / 2, (a!.y + b!.y) / 2);
      },
      onEnd: () => ghost.destroy(),
    };
  }

  cancel(pointerId: number, palm: boolean): void {
    if (!palm) { this.up({ pointerId, t: performance.now() }); return; }
    const back = this.round.discard(pointerId);
    if (back) this.place(back.spec.id, back.x, back.y, 1);
  }

  tick(): void {}

  private after({ grasped, released }: { grasped: PinchObjectState | null; released: PinchObjectState | null }): void {
    if (grasped) this.stage.play('start');
    for (const object of this.round.objects.values()) if (object.heldBy) this.place(object.spec.id, object.x, object.y, HELD_SCALE);
    if (released) this.landed(released);
  }

  private landed(object: PinchObjectState): void {
    this.place(object.spec.id, object.x, object.y, 1);
    if (!object.inJar) return;
    this.stage.play('drop');
    this.stage.hit();
    this.stage.scene.tweens.add({ targets: this.views.get(object.spec.id)!, scale: { from: 1.3, to: 0.9 }, duration: 380, ease: 'Back.easeOut' });
    if (this.round.finished) this.stage.finish();
  }

  private place(id: string, x: number, y: number, scale: number): void {
    const at = this.stage.toGame(x, y);
    this.views.get(id)?.setPosition(at.x, at.y).setScale(scale).setDepth(scale > 1 ? 20 : 10);
  }
}
