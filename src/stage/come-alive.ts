import type Phaser from 'phaser';

/** How a finished picture comes alive. */
export type AliveMotion = 'beat' | 'swim' | 'float' | 'wiggle' | 'bounce' | 'spin' | 'bob';

/**
 * A finished picture's moment of life, played on its container (whose
 * position is the picture's middle, so it turns and grows about it): a heart
 * beats, a fish swims, a star spins. `px` turns mm into game px.
 */
export function comeAlive(tweens: Phaser.Tweens.TweenManager, c: Phaser.GameObjects.Container, motion: AliveMotion, px: (mm: number) => number): void {
  switch (motion) {
    case 'beat': tweens.add({ targets: c, scale: 1.12, duration: 180, yoyo: true, repeat: 3, ease: 'Sine.easeInOut' }); break;
    case 'swim': tweens.add({ targets: c, x: c.x + px(12), angle: 4, duration: 400, yoyo: true, repeat: 2, ease: 'Sine.easeInOut' }); break;
    case 'float': tweens.add({ targets: c, y: c.y - px(14), duration: 700, yoyo: true, repeat: 1, ease: 'Sine.easeInOut' }); break;
    case 'wiggle': tweens.add({ targets: c, angle: { from: -6, to: 6 }, duration: 160, yoyo: true, repeat: 4, ease: 'Sine.easeInOut', onComplete: () => c.setAngle(0) }); break;
    case 'spin': tweens.add({ targets: c, angle: 360, scale: 1.08, duration: 900, ease: 'Cubic.easeInOut', onComplete: () => c.setAngle(0).setScale(1) }); break;
    case 'bob': tweens.add({ targets: c, y: c.y - px(6), angle: 5, duration: 450, yoyo: true, repeat: 2, ease: 'Sine.easeInOut' }); break;
    case 'bounce': tweens.add({ targets: c, y: c.y - px(10), scaleY: 1.05, duration: 220, yoyo: true, repeat: 2, ease: 'Quad.easeOut' }); break;
  }
}
