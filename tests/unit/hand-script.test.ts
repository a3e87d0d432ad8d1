import { describe, expect, it } from 'vitest';
import { approachFrom, dragScript, handPoseAt, scriptMs, tapScript } from '../../src/stage/hand-script';

describe('a demonstrating hand’s script', () => {
  const from = { x: 0, y: 100 };
  const target = { x: 100, y: 0 };

  it('glides, touches, holds, lifts: known poses along a tap', () => {
    const tap = tapScript(from, target, 1000);
    expect(scriptMs(tap)).toBe(1000 + 350 + 500 + 300);
    expect(handPoseAt(tap, 0)).toEqual({ x: 0, y: 100, pressed: false });
    const halfway = handPoseAt(tap, 500);
    expect(halfway.x).toBeCloseTo(50, 9); // eased, and symmetric about the middle
    expect(halfway.pressed).toBe(false);
    expect(handPoseAt(tap, 1000)).toEqual({ x: 100, y: 0, pressed: true });
    expect(handPoseAt(tap, 1349)).toEqual({ x: 100, y: 0, pressed: true });
    const after = handPoseAt(tap, 1350 + 500);
    expect(after.pressed).toBe(false);
    expect(after.x).toBeCloseTo(75, 9); // drawn back a quarter of the way
    expect(handPoseAt(tap, 99_999)).toEqual(handPoseAt(tap, scriptMs(tap)));
  });

  it('moves smoothly: no jump anywhere along the script', () => {
    const drag = dragScript(from, target, { x: 300, y: 300 }, 1500);
    let last = handPoseAt(drag, 0);
    for (let t = 10; t <= scriptMs(drag); t += 10) {
      const pose = handPoseAt(drag, t);
      expect(Math.hypot(pose.x - last.x, pose.y - last.y)).toBeLessThan(8);
      last = pose;
    }
    expect(last).toMatchObject({ x: 300, y: 300, pressed: false });
  });

  it('carries pressed from the grab to the drop', () => {
    const drag = dragScript(from, target, { x: 300, y: 300 }, 1500);
    expect(handPoseAt(drag, 799).pressed).toBe(false);
    expect(handPoseAt(drag, 800).pressed).toBe(true);
    expect(handPoseAt(drag, 800 + 250 + 1500 + 199).pressed).toBe(true);
    expect(handPoseAt(drag, 800 + 250 + 1500 + 200).pressed).toBe(false);
  });

  it('comes from below and to the side, and stays on the screen', () => {
    const screen = { width: 1000, height: 800 };
    expect(approachFrom({ x: 100, y: 100 }, screen, 100)).toEqual({ x: 160, y: 180 });
    expect(approachFrom({ x: 980, y: 100 }, screen, 100)).toEqual({ x: 920, y: 180 });
    expect(approachFrom({ x: 500, y: 790 }, screen, 100).y).toBe(800);
  });
});
