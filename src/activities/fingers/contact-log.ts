import type { InputSample } from '../../input/input-sample';

/** Every contact with the screen, as the fingers' record keeps it: the whole story of each finger that came down. */
export interface LoggedContact {
  readonly id: number;
  /** ms since the attempt began. */
  readonly down: number;
  up: number | null;
  /** Where it came down and where it lifted, mm. */
  readonly x: number;
  readonly y: number;
  upX: number | null;
  upY: number | null;
  /** The contact's size where the device reports one (a finger pad's width and height, mm). */
  readonly widthMm: number | null;
  readonly heightMm: number | null;
  /** Which half of the screen it came down on: which hand, for two hands at once. */
  readonly side: 'left' | 'right';
  /** Lifted by the browser taking the pointer (pointercancel), not by the finger. */
  cancelled: boolean;
}

/**
 * The contacts of one attempt, each from its touch-down to its lift: what
 * isolation, tapping and two-hands measures read. A new contact gets the next
 * id whatever the browser's pointer id, so ids are stable in the record.
 */
export class ContactLog {
  readonly contacts: LoggedContact[] = [];
  private readonly open = new Map<number, LoggedContact>();

  constructor(private readonly originMs: number, private readonly screenWidthMm: number) {}

  down(s: InputSample): LoggedContact {
    const contact: LoggedContact = {
      id: this.contacts.length + 1, down: s.t - this.originMs, up: null, x: s.x, y: s.y, upX: null, upY: null,
      widthMm: s.contact?.widthMm ?? null, heightMm: s.contact?.heightMm ?? null, side: s.x < this.screenWidthMm / 2 ? 'left' : 'right', cancelled: false,
    };
    this.contacts.push(contact);
    this.open.set(s.pointerId, contact);
    return contact;
  }

  up(s: InputSample): LoggedContact | null {
    return this.close(s.pointerId, s.t, s.x, s.y, false);
  }

  cancel(pointerId: number, nowMs: number): LoggedContact | null {
    const contact = this.open.get(pointerId);
    return contact ? this.close(pointerId, nowMs, contact.x, contact.y, true) : null;
  }

  /** The contact a pointer is holding down, if any. */
  held(pointerId: number): LoggedContact | undefined {
    return this.open.get(pointerId);
  }

  /** The contacts down now, in the order they came down. */
  get holding(): readonly LoggedContact[] {
    return [...this.open.values()];
  }

  /** Contacts down now. */
  get downNow(): number {
    return this.open.size;
  }

  private close(pointerId: number, t: number, x: number, y: number, cancelled: boolean): LoggedContact | null {
    const contact = this.open.get(pointerId);
    if (!contact) return null;
    this.open.delete(pointerId);
    Object.assign(contact, { up: t - this.originMs, upX: x, upY: y, cancelled });
    return contact;
  }
}
