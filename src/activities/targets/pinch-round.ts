import type { InputSample } from '../../input/input-sample';
import { seededRandom } from '../../random/seeded-random';
import type { MmArea } from './pop-round';

export interface PinchObject { readonly id: string; readonly kind: 'ladybug' | 'pea'; readonly x: number; readonly y: number; readonly sizeMm: number }
export interface Jar { readonly x: number; readonly y: number; readonly diameterMm: number }
export interface PinchLayout { readonly objects: readonly PinchObject[]; readonly jar: Jar }

export interface PinchEvent {
  readonly type: 'grasp' | 'release' | 'failed';
  readonly itemId: string;
  readonly t: number;
  /** Grasp and release: midway between the two fingers. Failed: where the finger was. mm. */
  readonly x: number;
  readonly y: number;
  /** Distance between the two fingers (grip aperture), mm; null for one finger. */
  readonly apertureMm: number | null;
  readonly inJar?: boolean;
  readonly reason?: 'opened' | 'lifted' | 'one-finger' | 'not-closing';
}

/** A fingertip this close to an object's edge is at the object. */
const REACH_MM = 12;
/** Two fingers are on opposite sides when, seen from the object, they are at least 120° apart. */
const OPPOSITE_COS = -0.5;
/**
 * Touch points are the centres of finger pads, so even fingertips squeezing
 * a pea report points several mm apart: the grasp closes when the fingers
 * are within this of the object's own width…
 */
const GRASP_MARGIN_MM = 10;
/** …and lets go when they open this much wider again (hysteresis: no flicker). */
const RELEASE_EXTRA_MM = 8;
/** Room round each object for two fingers. */
const OBJECT_SPACING_MM = 28;

/** `paired`: this touch was ever at an object on the opposite side from another, so it is never a lone finger. */
interface Touch { x: number; y: number; startX: number; startY: number; partner: number | null; candidate: { other: number; itemId: string } | null; paired: boolean; grasped: boolean }
export interface PinchObjectState { spec: PinchObject; x: number; y: number; inJar: boolean; heldBy: [number, number] | null; offset: { x: number; y: number }; graspedAt: { x: number; y: number } }

/** Places the objects on the table and the jar at the bottom, from the seed. */
export function layoutPinch(area: MmArea, count: number, sizeMm: number, seed: number): PinchLayout {
  const random = seededRandom(seed);
  const jarDiameter = Math.min(Math.max(50, sizeMm * 4), area.height * 0.45);
  const jar = { x: area.x + area.width / 2, y: area.y + area.height - jarDiameter / 2, diameterMm: jarDiameter };
  const top = { ...area, height: area.height - jarDiameter - REACH_MM };
  const objects: PinchObject[] = [];
  for (let i = 0; i < count; i++) {
    let spot = { x: top.x + top.width / 2, y: top.y + top.height / 2 };
    for (let tries = 0; tries < 200; tries++) {
      spot = { x: top.x + sizeMm / 2 + random() * Math.max(0, top.width - sizeMm), y: top.y + sizeMm / 2 + random() * Math.max(0, top.height - sizeMm) };
      if (objects.every((o) => Math.hypot(o.x - spot.x, o.y - spot.y) >= OBJECT_SPACING_MM + sizeMm)) break;
    }
    objects.push({ id: `item${i + 1}`, kind: i % 2 === 0 ? 'ladybug' : 'pea', ...spot, sizeMm });
  }
  return { objects, jar };
}

/**
 * Pinch: the headless state of picking small objects up like tweezers.
 * Two touches grasp an object when they are at it from opposite sides and
 * close to within GRASP_MARGIN_MM of its width; it is held while they stay
 * close and moves with their midpoint; it is let go when they open or
 * either lifts. One finger alone never moves it.
 */
export class PinchRound {
  readonly events: PinchEvent[] = [];
  readonly objects: ReadonlyMap<string, PinchObjectState>;
  private readonly touches = new Map<number, Touch>();

  constructor(readonly layout: PinchLayout, private readonly originMs: number) {
    this.objects = new Map(layout.objects.map((spec) => [spec.id, { spec, x: spec.x, y: spec.y, inJar: false, heldBy: null, offset: { x: 0, y: 0 }, graspedAt: { x: spec.x, y: spec.y } }]));
  }

  get finished(): boolean {
    return [...this.objects.values()].every((o) => o.inJar);
  }

  /** Objects in the jar, of all. */
  get progress(): { done: number; total: number } {
    return { done: [...this.objects.values()].filter((o) => o.inJar).length, total: this.objects.size };
  }

  get touched(): boolean {
    return this.events.length > 0 || this.touches.size > 0;
  }

  down(s: InputSample): PinchObjectState | null {
    this.touches.set(s.pointerId, { x: s.x, y: s.y, startX: s.x, startY: s.y, partner: null, candidate: null, paired: false, grasped: false });
    return this.checkGrasp(s.t);
  }

  /** Fingers moved: a held object follows their midpoint; a grasp may close, or open into a release. */
  move(samples: readonly InputSample[]): { grasped: PinchObjectState | null; released: PinchObjectState | null } {
    let grasped: PinchObjectState | null = null;
    let released: PinchObjectState | null = null;
    for (const s of samples) {
      const touch = this.touches.get(s.pointerId);
      if (!touch) continue;
      touch.x = s.x;
      touch.y = s.y;
      const held = this.heldBy(s.pointerId);
      if (held) {
        const [a, b] = held.heldBy!.map((id) => this.touches.get(id)!);
        if (Math.hypot(a!.x - b!.x, a!.y - b!.y) > held.spec.sizeMm + GRASP_MARGIN_MM + RELEASE_EXTRA_MM) released = this.release(held, s.t, 'opened');
        else this.follow(held);
      } else grasped = this.checkGrasp(s.t) ?? grasped;
    }
    return { grasped, released };
  }

  /** A finger lifts (or the browser takes it): a held object is let go; a touch that never grasped may be a failed grasp. */
  up(s: Pick<InputSample, 'pointerId' | 't'>): PinchObjectState | null {
    const touch = this.touches.get(s.pointerId);
    if (!touch) return null;
    const held = this.heldBy(s.pointerId);
    const released = held ? this.release(held, s.t, 'lifted') : null;
    if (!touch.grasped) this.noteFailure(touch, s.t);
    this.touches.delete(s.pointerId);
    for (const other of this.touches.values()) if (other.candidate?.other === s.pointerId) other.candidate = null;
    return released;
  }

  /** A palm: forgotten, and whatever it held goes back where it was picked up. */
  discard(pointerId: number): PinchObjectState | null {
    const held = this.heldBy(pointerId);
    this.touches.delete(pointerId);
    if (!held) return null;
    const grasp = this.events.findLastIndex((e) => e.type === 'grasp' && e.itemId === held.spec.id);
    this.events.splice(grasp, 1);
    for (const id of held.heldBy!) { const t = this.touches.get(id); if (t) { t.partner = null; t.grasped = false; } }
    Object.assign(held, { heldBy: null, ...held.graspedAt });
    return held;
  }

  private checkGrasp(nowMs: number): PinchObjectState | null {
    const free = [...this.touches.entries()].filter(([, t]) => t.partner === null);
    for (let i = 0; i < free.length; i++) {
      for (let j = i + 1; j < free.length; j++) {
        const [idA, a] = free[i]!;
        const [idB, b] = free[j]!;
        for (const object of this.objects.values()) {
          if (object.inJar || object.heldBy) continue;
          const reach = object.spec.sizeMm / 2 + REACH_MM;
          const va = { x: a.x - object.x, y: a.y - object.y };
          const vb = { x: b.x - object.x, y: b.y - object.y };
          const da = Math.hypot(va.x, va.y);
          const db = Math.hypot(vb.x, vb.y);
          if (da > reach || db > reach) continue;
          const cos = da === 0 || db === 0 ? -1 : (va.x * vb.x + va.y * vb.y) / (da * db);
          if (cos > OPPOSITE_COS) continue;
          const aperture = Math.hypot(a.x - b.x, a.y - b.y);
          if (aperture <= object.spec.sizeMm + GRASP_MARGIN_MM) return this.grasp(object, [idA, idB], aperture, nowMs);
          a.candidate = { other: idB, itemId: object.spec.id };
          b.candidate = { other: idA, itemId: object.spec.id };
          a.paired = b.paired = true;
        }
      }
    }
    return null;
  }

  private grasp(object: PinchObjectState, ids: [number, number], aperture: number, nowMs: number): PinchObjectState {
    const [a, b] = ids.map((id) => this.touches.get(id)!);
    a!.partner = ids[1]; b!.partner = ids[0];
    a!.grasped = b!.grasped = true;
    object.heldBy = ids;
    const mid = { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
    object.offset = { x: object.x - mid.x, y: object.y - mid.y };
    object.graspedAt = { x: object.x, y: object.y };
    this.log({ type: 'grasp', itemId: object.spec.id, t: nowMs, ...mid, apertureMm: aperture });
    return object;
  }

  private follow(object: PinchObjectState): void {
    const [a, b] = object.heldBy!.map((id) => this.touches.get(id)!);
    object.x = (a!.x + b!.x) / 2 + object.offset.x;
    object.y = (a!.y + b!.y) / 2 + object.offset.y;
  }

  private release(object: PinchObjectState, nowMs: number, reason: 'opened' | 'lifted'): PinchObjectState {
    const [a, b] = object.heldBy!.map((id) => this.touches.get(id)!);
    for (const t of [a!, b!]) t.partner = null;
    object.heldBy = null;
    const { jar } = this.layout;
    object.inJar = Math.hypot(object.x - jar.x, object.y - jar.y) <= jar.diameterMm / 2;
    this.log({ type: 'release', itemId: object.spec.id, t: nowMs, x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2, apertureMm: Math.hypot(a!.x - b!.x, a!.y - b!.y), inJar: object.inJar, reason });
    return object;
  }

  /** One finger on an object, or two at it that never closed: a grasp that failed. */
  private noteFailure(touch: Touch, nowMs: number): void {
    if (touch.candidate) {
      const { itemId, other } = touch.candidate;
      const partner = this.touches.get(other);
      this.log({ type: 'failed', itemId, t: nowMs, x: (touch.x + (partner?.x ?? touch.x)) / 2, y: (touch.y + (partner?.y ?? touch.y)) / 2, apertureMm: partner ? Math.hypot(touch.x - partner.x, touch.y - partner.y) : null, reason: 'not-closing' });
      if (partner) partner.candidate = null; // one failure for the pair
      return;
    }
    if (touch.paired) return;
    const started = [...this.objects.values()].find((o) => !o.inJar && Math.hypot(touch.startX - o.x, touch.startY - o.y) <= o.spec.sizeMm / 2 + REACH_MM / 2);
    if (started) {
      this.log({ type: 'failed', itemId: started.spec.id, t: nowMs, x: touch.x, y: touch.y, apertureMm: null, reason: 'one-finger' });
    }
  }

  private heldBy(pointerId: number): PinchObjectState | null {
    return [...this.objects.values()].find((o) => o.heldBy?.includes(pointerId)) ?? null;
  }

  private log(event: PinchEvent): void {
    this.events.push({ ...event, t: event.t - this.originMs });
  }
}
