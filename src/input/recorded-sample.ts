import type { Stroke } from '../schema/parts';
import type { InputSample } from './input-sample';

/** A sample as a record keeps it: its time counted from the attempt's origin (performance.now() when it began). */
export function recordedSample(s: InputSample, originMs: number): Stroke['points'][number] {
  return { x: s.x, y: s.y, t: s.t - originMs, pressure: s.pressure, tiltX: s.tiltX, tiltY: s.tiltY };
}
