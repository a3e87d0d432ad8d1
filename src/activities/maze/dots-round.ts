import { mmPoint, type MmPoint, type TimedMmPoint } from '../../geometry/units';
import type { InputSample } from '../../input/input-sample';
import { recordedSample } from '../../input/recorded-sample';
import type { Stroke } from '../../schema/parts';
import { createDotJoiner, type DotJoiner } from './dot-joiner';
import { measureDots, type DotsMeasures } from './measure-dots';

/**
 * One dot-to-dot being drawn, with no drawing in it: every stroke of ink is
 * recorded and fed, as recorded, to the joiner (dot-joiner.ts), which says
 * which dots are joined; the measures replay the same strokes from the record.
 */
export class DotsRound {
  readonly strokes: Stroke[] = [];
  private readonly joiner: DotJoiner;
  private open: Stroke | null = null;

  constructor(private readonly dots: readonly MmPoint[], private readonly radiusMm: number, private readonly originMs: number) {
    this.joiner = createDotJoiner(dots, radiusMm);
  }

  down(sample: InputSample): void {
    const point = recordedSample(sample, this.originMs);
    this.open = { pointerType: sample.pointerType, points: [point] };
    this.strokes.push(this.open);
    this.joiner.add(timed(point), true);
  }

  move(sample: InputSample): void {
    if (!this.open) return;
    const point = recordedSample(sample, this.originMs);
    this.open.points.push(point);
    this.joiner.add(timed(point), false);
  }

  up(sample: InputSample): void {
    const last = this.open?.points.at(-1);
    if (last && (last.x !== sample.x || last.y !== sample.y)) this.move(sample);
    this.release();
  }

  release(): void {
    if (this.open) this.joiner.lift();
    this.open = null;
  }

  /** The stroke being drawn, if any. */
  get drawing(): Stroke | null { return this.open; }
  /** The dot to reach next (every dot joined when it equals the count). */
  get next(): number { return this.joiner.next; }
  get joined(): number { return this.joiner.joins.length; }
  /** The ink of the newest join. */
  get lastJoin(): readonly MmPoint[] { return this.joiner.joins.at(-1)?.points ?? []; }
  get orderErrors(): number { return this.joiner.orderErrors.length; }
  get complete(): boolean { return this.joiner.next >= this.dots.length; }

  measures(): DotsMeasures {
    return measureDots(this.dots, this.radiusMm, this.strokes);
  }
}

/** A recorded sample as the joiner reads it: a point in mm and its time. */
export function timed(p: { x: number; y: number; t: number }): TimedMmPoint {
  return { ...mmPoint(p.x, p.y), t: p.t };
}
