import { recordedSample } from '../../input/recorded-sample';
import type { InputSample } from '../../input/input-sample';
import type { Stroke } from '../../schema/parts';
import { binAt, type PlacedItem, type SortLayout } from './layout';
import { pictureContains, pictureOf } from './pictures';

export type DropOutcome = 'correct' | 'wrong' | 'outside' | 'cancelled';

/** A grab or a drop: where the finger was (x, y) and where the object's centre was (itemX, itemY), mm; t in ms since the round began. */
export interface SortEvent {
  readonly type: 'grab' | 'drop';
  readonly itemId: string;
  /** The carry's index in the round's strokes. */
  readonly stroke: number;
  readonly t: number;
  readonly x: number;
  readonly y: number;
  readonly itemX: number;
  readonly itemY: number;
  /** Drops: what became of the object, and the bin it landed in (null: none). */
  readonly outcome?: DropOutcome;
  readonly bin?: string | null;
}

export interface ItemState {
  readonly spec: PlacedItem;
  x: number;
  y: number;
  status: 'table' | 'held' | 'sorted';
  /** The bin it rests in, or null while it is on the table. */
  placedIn: string | null;
  grabs: number;
}

export interface Drop {
  readonly itemId: string;
  readonly outcome: DropOutcome;
  readonly bin: string | null;
  /** Where the object now rests: in its place in the bin, or back home. */
  readonly restX: number;
  readonly restY: number;
}

interface Carry { readonly itemId: string; readonly dx: number; readonly dy: number; readonly stroke: number }

/** Space kept between a sorted object and its bin's rim, and between sorted objects, mm. */
const BIN_RIM_MM = 2;
const SLOT_GAP_MM = 1;

/**
 * The headless state of one sorting round: which object each finger holds,
 * where everything is, and every grab, drop and carried path. No Phaser,
 * no DOM; the scene forwards input and animates what this decides.
 */
export class SortRound {
  readonly items: ReadonlyMap<string, ItemState>;
  readonly events: SortEvent[] = [];
  readonly strokes: Stroke[] = [];
  /** Touches that landed on no object. */
  grabMisses = 0;
  private readonly carries = new Map<number, Carry>();
  /** Drawing order, bottom first: the last object picked up lies on top. */
  private readonly order: string[];

  constructor(private readonly layout: SortLayout, private readonly options: { originMs: number; grabMarginMm: number }) {
    this.items = new Map(layout.items.map((spec) => [spec.id, { spec, x: spec.x, y: spec.y, status: 'table' as const, placedIn: null, grabs: 0 }]));
    this.order = layout.items.map((i) => i.id);
  }

  /** The child has touched the table: leaving now saves an abandoned round. */
  get touched(): boolean {
    return this.events.length > 0 || this.grabMisses > 0;
  }

  /** Objects sorted, of all that belong in a bin. */
  get progress(): { done: number; total: number } {
    const sortable = [...this.items.values()].filter((i) => i.spec.bin !== null);
    return { done: sortable.filter((i) => i.status === 'sorted').length, total: sortable.length };
  }

  /** Every object that belongs in a bin is in it. */
  get finished(): boolean {
    const sortable = [...this.items.values()].filter((i) => i.spec.bin !== null);
    return sortable.length > 0 && sortable.every((i) => i.status === 'sorted');
  }

  get carrying(): number {
    return this.carries.size;
  }

  /** The object on top under a point that can be picked up: on the table and not already held. */
  itemAt(x: number, y: number): ItemState | null {
    for (let i = this.order.length - 1; i >= 0; i--) {
      const item = this.items.get(this.order[i]!)!;
      if (item.status !== 'table') continue;
      const margin = this.options.grabMarginMm / item.spec.sizeMm;
      if (pictureContains(pictureOf(item.spec.kind), (x - item.x) / item.spec.sizeMm, (y - item.y) / item.spec.sizeMm, margin)) return item;
    }
    return null;
  }

  /** A finger comes down: it picks up the object under it, if any. */
  grab(sample: InputSample): ItemState | null {
    if (this.carries.has(sample.pointerId)) return null;
    const item = this.itemAt(sample.x, sample.y);
    if (!item) { this.grabMisses++; return null; }
    item.status = 'held';
    item.grabs++;
    this.order.splice(this.order.indexOf(item.spec.id), 1);
    this.order.push(item.spec.id);
    const stroke = this.strokes.push({ pointerType: sample.pointerType, points: [this.point(sample)] }) - 1;
    this.carries.set(sample.pointerId, { itemId: item.spec.id, dx: item.x - sample.x, dy: item.y - sample.y, stroke });
    this.log('grab', item, sample, stroke);
    return item;
  }

  /** The finger moves: its object follows exactly, keeping the offset it was picked up at. */
  move(samples: readonly InputSample[]): ItemState | null {
    let moved: ItemState | null = null;
    for (const s of samples) {
      const carry = this.carries.get(s.pointerId);
      if (!carry) continue;
      this.strokes[carry.stroke]!.points.push(this.point(s));
      moved = this.items.get(carry.itemId)!;
      moved.x = s.x + carry.dx;
      moved.y = s.y + carry.dy;
    }
    return moved;
  }

  /** The finger lifts: the object lands in a bin, or goes back where it came from. */
  release(sample: InputSample): Drop | null {
    const carry = this.carries.get(sample.pointerId);
    if (!carry) return null;
    this.strokes[carry.stroke]!.points.push(this.point(sample));
    const item = this.items.get(carry.itemId)!;
    item.x = sample.x + carry.dx;
    item.y = sample.y + carry.dy;
    const bin = binAt(this.layout.bins, item.x, item.y);
    const outcome: DropOutcome = !bin ? 'outside' : bin.id === item.spec.bin ? 'correct' : 'wrong';
    return this.land(sample.pointerId, carry, item, sample, outcome, bin?.id ?? null);
  }

  /** The browser took the pointer: the object goes back, and the drop is marked as cancelled. */
  cancel(pointerId: number, nowMs: number): Drop | null {
    const carry = this.carries.get(pointerId);
    if (!carry) return null;
    const item = this.items.get(carry.itemId)!;
    const last = this.strokes[carry.stroke]!.points.at(-1)!;
    const at = { x: last.x, y: last.y, t: nowMs, pointerId } as InputSample;
    return this.land(pointerId, carry, item, at, 'cancelled', null);
  }

  /** A palm, not a hand carrying anything: the object goes back and the carry is forgotten. */
  discard(pointerId: number): ItemState | null {
    const carry = this.carries.get(pointerId);
    if (!carry) return null;
    this.carries.delete(pointerId);
    const item = this.items.get(carry.itemId)!;
    Object.assign(item, { x: item.spec.x, y: item.spec.y, status: 'table', grabs: item.grabs - 1 });
    // Forget the carry's grab and path; later carries' stroke numbers close up behind it.
    this.strokes.splice(carry.stroke, 1);
    const renumber = <T extends { stroke: number }>(x: T): T => (x.stroke > carry.stroke ? { ...x, stroke: x.stroke - 1 } : x);
    const kept = this.events.filter((e) => e.stroke !== carry.stroke).map(renumber);
    this.events.splice(0, this.events.length, ...kept);
    for (const [id, other] of this.carries) this.carries.set(id, renumber(other));
    return item;
  }

  private land(pointerId: number, carry: Carry, item: ItemState, at: InputSample, outcome: DropOutcome, bin: string | null): Drop {
    this.carries.delete(pointerId);
    this.log('drop', item, at, carry.stroke, outcome, bin); // where the child let go
    if (outcome === 'correct') {
      const slot = this.nextSlot(bin!, item.spec.sizeMm);
      Object.assign(item, { ...slot, status: 'sorted', placedIn: bin });
    } else {
      Object.assign(item, { x: item.spec.x, y: item.spec.y, status: 'table' });
    }
    return { itemId: item.spec.id, outcome, bin, restX: item.x, restY: item.y };
  }

  /**
   * Where the next object settles in a bin: side by side along its floor,
   * then a row higher, so every sorted object stays in sight. (A bin holds
   * one size of object in every rule.) When the bin is full they pile up.
   */
  private nextSlot(binId: string, sizeMm: number): { x: number; y: number } {
    const box = this.layout.bins.find((b) => b.id === binId)!;
    const already = [...this.items.values()].filter((i) => i.placedIn === binId).length;
    const slot = sizeMm + SLOT_GAP_MM;
    const columns = Math.max(1, Math.floor((box.width - 2 * BIN_RIM_MM) / slot));
    const rows = Math.max(1, Math.floor((box.height - 2 * BIN_RIM_MM) / slot));
    const place = already % (columns * rows);
    const left = box.x + (box.width - Math.min(columns, this.sortableFor(binId)) * slot) / 2;
    return {
      x: left + slot * ((place % columns) + 0.5),
      y: box.y + box.height - BIN_RIM_MM - slot * (Math.floor(place / columns) + 0.5),
    };
  }

  /** How many objects belong in a bin: a short row is centred. */
  private sortableFor(binId: string): number {
    return [...this.items.values()].filter((i) => i.spec.bin === binId).length;
  }

  private log(type: SortEvent['type'], item: ItemState, at: Pick<InputSample, 'x' | 'y' | 't'>, stroke: number, outcome?: DropOutcome, bin?: string | null): void {
    this.events.push({ type, itemId: item.spec.id, stroke, t: at.t - this.options.originMs, x: at.x, y: at.y, itemX: item.x, itemY: item.y, ...(outcome ? { outcome, bin: bin ?? null } : {}) });
  }

  private point(s: InputSample): Stroke['points'][number] {
    return recordedSample(s, this.options.originMs);
  }
}
