import type Phaser from 'phaser';
import { createDemoHand, type DemoHand } from './demo-hand';
import { handPoseAt, scriptMs, type HandPose, type HandScript } from './hand-script';

/** A demonstration under way: it ends by itself, or when the child touches. */
export interface Demo { stop(): void }

export interface HandDemoOptions {
  /** Each frame, where each hand is: a demonstration that carries something moves it here. */
  onFrame?(poses: readonly HandPose[]): void;
  /** After the last step, or when stopped. */
  onEnd(): void;
}

const FADE_MS = 250;

/** Plays hands through their scripts together (two for a pinch), on the scene's clock. */
export function playHandDemo(scene: Phaser.Scene, mmToPx: (mm: number) => number, scripts: readonly HandScript[], options: HandDemoOptions): Demo {
  const hands = scripts.map((script) => createDemoHand(scene, mmToPx, script.mirrored)).filter((hand): hand is DemoHand => hand !== null);
  const total = Math.max(0, ...scripts.map(scriptMs));
  const clock = { t: 0 };
  let stopped = false;
  const show = () => {
    const poses = scripts.map((script) => handPoseAt(script, clock.t));
    poses.forEach((pose, i) => {
      const hand = hands[i];
      if (!hand) return;
      if (pose.x !== hand.at.x || pose.y !== hand.at.y) hand.moveTo(pose.x, pose.y);
      if (pose.pressed !== (hand.image.getData('pressed') === true)) { hand.press(pose.pressed); hand.image.setData('pressed', pose.pressed); }
    });
    options.onFrame?.(poses);
  };
  for (const hand of hands) hand.image.setAlpha(0);
  show();
  scene.tweens.add({ targets: hands.map((h) => h.image), alpha: 1, duration: FADE_MS });
  const tween = scene.tweens.add({
    targets: clock, t: total, duration: total, ease: 'Linear',
    onUpdate: show,
    onComplete: () => scene.tweens.add({ targets: hands.map((h) => h.image), alpha: 0, duration: FADE_MS, onComplete: stop }),
  });
  function stop() {
    if (stopped) return;
    stopped = true;
    tween.stop();
    for (const hand of hands) { scene.tweens.killTweensOf(hand.image); hand.destroy(); }
    options.onEnd();
  }
  return { stop };
}
