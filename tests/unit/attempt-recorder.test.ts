import { describe, expect, it } from 'vitest';
import { TAP_MAX_INK_MM, TraceAttemptRecorder } from '../../src/activities/trace/attempt-recorder';
import type { InputSample } from '../../src/input/input-sample';

const sample = (x: number, y: number, t: number, pointerId = 1, pointerType: InputSample['pointerType'] = 'touch') =>
  ({ x, y, t, pressure: 0.5, tiltX: 0, tiltY: 0, pointerType, pointerId }) as InputSample;

/** These tests draw strokes of a few mm, so short that they would be taps: the tap rule has its own tests below. */
const SMALL_STROKES = { tapMaxInkMm: 0 };

describe('TraceAttemptRecorder', () => {
  it('records samples with times since the attempt began, and ends after the expected strokes', () => {
    const r = new TraceAttemptRecorder({ ...SMALL_STROKES, originMs: 1000, expectedStrokes: 2 });
    expect(r.touched).toBe(false);
    r.start(sample(1, 1, 1100));
    r.move([sample(2, 2, 1108), sample(3, 3, 1116)]);
    expect(r.end(sample(3, 4, 1120))).toBeNull();
    expect(r.touched).toBe(true);
    r.start(sample(5, 5, 1500));
    expect(r.end(sample(6, 6, 1600))).toBe('strokes');
    expect(r.strokes).toHaveLength(2);
    expect(r.strokes[0]!.points.map((p) => p.t)).toEqual([100, 108, 116, 120]);
    expect(r.strokes[0]!.points[1]).toEqual({ x: 2, y: 2, t: 108, pressure: 0.5, tiltX: 0, tiltY: 0 });
  });

  it('strict mode: a stopped stroke is kept, but the form still needs its own strokes', () => {
    const r = new TraceAttemptRecorder({ ...SMALL_STROKES, originMs: 0, expectedStrokes: 1 });
    r.start(sample(0, 0, 0));
    r.move([sample(1, 0, 10)]);
    r.stop(sample(2, 0, 20)); // left the corridor
    expect(r.isDrawing).toBe(false);
    r.move([sample(3, 0, 30)]); // the finger carries on: not drawn
    expect(r.checkIdle(20 + 10_000)).toBeNull(); // still down: not idle, however long
    expect(r.end(sample(4, 0, 40))).toBeNull(); // its lift is not a stroke's end either
    expect(r.checkIdle(40 + 10_000)).toBe('idle'); // idle counts from the lift
    expect(r.strokes[0]!.points.map((p) => p.x)).toEqual([0, 1, 2]);
    r.start(sample(2, 0, 500));
    expect(r.end(sample(10, 0, 600))).toBe('strokes');
    expect(r.strokes).toHaveLength(2);
  });

  it('ignores samples from any pointer but the one drawing', () => {
    const r = new TraceAttemptRecorder({ ...SMALL_STROKES, originMs: 0, expectedStrokes: 1 });
    r.start(sample(0, 0, 0, 1));
    r.start(sample(9, 9, 1, 2));
    r.move([sample(1, 1, 2, 2), sample(1, 0, 3, 1)]);
    expect(r.end(sample(9, 9, 4, 2))).toBeNull();
    expect(r.strokes).toHaveLength(1);
    expect(r.strokes[0]!.points).toHaveLength(2);
  });

  it('ends after 4 s without touch, counted from the last lift', () => {
    const r = new TraceAttemptRecorder({ ...SMALL_STROKES, originMs: 0, expectedStrokes: 2 });
    expect(r.checkIdle(60_000)).toBeNull(); // nothing drawn yet: wait for the child
    r.start(sample(0, 0, 100));
    expect(r.checkIdle(10_000)).toBeNull(); // still drawing
    r.end(sample(1, 1, 500));
    expect(r.checkIdle(4499)).toBeNull();
    expect(r.checkIdle(4500)).toBe('idle');
  });

  it('keeps a cancelled stroke and forgets a palm', () => {
    const r = new TraceAttemptRecorder({ ...SMALL_STROKES, originMs: 0, expectedStrokes: 3 });
    r.start(sample(0, 0, 0, 7));
    r.move([sample(1, 0, 8, 7)]);
    expect(r.cancel(7, 20)).toBeNull();
    expect(r.strokes).toHaveLength(1);
    r.start(sample(5, 5, 30, 8));
    r.discard(8);
    expect(r.strokes).toHaveLength(1);
    expect(r.isDrawing).toBe(false);
  });

  it('item 2 (issue 14): a tap on the start dot is not an attempt; it is logged, and the attempt waits on', () => {
    expect(TAP_MAX_INK_MM).toBeGreaterThan(3); // a finger's wobble on a tap
    expect(TAP_MAX_INK_MM).toBeLessThan(20); // one side of the smallest form
    const r = new TraceAttemptRecorder({ originMs: 0, expectedStrokes: 1 });
    r.start(sample(10, 10, 100));
    r.move([sample(11, 10.5, 140), sample(11.5, 11, 180)]);
    expect(r.end(sample(11.5, 11.2, 220))).toBe('tap');
    expect(r.strokes).toEqual([]);
    expect(r.inked).toBe(false);
    expect(r.touched).toBe(true); // leaving now still keeps the tap, as an abandoned attempt
    expect(r.taps).toHaveLength(1);
    expect(r.taps[0]!.points.map((p) => p.t)).toEqual([100, 140, 180, 220]);
    expect(r.checkIdle(60_000)).toBeNull(); // a tap does not start the idle clock: the child has not begun
    r.start(sample(10, 10, 1000)); // the real stroke: 40 mm
    r.move([sample(30, 10, 1200)]);
    expect(r.end(sample(50, 10, 1400))).toBe('strokes');
    expect(r.strokes).toHaveLength(1);
    expect(r.taps).toHaveLength(1);
  });

  it('item 2 (issue 14): a cancelled short touch is a tap too, and a stroke just over the threshold is not', () => {
    const r = new TraceAttemptRecorder({ originMs: 0, expectedStrokes: 2 });
    r.start(sample(0, 0, 0, 3));
    expect(r.cancel(3, 50)).toBe('tap');
    r.start(sample(0, 0, 100));
    expect(r.end(sample(TAP_MAX_INK_MM + 0.1, 0, 200))).toBeNull();
    expect(r.strokes).toHaveLength(1);
    expect(r.taps).toHaveLength(1);
  });
});
