import type { MmPoint, MmPolyline } from '../../geometry/units';

/** The ceiling: cells of at most 0.5 mm, finer than a crayon's grain, so coverage is read to well under 1%. */
export const DEFAULT_CELL_MM = 0.5;
/** Colour within this distance of the target's outline, either side, is edge work: the hardest part (docs/metrics.md). */
export const EDGE_BAND_MM = 2;
/** A cell that belongs to no part of the picture. */
const NO_REGION = 255;

/** The play area the grid covers, in mm; colour can go anywhere on it. */
export interface GridArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What the grid has counted, in cells (each `cellMm²`). */
export interface CoverageCounts {
  /** Cells of each part, and of each part coloured. */
  readonly cellsByRegion: readonly number[];
  readonly colouredByRegion: readonly number[];
  /** Every cell coloured, and those not in the target part (the background and the other parts). */
  readonly coloured: number;
  readonly colouredOutside: number;
  /** Coloured within the edge band (either side of the target's outline); the band inside the target, and how much of it is coloured. */
  readonly colouredNearEdge: number;
  readonly innerEdgeCells: number;
  readonly colouredInnerEdge: number;
}

export interface CoverageGrid {
  readonly cellMm: number;
  readonly columns: number;
  readonly rows: number;
  /** Colours every cell whose centre lies within `radiusMm` of the segment a–b (a crayon's swept disc). */
  stamp(a: MmPoint, b: MmPoint, radiusMm: number): void;
  counts(): CoverageCounts;
}

export interface CoverageGridOptions {
  cellMm?: number;
  edgeBandMm?: number;
}

/**
 * A grid of cells over the play area, each knowing which part of the picture
 * it belongs to and whether it lies near the target's outline, set once. The
 * crayon then stamps only the cells under it, keeping running counts, so a
 * sample costs the same in the first second and the thirtieth: nothing ever
 * scans the whole grid again.
 */
export function createCoverageGrid(regions: readonly (readonly MmPolyline[])[], target: number, area: GridArea, { cellMm = DEFAULT_CELL_MM, edgeBandMm = EDGE_BAND_MM }: CoverageGridOptions = {}): CoverageGrid {
  const columns = Math.max(1, Math.ceil(area.width / cellMm));
  const rows = Math.max(1, Math.ceil(area.height / cellMm));
  /** Cell centres, in the area's mm. */
  const cx = (column: number) => area.x + (column + 0.5) * cellMm;
  const cy = (row: number) => area.y + (row + 0.5) * cellMm;
  const label = new Uint8Array(columns * rows).fill(NO_REGION);
  const nearEdge = new Uint8Array(columns * rows);
  const coloured = new Uint8Array(columns * rows);
  regions.forEach((rings, r) => fillRings(rings, (cell) => { label[cell] = r; }));
  for (const ring of regions[target] ?? []) for (let i = 0; i + 1 < ring.length; i++) markNear(ring[i]!, ring[i + 1]!);

  const cellsByRegion = regions.map(() => 0);
  let innerEdgeCells = 0;
  for (let cell = 0; cell < label.length; cell++) {
    if (label[cell] !== NO_REGION) cellsByRegion[label[cell]!]!++;
    if (nearEdge[cell] && label[cell] === target) innerEdgeCells++;
  }
  const colouredByRegion = regions.map(() => 0);
  let colouredCount = 0, colouredOutside = 0, colouredNearEdge = 0, colouredInnerEdge = 0;

  /** Even-odd scanlines: each row's crossings with every ring, filled pairwise between. */
  function fillRings(rings: readonly MmPolyline[], set: (cell: number) => void): void {
    for (let row = 0; row < rows; row++) {
      const y = cy(row);
      const xs: number[] = [];
      for (const ring of rings) {
        for (let i = 0; i < ring.length; i++) {
          const a = ring[i]!, b = ring[(i + 1) % ring.length]!;
          if (a.y > y !== b.y > y) xs.push(a.x + ((y - a.y) * (b.x - a.x)) / (b.y - a.y));
        }
      }
      xs.sort((p, q) => p - q);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const from = Math.max(0, Math.ceil((xs[k]! - area.x) / cellMm - 0.5));
        const to = Math.min(columns - 1, Math.ceil((xs[k + 1]! - area.x) / cellMm - 0.5) - 1);
        for (let column = from; column <= to; column++) set(row * columns + column);
      }
    }
  }

  function markNear(a: MmPoint, b: MmPoint): void {
    forCellsWithin(a, b, edgeBandMm, (cell) => { nearEdge[cell] = 1; });
  }

  /** Every cell whose centre is within `radius` of segment a–b: only the cells of its bounding box are looked at. */
  function forCellsWithin(a: MmPoint, b: MmPoint, radius: number, visit: (cell: number) => void): void {
    const c0 = Math.max(0, Math.floor((Math.min(a.x, b.x) - radius - area.x) / cellMm));
    const c1 = Math.min(columns - 1, Math.floor((Math.max(a.x, b.x) + radius - area.x) / cellMm));
    const r0 = Math.max(0, Math.floor((Math.min(a.y, b.y) - radius - area.y) / cellMm));
    const r1 = Math.min(rows - 1, Math.floor((Math.max(a.y, b.y) + radius - area.y) / cellMm));
    const dx = b.x - a.x, dy = b.y - a.y;
    const lengthSquared = dx * dx + dy * dy;
    const r2 = radius * radius;
    for (let row = r0; row <= r1; row++) {
      const y = cy(row);
      for (let column = c0; column <= c1; column++) {
        const x = cx(column);
        const along = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared));
        const ex = x - (a.x + along * dx), ey = y - (a.y + along * dy);
        if (ex * ex + ey * ey <= r2) visit(row * columns + column);
      }
    }
  }

  function colour(cell: number): void {
    if (coloured[cell]) return;
    coloured[cell] = 1;
    colouredCount++;
    const part = label[cell]!;
    if (part !== NO_REGION) colouredByRegion[part]!++;
    if (part !== target) colouredOutside++;
    if (nearEdge[cell]) {
      colouredNearEdge++;
      if (part === target) colouredInnerEdge++;
    }
  }

  return {
    cellMm, columns, rows,
    stamp(a, b, radiusMm) {
      // A long jump (a dropped frame) is stamped in pieces about a crayon wide, so no box grows with the square of its length.
      const pieces = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / Math.max(radiusMm, cellMm)));
      let from = a;
      for (let k = 1; k <= pieces; k++) {
        const to = k === pieces ? b : ({ x: a.x + ((b.x - a.x) * k) / pieces, y: a.y + ((b.y - a.y) * k) / pieces } as MmPoint);
        forCellsWithin(from, to, radiusMm, colour);
        from = to;
      }
    },
    counts: () => ({
      cellsByRegion: [...cellsByRegion], colouredByRegion: [...colouredByRegion],
      coloured: colouredCount, colouredOutside, colouredNearEdge, innerEdgeCells, colouredInnerEdge,
    }),
  };
}
