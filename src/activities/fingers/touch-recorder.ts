import type { InputSample } from '../../input/input-sample';
import { recordedSample } from '../../input/recorded-sample';
import type { Stroke } from '../../schema/parts';
import { ContactLog, type LoggedContact } from './contact-log';

/**
 * Every finger of a fingers game, recorded: each contact (when and where it
 * came down and lifted, its size, its side) in the log, and its samples as a
 * stroke. Every game's round keeps one, so every record has the same story.
 */
export class TouchRecorder {
  readonly strokes: Stroke[] = [];
  readonly log: ContactLog;
  private readonly open = new Map<number, Stroke>();

  constructor(readonly originMs: number, screenWidthMm: number) {
    this.log = new ContactLog(originMs, screenWidthMm);
  }

  down(s: InputSample): LoggedContact {
    const stroke = { pointerType: s.pointerType, points: [recordedSample(s, this.originMs)] };
    this.strokes.push(stroke);
    this.open.set(s.pointerId, stroke);
    return this.log.down(s);
  }

  move(s: InputSample): LoggedContact | undefined {
    this.open.get(s.pointerId)?.points.push(recordedSample(s, this.originMs));
    return this.log.held(s.pointerId);
  }

  up(s: InputSample): LoggedContact | null {
    const last = this.open.get(s.pointerId)?.points.at(-1);
    if (last && (last.x !== s.x || last.y !== s.y)) this.move(s);
    this.open.delete(s.pointerId);
    return this.log.up(s);
  }

  cancel(pointerId: number, nowMs: number): LoggedContact | null {
    this.open.delete(pointerId);
    return this.log.cancel(pointerId, nowMs);
  }

  /** ms since the round began. */
  since(nowMs: number): number {
    return nowMs - this.originMs;
  }

  /** The contacts down now: read several times a frame, so from the log's open contacts, never a scan of every contact. */
  get holding(): readonly LoggedContact[] {
    return this.log.holding;
  }
}
