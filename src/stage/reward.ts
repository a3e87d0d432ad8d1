import Phaser from 'phaser';
import { palette } from './palette';

const STAR_TEXTURE = 'reward-star';
const STAR_COUNT = 9;

/** A five-pointed star texture, drawn in code once per game. */
function ensureStarTexture(scene: Phaser.Scene, sizePx: number): void {
  if (scene.textures.exists(STAR_TEXTURE)) return;
  const g = scene.make.graphics({}, false);
  const r = sizePx / 2;
  const points: Phaser.Math.Vector2[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r * 0.95 : r * 0.42;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(new Phaser.Math.Vector2(r + radius * Math.cos(angle), r + radius * Math.sin(angle)));
  }
  g.fillStyle(palette.starEdge).fillPoints(points, true);
  g.fillStyle(palette.star).fillPoints(points.map((p) => new Phaser.Math.Vector2(r + (p.x - r) * 0.78, r + (p.y - r) * 0.78)), true);
  g.generateTexture(STAR_TEXTURE, sizePx, sizePx);
  g.destroy();
}

/** Stars burst from a point and drift out, fading: the "well done" of every activity. */
export function playStarBurst(scene: Phaser.Scene, x: number, y: number, spreadPx: number, starPx: number, onStar?: (index: number) => void): void {
  ensureStarTexture(scene, 128);
  const big = scene.add.image(x, y, STAR_TEXTURE).setDepth(50).setScale(0).setDisplaySize(0, 0);
  scene.tweens.add({ targets: big, displayWidth: starPx * 2.4, displayHeight: starPx * 2.4, angle: 360, duration: 500, ease: 'Back.easeOut' });
  scene.tweens.add({ targets: big, alpha: 0, delay: 1300, duration: 500, onComplete: () => big.destroy() });
  for (let i = 0; i < STAR_COUNT; i++) {
    const angle = (i / STAR_COUNT) * Math.PI * 2 + Math.random() * 0.3;
    const star = scene.add.image(x, y, STAR_TEXTURE).setDepth(49).setDisplaySize(starPx, starPx).setAlpha(0);
    scene.tweens.add({
      targets: star,
      x: x + Math.cos(angle) * spreadPx,
      y: y + Math.sin(angle) * spreadPx,
      alpha: { from: 1, to: 0 },
      angle: 180,
      delay: i * 40,
      duration: 1100,
      ease: 'Cubic.easeOut',
      onStart: () => onStar?.(i),
      onComplete: () => star.destroy(),
    });
  }
}

/** Confetti colours: the stickers' bright set, warm and friendly. */
const CONFETTI = [0xff595e, 0xffca3a, 0x8ac926, 0x1982c4, 0x6a4c93, 0xff9f1c] as const;
const CONFETTI_COUNT = 36;

/** Confetti falls from the top, tumbling: the "great!" beyond the stars, for a round done especially well. */
export function playConfetti(scene: Phaser.Scene, pieceMmPx: number): void {
  const { width, height } = scene.scale;
  for (let i = 0; i < CONFETTI_COUNT; i++) {
    const x = (width * (i + Math.random())) / CONFETTI_COUNT;
    const piece = scene.add.rectangle(x, -pieceMmPx * 2, pieceMmPx, pieceMmPx * 0.55, CONFETTI[i % CONFETTI.length]).setDepth(48).setAngle(Math.random() * 180);
    scene.tweens.add({
      targets: piece,
      y: height * (0.55 + Math.random() * 0.4),
      x: x + (Math.random() - 0.5) * pieceMmPx * 8,
      angle: piece.angle + 360 + Math.random() * 360,
      alpha: { from: 1, to: 0 },
      delay: Math.random() * 400,
      duration: 1600 + Math.random() * 700,
      ease: 'Sine.easeIn',
      onComplete: () => piece.destroy(),
    });
  }
}
