import { describe, expect, it } from 'vitest';
import { recognizeForm } from '../../src/activities/trace/copy/recognize';
import { FORM_IDS, formTemplate, placeTemplate } from '../../src/forms/forms';
import { mmPoint, type MmPolyline } from '../../src/geometry/units';

const reversed = (lines: readonly MmPolyline[]) => [...lines].reverse().map((l) => [...l].reverse());

describe('recognizeForm: known answers', () => {
  it.each(FORM_IDS)('recognizes the %s template at any size and place', (form) => {
    for (const [size, x, y] of [[25, 40, 40], [70, 150, 90], [140, 100, 120]] as const) {
      expect(recognizeForm(placeTemplate(formTemplate(form, size), mmPoint(x, y))).form).toBe(form);
    }
  });

  it.each(FORM_IDS)('recognizes the %s drawn backwards, strokes in the other order', (form) => {
    expect(recognizeForm(reversed(placeTemplate(formTemplate(form, 60), mmPoint(90, 90)))).form).toBe(form);
  });

  it('recognizes a square drawn as four strokes, and an X as two', () => {
    const square = [[mmPoint(0, 0), mmPoint(0, 50)], [mmPoint(0, 50), mmPoint(50, 50)], [mmPoint(50, 50), mmPoint(50, 0)], [mmPoint(50, 0), mmPoint(0, 0)]];
    expect(recognizeForm(square).form).toBe('square');
    expect(recognizeForm([[mmPoint(50, 0), mmPoint(0, 50)], [mmPoint(0, 0), mmPoint(50, 50)]]).form).toBe('x');
  });

  it('tells a cross from an X by how its lines lean', () => {
    expect(recognizeForm([[mmPoint(25, 0), mmPoint(25, 50)], [mmPoint(0, 25), mmPoint(50, 25)]]).form).toBe('cross');
    expect(recognizeForm([[mmPoint(15, 0), mmPoint(35, 50)], [mmPoint(35, 0), mmPoint(15, 50)]]).form).toBe('x'); // a tall, narrow X
  });

  it('does not take circling round and round on the spot for a spiral, nor its crossings for a cross', () => {
    const laps = Array.from({ length: 3 * 96 + 1 }, (_, i) => { const a = (i / 96) * 2 * Math.PI; const r = 30 + 2 * Math.sin(i / 7); return mmPoint(60 + r * Math.cos(a), 60 + r * Math.sin(a)); });
    expect(['spiral', 'cross', 'x']).not.toContain(recognizeForm([laps]).form);
  });

  it('does not call an open "C", a zigzag or a dot a form', () => {
    const c = Array.from({ length: 61 }, (_, i) => { const a = (Math.PI / 4) + (i / 60) * 1.5 * Math.PI; return mmPoint(50 + 30 * Math.cos(a), 50 + 30 * Math.sin(a)); });
    expect(recognizeForm([c]).form).not.toBe('circle');
    expect(recognizeForm([[mmPoint(0, 0), mmPoint(10, 40), mmPoint(20, 0), mmPoint(30, 40), mmPoint(40, 0), mmPoint(50, 40)]]).form).toBe('unrecognized');
    expect(recognizeForm([[mmPoint(5, 5)]]).form).toBe('unrecognized');
    expect(recognizeForm([]).form).toBe('unrecognized');
  });
});

describe('recognizeForm: gestures that look like forms', () => {
  const along = (points: [number, number][], step = 1) => points.slice(1).flatMap(([x1, y1], i) => {
    const [x0, y0] = points[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    return Array.from({ length: n }, (_, k) => mmPoint(x0 + ((x1 - x0) * (k + 1)) / n, y0 + ((y1 - y0) * (k + 1)) / n));
  });

  it('does not take a pigtail (a line with a round loop that crosses itself) for an X or a cross', () => {
    const pigtail = Array.from({ length: 161 }, (_, i) => { const t = -4 + (8 * i) / 160; return mmPoint(60 + 10 * (t - 2.2 * Math.sin(t)), 40 - 22 * Math.cos(t)); });
    expect(recognizeForm([pigtail]).form).toBe('unrecognized');
  });

  it('does not take an arrow (its head crosses the shaft near the tip) for an X', () => {
    expect(recognizeForm([along([[0, 60], [60, 0], [42, 4], [56, 18], [60, 0]])]).form).toBe('unrecognized');
  });

  it('takes a delete mark (an X whose diagonals are joined at one end, drawn without lifting) for an X', () => {
    expect(recognizeForm([along([[0, 0], [50, 60], [0, 60], [50, 0]])]).form).toBe('x');
  });

  it('takes a rectangle with rounded corners, and one left open at a corner, for the square', () => {
    const r = 10, [w, h] = [80, 50];
    const corners = [[w - r, r, -Math.PI / 2], [w - r, h - r, 0], [r, h - r, Math.PI / 2], [r, r, Math.PI]] as const;
    // Each corner a quarter circle of radius r, from the end of one side to the start of the next.
    const outline = corners.flatMap(([cx, cy, from]) => Array.from({ length: 10 }, (_, k) => [cx + r * Math.cos(from + (k * Math.PI) / 18), cy + r * Math.sin(from + (k * Math.PI) / 18)] as [number, number]));
    expect(recognizeForm([along([[r, 0], ...outline, [r, 0]])]).form).toBe('square');
    expect(recognizeForm([along([[12, 0], [80, 0], [80, 50], [0, 50], [0, 10]])]).form).toBe('square');
  });
});
