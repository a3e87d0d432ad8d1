import type { InputSample } from '../../input/input-sample';
import type { PointerKind } from '../../schema/parts';

/** A target as shown: centre and diameter in mm. Rounds list them in the order they were presented. */
export interface Target { readonly x: number; readonly y: number; readonly diameterMm: number }

/** A touch-down aimed at a target: where (mm), when (ms since the round began), and whether it landed on it. */
export interface Tap {
  readonly sequence: number;
  /** Index of the target in the round's presented targets. */
  readonly targetIndex: number;
  readonly x: number;
  readonly y: number;
  readonly t: number;
  readonly hit: boolean;
  /** Pop: from the target appearing. Ring: from the previous selection. */
  readonly movementMs: number;
  readonly pointerType: PointerKind;
  readonly contact: { readonly widthMm: number; readonly heightMm: number } | null;
}

export interface TouchUp { readonly sequence: number; readonly targetIndex: number; readonly x: number; readonly y: number; readonly t: number }

/** A tap is a hit when the finger comes down within the target's visible circle. */
export function isHit(target: Target, x: number, y: number): boolean {
  return Math.hypot(x - target.x, y - target.y) <= target.diameterMm / 2;
}

/** The taps, touch-ups and presented targets of a pop or ring round, with times since its start. */
export class TapLog {
  readonly targets: Target[] = [];
  readonly taps: Tap[] = [];
  readonly ups: TouchUp[] = [];

  constructor(private readonly originMs: number) {}

  present(target: Target): number {
    return this.targets.push(target) - 1;
  }

  tap(sample: InputSample, sequence: number, targetIndex: number, movementMs: number): Tap {
    const target = this.targets[targetIndex]!;
    const tap: Tap = {
      sequence, targetIndex, x: sample.x, y: sample.y, t: sample.t - this.originMs,
      hit: isHit(target, sample.x, sample.y), movementMs, pointerType: sample.pointerType, contact: sample.contact,
    };
    this.taps.push(tap);
    return tap;
  }

  up(sample: InputSample, sequence: number, targetIndex: number): void {
    this.ups.push({ sequence, targetIndex, x: sample.x, y: sample.y, t: sample.t - this.originMs });
  }
}
