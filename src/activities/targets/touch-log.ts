import { recordedSample } from '../../input/recorded-sample';
import type { InputSample } from '../../input/input-sample';
import type { Stroke } from '../../schema/parts';

/** Every touch of a round as a raw stroke, each sample with its contact size where the browser gave one. */
export class TouchLog {
  readonly strokes: Stroke[] = [];
  private readonly open = new Map<number, Stroke>();

  constructor(private readonly originMs: number) {}

  start(s: InputSample): void {
    const stroke: Stroke = { pointerType: s.pointerType, points: [this.point(s)] };
    this.strokes.push(stroke);
    this.open.set(s.pointerId, stroke);
  }

  move(samples: readonly InputSample[]): void {
    for (const s of samples) this.open.get(s.pointerId)?.points.push(this.point(s));
  }

  end(s: InputSample): void {
    this.open.get(s.pointerId)?.points.push(this.point(s));
    this.open.delete(s.pointerId);
  }

  /** Ended without a lift; a palm's touch is forgotten altogether. */
  cancel(pointerId: number, palm: boolean): void {
    const stroke = this.open.get(pointerId);
    this.open.delete(pointerId);
    if (palm && stroke) this.strokes.splice(this.strokes.indexOf(stroke), 1);
  }

  private point(s: InputSample): Stroke['points'][number] {
    const contact = s.contact ? { contactWidthMm: s.contact.widthMm, contactHeightMm: s.contact.heightMm } : {};
    return { ...recordedSample(s, this.originMs), ...contact };
  }
}
