import type Phaser from 'phaser';
import { pointAlong } from '../../geometry/point-along';
import { polylineLength } from '../../geometry/polyline-length';
import { resample } from '../../geometry/resample';
import type { MmPolyline } from '../../geometry/units';
import { drawRoundPolyline } from '../../ink/draw-polyline';
import type { GamePoint } from '../../ink/ink-renderer';
import { createDemoHand } from '../../stage/demo-hand';
import { palette } from '../../stage/palette';

/** Calm enough to follow with the eyes, quick enough not to bore: about 2 s for a 70 mm circle. */
const DEMO_SPEED_MM_PER_S = 110;
const TRAIL_STEP_MM = 1.5;

/**
 * The short demonstration: the guide's hand draws each stroke in the taught
 * order and direction, a glowing dot at its fingertip leaving a faint trail,
 * then everything fades and `onEnd` is called.
 */
export function playDemo(scene: Phaser.Scene, template: readonly MmPolyline[], toGame: (x: number, y: number) => GamePoint, sizes: { dotPx: number; trailPx: number; mmToPx(mm: number): number }, onEnd: () => void): { stop(): void } {
  const { dotPx, trailPx } = sizes;
  const trail = scene.add.graphics().setDepth(6);
  const dot = scene.add.circle(0, 0, dotPx, palette.demo).setStrokeStyle(dotPx * 0.35, 0xffffff).setDepth(7);
  const hand = createDemoHand(scene, sizes.mmToPx);
  hand?.press(true);
  const lengths = template.map((line) => polylineLength(line));
  // The trail's points, once: point k lies k × TRAIL_STEP_MM along its line, so each frame takes a prefix.
  const trailPoints = template.map((line) => resample(line, TRAIL_STEP_MM).map((p) => toGame(p.x, p.y)));
  const total = lengths.reduce((a, b) => a + b, 0);
  const state = { travelled: 0 };
  const tween = scene.tweens.add({
    targets: state,
    travelled: total,
    duration: (total / DEMO_SPEED_MM_PER_S) * 1000,
    delay: 300,
    ease: 'Linear',
    onUpdate: () => {
      trail.clear();
      let left = state.travelled;
      template.forEach((line, i) => {
        const along = Math.min(left, lengths[i]!);
        left -= along;
        if (along <= 0) return;
        const { point } = pointAlong(line, along);
        const head = toGame(point.x, point.y);
        drawRoundPolyline(trail, [...trailPoints[i]!.slice(0, Math.ceil(along / TRAIL_STEP_MM)), head], trailPx, palette.demo, 0.45);
        dot.setPosition(head.x, head.y);
        hand?.moveTo(head.x, head.y);
      });
    },
    onComplete: () => scene.tweens.add({ targets: [trail, dot, ...(hand ? [hand.image] : [])], alpha: 0, duration: 400, onComplete: stop }),
  });
  const first = template[0]?.[0];
  if (first) { const p = toGame(first.x, first.y); dot.setPosition(p.x, p.y); hand?.moveTo(p.x, p.y); }
  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    tween.stop();
    trail.destroy();
    dot.destroy();
    hand?.destroy();
    onEnd();
  }
  return { stop };
}
