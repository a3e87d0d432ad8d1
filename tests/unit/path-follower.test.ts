import { describe, expect, it } from 'vitest';
import { createPolylineIndex } from '../../src/geometry/polyline-index';
import { mmPoint } from '../../src/geometry/units';
import { PathFollower } from '../../src/activities/trace/path-follower';

describe('the traveller on tracing’s path', () => {
  const line = [mmPoint(0, 0), mmPoint(100, 0)];
  const follower = () => new PathFollower([line], createPolylineIndex([line]), 10);

  it('walks as the ink goes along the path, inside the corridor', () => {
    const f = follower();
    for (let x = 0; x <= 60; x += 2) f.follow({ x, y: 1 });
    expect(f.at()).toEqual({ polyline: 0, alongMm: 60 });
    expect(f.share).toBeCloseTo(0.6, 9);
  });

  it('does not leap to where a finger lands ahead, nor follow ink outside the corridor, nor go back', () => {
    const f = follower();
    for (let x = 0; x <= 20; x += 2) f.follow({ x, y: 0 });
    f.follow({ x: 80, y: 0 }); // a jump ahead
    expect(f.at().alongMm).toBe(20);
    f.follow({ x: 26, y: 9 }); // 9 mm off: outside the 10 mm corridor
    expect(f.at().alongMm).toBe(20);
    f.follow({ x: 10, y: 0 }); // back over inked path
    expect(f.at().alongMm).toBe(20);
    f.follow({ x: 26, y: 4 });
    expect(f.at().alongMm).toBe(26);
  });
});
