import { describe, expect, it } from 'vitest';
import { layoutTrace } from '../../src/activities/trace/layout';

const copy = { form: 'square', sizeMm: 70, guide: 'copy' } as const;

describe('layoutTrace', () => {
  it('centres a traced form in the canvas at its own size', () => {
    const l = layoutTrace({ form: 'square', sizeMm: 70, guide: 'trace' }, 300, 200, 'right');
    expect(l.centre).toEqual({ x: 150, y: 100 });
    expect(l.template[0]![0]).toEqual({ x: 115, y: 65 });
    expect(l.drawingBox).toBeNull();
    expect(l.model).toBeNull();
  });

  it('puts the model left of the box for a right hand, right of it for a left hand (landscape)', () => {
    const right = layoutTrace(copy, 300, 200, 'right');
    const left = layoutTrace(copy, 300, 200, 'left');
    expect(right.model!.centre.x).toBeLessThan(right.centre.x);
    expect(left.model!.centre.x).toBeGreaterThan(left.centre.x);
    expect(right.model!.scale).toBe(1);
    // The box holds the form with room to spare, and the template sits in its middle.
    const box = right.drawingBox!;
    expect(box.width).toBeGreaterThan(70);
    expect(box.x + box.width / 2).toBeCloseTo(right.centre.x, 9);
    expect(right.template[0]![0]!.x).toBeCloseTo(right.centre.x - 35, 9);
  });

  it('stacks the model above the box on a narrow screen, towards the side away from the hand', () => {
    const right = layoutTrace(copy, 150, 260, 'right');
    const left = layoutTrace(copy, 150, 260, 'left');
    expect(right.model!.centre.y).toBeLessThan(right.centre.y);
    expect(right.model!.centre.x).toBeLessThan(75);
    expect(left.model!.centre.x).toBeGreaterThan(75);
  });

  it('keeps the model and the box apart and on screen', () => {
    for (const [w, h] of [[300, 200], [200, 300], [338, 211], [211, 338], [160, 120]] as const) {
      for (const hand of ['right', 'left'] as const) {
        const l = layoutTrace(copy, w, h, hand);
        const box = l.drawingBox!;
        const half = (box.width * l.model!.scale) / 2;
        const model = { x: l.model!.centre.x - half, y: l.model!.centre.y - half, width: 2 * half, height: 2 * half };
        const overlap = model.x < box.x + box.width && box.x < model.x + model.width && model.y < box.y + box.height && box.y < model.y + model.height;
        expect(overlap, `${w}×${h} ${hand}`).toBe(false);
        expect(model.x).toBeGreaterThanOrEqual(0);
        expect(model.x + model.width).toBeLessThanOrEqual(w);
      }
    }
  });
});
