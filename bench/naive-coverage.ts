import { pointInRings } from '../src/geometry/point-in-rings';
import type { MmPoint, MmPolyline } from '../src/geometry/units';
import type { GridArea } from '../src/activities/colour/coverage-grid';

/**
 * The obvious way, for comparison only: the same cells and the same crayon,
 * but coverage found by counting the whole grid again after every sample.
 */
export class NaiveCoverage {
  private readonly columns: number;
  private readonly rows: number;
  private readonly inTarget: Uint8Array;
  private readonly coloured: Uint8Array;

  constructor(rings: readonly MmPolyline[], private readonly area: GridArea, private readonly cellMm: number) {
    this.columns = Math.ceil(area.width / cellMm);
    this.rows = Math.ceil(area.height / cellMm);
    this.inTarget = new Uint8Array(this.columns * this.rows);
    this.coloured = new Uint8Array(this.columns * this.rows);
    for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) {
      const p = { x: area.x + (column + 0.5) * cellMm, y: area.y + (row + 0.5) * cellMm } as MmPoint;
      if (pointInRings(p, rings)) this.inTarget[row * this.columns + column] = 1;
    }
  }

  stamp(a: MmPoint, b: MmPoint, radius: number): void {
    const { area, cellMm, columns } = this;
    const dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
    for (let row = Math.max(0, Math.floor((Math.min(a.y, b.y) - radius - area.y) / cellMm)); row <= Math.min(this.rows - 1, Math.floor((Math.max(a.y, b.y) + radius - area.y) / cellMm)); row++) {
      for (let column = Math.max(0, Math.floor((Math.min(a.x, b.x) - radius - area.x) / cellMm)); column <= Math.min(columns - 1, Math.floor((Math.max(a.x, b.x) + radius - area.x) / cellMm)); column++) {
        const x = area.x + (column + 0.5) * cellMm, y = area.y + (row + 0.5) * cellMm;
        const u = l2 === 0 ? 0 : Math.min(1, Math.max(0, ((x - a.x) * dx + (y - a.y) * dy) / l2));
        if ((x - a.x - u * dx) ** 2 + (y - a.y - u * dy) ** 2 <= radius * radius) this.coloured[row * columns + column] = 1;
      }
    }
  }

  /** Every cell looked at again. */
  coveragePct(): number {
    let inside = 0, done = 0;
    for (let cell = 0; cell < this.coloured.length; cell++) {
      if (this.inTarget[cell]) { inside++; if (this.coloured[cell]) done++; }
    }
    return (100 * done) / inside;
  }
}
