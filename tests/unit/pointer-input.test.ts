import { describe, expect, it } from 'vitest';
import { attachPointerInput } from '../../src/input/pointer-input';
import type { InputSample } from '../../src/input/input-sample';

/** An element as the input layer uses it, its listeners called by hand with pointer events' fields. */
function fakeElement() {
  const handlers = new Map<string, (e: unknown) => void>();
  const element = {
    style: {} as Record<string, string>,
    getBoundingClientRect: () => ({ left: 0, top: 0, width: 1000, height: 800 }),
    addEventListener: (type: string, handler: (e: unknown) => void) => handlers.set(type, handler),
    removeEventListener: (type: string) => handlers.delete(type),
    setPointerCapture: () => undefined,
  };
  const fire = (type: string, fields: Record<string, unknown>) => handlers.get(type)!({
    pointerId: 1, pointerType: 'touch', button: 0, clientX: 100, clientY: 100, pressure: 0.5, tiltX: 0, tiltY: 0, width: 1, height: 1, timeStamp: 0,
    preventDefault: () => undefined, getCoalescedEvents: undefined, getPredictedEvents: undefined, ...fields,
  });
  return { element: element as unknown as HTMLElement, fire };
}

describe('the input boundary', () => {
  it('a stroke’s time never runs backwards, even when a coalesced sample is stamped before the event already seen', () => {
    const { element, fire } = fakeElement();
    const seen: InputSample[] = [];
    attachPointerInput(element, { start: (s) => seen.push(s), move: (ss) => seen.push(...ss), end: (s) => seen.push(s), cancel: () => undefined }, { pxPerMm: 4 });
    fire('pointerdown', { timeStamp: 100 });
    const coalesced = [{ timeStamp: 90, clientX: 104, clientY: 100 }, { timeStamp: 116, clientX: 108, clientY: 100 }];
    fire('pointermove', { timeStamp: 116, getCoalescedEvents: () => coalesced.map((c) => ({ pointerId: 1, pointerType: 'touch', pressure: 0.5, tiltX: 0, tiltY: 0, width: 1, height: 1, ...c })) });
    fire('pointerup', { timeStamp: 110, clientX: 108 });
    expect(seen.map((s) => s.t)).toEqual([100, 100, 116, 116]);
    expect(seen.map((s) => s.x)).toEqual([25, 26, 27, 27]);
    // A new stroke by the same finger starts from its own time.
    fire('pointerdown', { timeStamp: 50 });
    expect(seen.at(-1)!.t).toBe(50);
  });
});
