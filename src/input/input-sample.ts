import type { TimedMmPoint } from '../geometry/units';
import type { PointerKind } from '../schema/parts';

/** One clean sample handed to activities: mm position, ms time on the performance clock. */
export type InputSample = TimedMmPoint & {
  readonly pressure: number;
  readonly tiltX: number;
  readonly tiltY: number;
  readonly pointerType: PointerKind;
  readonly pointerId: number;
  /** The touch's contact size, where the browser reports one (finger pad or fingertip); null otherwise. */
  readonly contact: { readonly widthMm: number; readonly heightMm: number } | null;
};

/** What an activity hears from the input layer, one stroke per pointer. */
export interface StrokeListener {
  start(sample: InputSample): void;
  /** Every sample since the last call, coalesced ones included; `predicted` is for drawing only. */
  move(samples: readonly InputSample[], predicted: readonly InputSample[]): void;
  end(sample: InputSample): void;
  /**
   * The stroke ended without a lift. `cancel`: the browser took the pointer
   * (pointercancel); keep what was drawn. `palm`: a pen came down, so this
   * touch was a resting hand; throw it away.
   */
  cancel(pointerId: number, reason: 'cancel' | 'palm'): void;
}
