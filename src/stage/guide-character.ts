import Phaser from 'phaser';
import type { GuideMood } from '../activity/coach';
import { GUIDE_BOX, guideBody, guideEyes, guideWing, WING_SHOULDER, type GuideBody, type GuideEyes } from '../pictures/guide';

const BODY = (body: GuideBody) => `body-${body}`;
const EYES = (eyes: GuideEyes) => `eyes-${eyes}`;
const WING = 'wing';

/** The one texture that holds every part of the guide, and its hand: one draw call for all. */
export const GUIDE_ATLAS = 'guide';

/** Every picture of the guide, by frame name in the atlas, to bake once per game. */
export const GUIDE_PICTURES: Readonly<Record<string, string>> = {
  [BODY('calm')]: guideBody('calm'), [BODY('cheer')]: guideBody('cheer'),
  [EYES('open')]: guideEyes('open'), [EYES('down')]: guideEyes('down'), [EYES('happy')]: guideEyes('happy'),
  [WING]: guideWing(),
};

/** How each mood looks: which body and eyes, and where the wings point (degrees, 0 at rest). */
const LOOKS: Record<GuideMood, { body: GuideBody; eyes: GuideEyes; wings: number }> = {
  idle: { body: 'calm', eyes: 'open', wings: 0 },
  watching: { body: 'calm', eyes: 'down', wings: 0 },
  cheering: { body: 'cheer', eyes: 'happy', wings: 70 },
  encouraging: { body: 'calm', eyes: 'open', wings: 35 },
};

/** A blink every few seconds, at a varied pace, as a living thing does. */
const BLINK_EVERY_MS = [2600, 5200] as const;
/**
 * A breath (a slow squash and stretch) now and then while idle, not a
 * constant bob: alive without pulling the eye from the game, and frames with
 * nothing moving cost nothing (docs/benchmarks.md, the world).
 */
const BREATH_EVERY_MS = [4000, 7000] as const;

/**
 * The guide on the stage: Pip, built from baked parts and animated by
 * transforms alone. It breathes now and then while idle, blinks, squashes and stretches when
 * its mood changes, jumps and flaps when it cheers, and tilts its head and
 * waves when it encourages.
 */
export class GuideCharacter {
  readonly container: Phaser.GameObjects.Container;
  private readonly body: Phaser.GameObjects.Image;
  private readonly eyes: Phaser.GameObjects.Image;
  private readonly wings: [Phaser.GameObjects.Image, Phaser.GameObjects.Image];
  private mood: GuideMood = 'idle';
  private nextBlinkAt = 0;
  private nextBreathAt = 0;
  private restY = 0;

  constructor(private readonly scene: Phaser.Scene) {
    const part = (frame: string) => scene.add.image(0, 0, GUIDE_ATLAS, frame).setDisplaySize(GUIDE_BOX, GUIDE_BOX);
    const shoulder = { x: WING_SHOULDER.x / GUIDE_BOX, y: WING_SHOULDER.y / GUIDE_BOX };
    // Each wing turns about its shoulder: its origin sits there, and it is placed there.
    const wing = (mirrored: boolean) => part(WING).setOrigin(mirrored ? 1 - shoulder.x : shoulder.x, shoulder.y).setFlipX(mirrored)
      .setPosition((mirrored ? 1 - shoulder.x : shoulder.x) * GUIDE_BOX - GUIDE_BOX / 2, shoulder.y * GUIDE_BOX - GUIDE_BOX / 2);
    this.wings = [wing(false), wing(true)];
    this.body = part(BODY('calm'));
    this.eyes = part(EYES('open'));
    // The eyes squeeze about their own middle (y 46 of the box) to blink.
    this.eyes.setOrigin(0.5, 46 / GUIDE_BOX).setY(46 - GUIDE_BOX / 2);
    this.container = scene.add.container(0, 0, [...this.wings, this.body, this.eyes]).setDepth(40);
  }

  /** Places the guide with its middle at (x, y), `heightPx` tall. */
  layout(x: number, y: number, heightPx: number): void {
    this.scene.tweens.killTweensOf(this.container);
    this.restY = y;
    this.container.setPosition(x, y).setScale(heightPx / GUIDE_BOX).setAngle(0);
  }

  /** Shows a mood; a change of mood squashes and stretches, as a cartoon takes a breath. */
  setMood(mood: GuideMood): void {
    if (mood === this.mood) return;
    this.mood = mood;
    const look = LOOKS[mood];
    this.body.setFrame(BODY(look.body), false, false);
    this.eyes.setFrame(EYES(look.eyes), false, false).setScale(this.eyes.scaleX, this.eyes.scaleX);
    const scale = this.container.scaleX;
    this.scene.tweens.add({ targets: this.container, scaleX: { from: scale * 1.12, to: scale }, scaleY: { from: scale * 0.88, to: scale }, duration: 380, ease: 'Back.easeOut' });
    const [left, right] = this.wings;
    this.scene.tweens.killTweensOf([left, right]);
    left.setAngle(look.wings);
    right.setAngle(mood === 'encouraging' ? 0 : -look.wings);
    if (mood === 'cheering') {
      this.scene.tweens.add({ targets: [left], angle: look.wings - 30, duration: 160, yoyo: true, repeat: 5 });
      this.scene.tweens.add({ targets: [right], angle: -look.wings + 30, duration: 160, yoyo: true, repeat: 5 });
      this.hop();
    }
    if (mood === 'encouraging') this.scene.tweens.add({ targets: left, angle: look.wings + 35, duration: 260, yoyo: true, repeat: 3, ease: 'Sine.easeInOut' });
  }

  /** Each frame: breathes and blinks on its own clock. */
  tick(now: number): void {
    if (now >= this.nextBreathAt) {
      this.nextBreathAt = now + Phaser.Math.Between(...BREATH_EVERY_MS);
      if (this.mood === 'idle' || this.mood === 'watching') {
        const scale = this.container.scaleX;
        this.scene.tweens.add({ targets: this.container, scaleY: scale * 1.05, scaleX: scale * 0.97, duration: 600, yoyo: true, ease: 'Sine.easeInOut' });
      }
    }
    if (now < this.nextBlinkAt) return;
    this.nextBlinkAt = now + Phaser.Math.Between(...BLINK_EVERY_MS);
    if (LOOKS[this.mood].eyes === 'happy') return;
    const open = this.eyes.scaleX;
    this.scene.tweens.add({ targets: this.eyes, scaleY: open * 0.1, duration: 70, yoyo: true, hold: 40, onComplete: () => this.eyes.setScale(open, open) });
  }

  destroy(): void {
    this.scene.tweens.killTweensOf([this.container, this.eyes, ...this.wings]);
    this.container.destroy();
  }

  /** A little jump for joy. */
  private hop(): void {
    const height = this.container.scaleY * GUIDE_BOX;
    this.scene.tweens.add({ targets: this.container, y: this.restY - height * 0.25, duration: 200, yoyo: true, repeat: 1, ease: 'Quad.easeOut' });
  }
}
