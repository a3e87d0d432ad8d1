import type Phaser from 'phaser';

/** Everything here is drawn in code; sizes arrive in game px. */
const BUBBLE = 0x7cc8f2;
const BUBBLE_EDGE = 0x3b9ed9;
const RING_IDLE = 0xc9d3e6;
const RING_CURRENT = 0x22b45a;
const JAR_GLASS = 0xdff1fb;
const JAR_EDGE = 0x8fb8d6;
const LADYBUG = 0xe5484d;
const PEA = 0x6bbf3a;
const DARK = 0x2d2250;

/** A soap bubble: the exact visible circle is the target, with a shine that does not change its edge. */
/** The bubble's texture side: drawn once this large, then scaled to each bubble's size (circles scale cleanly). */
const BUBBLE_TEXTURE_PX = 256;

/**
 * A bubble drawn once per game and shown as an image: a Graphics is rebuilt
 * every frame, and mixing it with the guide's images cost every frame a
 * change of pipeline (docs/benchmarks.md, the world).
 */
function bubbleTexture(scene: Phaser.Scene): string {
  const key = 'targets-bubble';
  if (scene.textures.exists(key)) return key;
  const r = BUBBLE_TEXTURE_PX / 2;
  const g = scene.make.graphics({ x: r, y: r }, false);
  g.fillStyle(BUBBLE, 0.85).fillCircle(0, 0, r - 1);
  g.lineStyle(r * 0.08, BUBBLE_EDGE, 1).strokeCircle(0, 0, (r - 1) * 0.96);
  g.fillStyle(0xffffff, 0.8).fillEllipse(-r * 0.35, -r * 0.38, r * 0.5, r * 0.3, 16);
  g.generateTexture(key, BUBBLE_TEXTURE_PX, BUBBLE_TEXTURE_PX);
  g.destroy();
  return key;
}

export function drawBubble(scene: Phaser.Scene, x: number, y: number, diameterPx: number): Phaser.GameObjects.Image {
  const bubble = scene.add.image(x, y, bubbleTexture(scene)).setDepth(10);
  const scale = diameterPx / BUBBLE_TEXTURE_PX;
  // Appears with a little grow, so the child sees where it came.
  bubble.setScale(scale * 0.6);
  scene.tweens.add({ targets: bubble, scale, duration: 160, ease: 'Back.easeOut' });
  return bubble;
}

/** A droplet, drawn once per game: images are cheaper to animate than Graphics, which rebuild every frame. */
function dropletTexture(scene: Phaser.Scene): string {
  const key = 'targets-droplet';
  if (scene.textures.exists(key)) return key;
  const g = scene.make.graphics({}, false);
  g.fillStyle(BUBBLE_EDGE, 1).fillCircle(16, 16, 14);
  g.generateTexture(key, 32, 32);
  g.destroy();
  return key;
}

/** Hit: the bubble bursts into droplets, created in the touch's own handler so they show in the next frame. */
export function popBurst(scene: Phaser.Scene, x: number, y: number, diameterPx: number): void {
  const r = Math.max(diameterPx / 2, 12);
  const key = dropletTexture(scene);
  const dropPx = Math.max(6, r * 0.28);
  for (let i = 0; i < 8; i++) {
    const angle = (i / 8) * Math.PI * 2;
    const drop = scene.add.image(x + Math.cos(angle) * r * 0.6, y + Math.sin(angle) * r * 0.6, key).setDisplaySize(dropPx, dropPx).setDepth(20);
    scene.tweens.add({ targets: drop, x: x + Math.cos(angle) * r * 1.8, y: y + Math.sin(angle) * r * 1.8, alpha: 0, duration: 380, ease: 'Cubic.easeOut', onComplete: () => drop.destroy() });
  }
}

/** Where a touch landed: a small fading dot, so a miss is seen without any red. */
export function touchMark(scene: Phaser.Scene, x: number, y: number, sizePx: number): void {
  const mark = scene.add.graphics({ x, y }).setDepth(25);
  mark.fillStyle(DARK, 0.35).fillCircle(0, 0, sizePx / 2);
  scene.tweens.add({ targets: mark, alpha: 0, scale: 1.6, duration: 600, onComplete: () => mark.destroy() });
}

/** Gone without a pop: a missed bubble floats up and fades. */
export function floatAway(scene: Phaser.Scene, bubble: Phaser.GameObjects.Image, risePx: number): void {
  scene.tweens.add({ targets: bubble, y: bubble.y - risePx, alpha: 0, duration: 500, ease: 'Sine.easeIn', onComplete: () => bubble.destroy() });
}

/** The ring test: every target a quiet outline, the one to tap filled green. */
export function drawRing(g: Phaser.GameObjects.Graphics, targets: readonly { x: number; y: number; diameterPx: number }[], current: number): void {
  g.clear();
  for (const [i, t] of targets.entries()) {
    if (i === current) continue;
    g.lineStyle(Math.max(1.5, t.diameterPx * 0.06), RING_IDLE, 1).strokeCircle(t.x, t.y, t.diameterPx / 2);
  }
  const now = targets[current];
  if (now) g.fillStyle(RING_CURRENT, 1).fillCircle(now.x, now.y, now.diameterPx / 2);
}

/** A ladybug or a pea, `sizePx` across, to be picked up with two fingers. */
export function drawPinchObject(scene: Phaser.Scene, kind: 'ladybug' | 'pea', sizePx: number): Phaser.GameObjects.Graphics {
  const r = sizePx / 2;
  const g = scene.add.graphics().setDepth(10);
  if (kind === 'pea') {
    g.fillStyle(PEA, 1).fillCircle(0, 0, r);
    g.fillStyle(0xc8ef9a, 1).fillCircle(-r * 0.3, -r * 0.3, r * 0.28);
    return g;
  }
  g.fillStyle(LADYBUG, 1).fillCircle(0, r * 0.1, r * 0.9);
  g.fillStyle(DARK, 1).fillCircle(0, -r * 0.62, r * 0.36);
  g.fillRect(-r * 0.05, -r * 0.5, r * 0.1, r * 1.4);
  for (const [dx, dy] of [[-0.4, -0.05], [0.4, -0.05], [-0.35, 0.45], [0.35, 0.45]] as const) g.fillCircle(dx * r, dy * r, r * 0.15);
  return g;
}

/** A glass jar seen from above: the place the objects go. */
export function drawJar(scene: Phaser.Scene, x: number, y: number, diameterPx: number): Phaser.GameObjects.Graphics {
  const r = diameterPx / 2;
  const g = scene.add.graphics({ x, y }).setDepth(2);
  g.fillStyle(JAR_GLASS, 1).fillCircle(0, 0, r);
  g.lineStyle(Math.max(2, r * 0.08), JAR_EDGE, 1).strokeCircle(0, 0, r * 0.96);
  g.lineStyle(Math.max(1, r * 0.03), 0xffffff, 0.9).beginPath().arc(0, 0, r * 0.78, Math.PI * 1.1, Math.PI * 1.45).strokePath();
  return g;
}

/** One finger alone cannot lift it: a little shake says "use two". */
export function shake(scene: Phaser.Scene, target: Phaser.GameObjects.Graphics): void {
  scene.tweens.add({ targets: target, angle: { from: -12, to: 12 }, duration: 70, yoyo: true, repeat: 2, onComplete: () => target.setAngle(0) });
}
