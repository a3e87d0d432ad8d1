import { describe, expect, it } from 'vitest';
import { createDotJoiner } from '../../src/activities/maze/dot-joiner';
import { measureJoins } from '../../src/activities/maze/measure-dots';
import { mmPoint, type MmPoint, type TimedMmPoint } from '../../src/geometry/units';

const RADIUS = 5;
/** A square's corners as dots 0–3, then back to near the start (dot 4), 60 mm a side. */
const SQUARE = [mmPoint(20, 20), mmPoint(80, 20), mmPoint(80, 80), mmPoint(20, 80), mmPoint(20, 30)];
let clock = 0;
/** Ink from a to b, a sample every mm, 10 ms apart; `offset` mm to the side of the straight line, as a wobble would. */
function line(a: MmPoint, b: MmPoint, offset = 0): TimedMmPoint[] {
  const n = Math.max(1, Math.round(Math.hypot(b.x - a.x, b.y - a.y)));
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  const nx = -(b.y - a.y) / len, ny = (b.x - a.x) / len;
  return Array.from({ length: n + 1 }, (_, i) => {
    const f = i / n, side = i === 0 || i === n ? 0 : offset;
    return { ...mmPoint(a.x + (b.x - a.x) * f + nx * side, a.y + (b.y - a.y) * f + ny * side), t: (clock += 10) };
  });
}
function draw(joiner: ReturnType<typeof createDotJoiner>, strokes: TimedMmPoint[][]): void {
  for (const stroke of strokes) { stroke.forEach((p, i) => joiner.add(p, i === 0)); joiner.lift(); }
}

describe('joining the dots', () => {
  it('in order in one stroke: every join, no error, no lift between dots', () => {
    const joiner = createDotJoiner(SQUARE, RADIUS);
    draw(joiner, [[0, 1, 2, 3].flatMap((i) => line(SQUARE[i]!, SQUARE[i + 1]!).slice(i ? 1 : 0))]);
    expect(joiner.joins.map((j) => j.from)).toEqual([0, 1, 2, 3]);
    expect(joiner).toMatchObject({ orderErrors: [], skipped: [], liftsBetweenDots: 0, next: 5 });
  });

  it('a stroke per join, each begun on the dot just reached: the same joins, and lifting on a dot is no lift between dots', () => {
    const joiner = createDotJoiner(SQUARE, RADIUS);
    draw(joiner, [0, 1, 2, 3].map((i) => line(SQUARE[i]!, SQUARE[i + 1]!)));
    expect(joiner.joins).toHaveLength(4);
    expect(joiner.liftsBetweenDots).toBe(0);
  });

  it('a lift between dots: the ink after it, begun off the dot, does not join; a new stroke from the dot does', () => {
    const joiner = createDotJoiner(SQUARE, RADIUS);
    const first = line(SQUARE[0]!, SQUARE[1]!);
    draw(joiner, [first.slice(0, 30), first.slice(30)]);
    expect(joiner).toMatchObject({ liftsBetweenDots: 1, next: 1 });
    expect(joiner.joins).toEqual([]);
    draw(joiner, [line(SQUARE[0]!, SQUARE[1]!)]);
    expect(joiner.joins.map((j) => j.from)).toEqual([0]);
  });

  it('dragging straight through dots that lie out of order joins only what the order allows; the rest are order errors', () => {
    // Along one line the dots lie 0, 2, 1, 3: a straight drag left to right.
    const dots = [mmPoint(10, 50), mmPoint(70, 50), mmPoint(40, 50), mmPoint(100, 50)];
    const joiner = createDotJoiner(dots, RADIUS);
    draw(joiner, [line(dots[0]!, dots[3]!)]);
    expect(joiner.joins.map((j) => j.from)).toEqual([0]);
    expect(joiner.orderErrors.map((e) => [e.dot, e.expected])).toEqual([[2, 1], [3, 2]]);
    expect(joiner.next).toBe(2);
  });

  it('a skipped dot: from dot 1 straight to dot 3 is an order error and skips dot 2; going back to join it carries on', () => {
    const joiner = createDotJoiner(SQUARE, RADIUS);
    draw(joiner, [[...line(SQUARE[0]!, SQUARE[1]!), ...line(SQUARE[1]!, SQUARE[3]!).slice(1)]]);
    expect(joiner.joins.map((j) => j.from)).toEqual([0]);
    expect(joiner.skipped).toEqual([2]);
    expect(joiner.orderErrors).toHaveLength(1);
    draw(joiner, [line(SQUARE[1]!, SQUARE[2]!), line(SQUARE[2]!, SQUARE[3]!)]);
    expect(joiner.joins.map((j) => j.from)).toEqual([0, 1, 2]);
  });

  it('each join measured: a join drawn 3 mm to the side deviates 3 mm, straight ones not at all; how close each dot was hit', () => {
    const joiner = createDotJoiner(SQUARE, RADIUS);
    draw(joiner, [line(SQUARE[0]!, SQUARE[1]!, 3), line(SQUARE[1]!, SQUARE[2]!)]);
    const [wobbly, straight] = measureJoins(SQUARE, joiner.joins);
    expect(wobbly!.maxDeviationMm).toBeCloseTo(3, 9);
    expect(wobbly!.meanDeviationMm).toBeGreaterThan(2.5);
    expect(straight!.maxDeviationMm).toBeCloseTo(0, 9);
    expect(straight!.straightness).toBeCloseTo(1, 9);
    expect(straight!.hitMm).toBeCloseTo(0, 9);
    expect(wobbly!.ms).toBeGreaterThan(0);
  });
});
