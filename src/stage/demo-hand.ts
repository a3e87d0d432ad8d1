import type Phaser from 'phaser';
import { demoHand, FINGERTIP, GUIDE_BOX } from '../pictures/guide';

/** The hand's texture, baked once per game; a demonstration waits for it. */
export const HAND_ATLAS = 'hand';
const HAND_FRAME = 'hand';
export const HAND_PICTURE = { [HAND_FRAME]: demoHand() } as const;

/** A child's finger is about 15 mm across; a gloved hand of this height reads as a hand, not a target. */
const HAND_HEIGHT_MM = 30;
/** Pressed, the hand shrinks a little, as a finger flattens on glass. */
const PRESSED_SCALE = 0.88;

/** The guide's hand in a demonstration: its fingertip is where it touches. */
export interface DemoHand {
  readonly image: Phaser.GameObjects.Image;
  /** The fingertip's position, game px. */
  readonly at: { x: number; y: number };
  moveTo(x: number, y: number): void;
  press(down: boolean): void;
  destroy(): void;
}

/** A demonstration hand over everything; `mirrored` for a second hand coming from the other side. */
export function createDemoHand(scene: Phaser.Scene, mmToPx: (mm: number) => number, mirrored = false): DemoHand | null {
  if (!scene.textures.exists(HAND_ATLAS)) return null;
  const height = mmToPx(HAND_HEIGHT_MM);
  const origin = { x: FINGERTIP.x / GUIDE_BOX, y: FINGERTIP.y / GUIDE_BOX };
  const image = scene.add.image(0, 0, HAND_ATLAS, HAND_FRAME).setDepth(60).setOrigin(mirrored ? 1 - origin.x : origin.x, origin.y).setFlipX(mirrored);
  const base = height / image.height;
  image.setScale(base);
  // A touch ring where the fingertip presses: the moment of contact is what the child copies.
  const ring = scene.add.circle(0, 0, mmToPx(6)).setStrokeStyle(mmToPx(1.2), 0xffb020).setDepth(59).setVisible(false);
  const at = { x: 0, y: 0 };
  return {
    image,
    at,
    moveTo(x, y) {
      at.x = x;
      at.y = y;
      image.setPosition(x, y);
      ring.setPosition(x, y);
    },
    press(down) {
      image.setScale(base * (down ? PRESSED_SCALE : 1));
      ring.setVisible(down).setScale(down ? 0.6 : 1).setAlpha(1);
      if (down) scene.tweens.add({ targets: ring, scale: 1.3, alpha: 0.4, duration: 260, ease: 'Quad.easeOut' });
    },
    destroy() {
      scene.tweens.killTweensOf(ring);
      image.destroy();
      ring.destroy();
    },
  };
}
