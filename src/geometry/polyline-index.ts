import type { MmPoint, MmPolyline } from './units';

export interface NearestOnPolylines {
  /** Distance in mm to the nearest point of any polyline. */
  readonly distance: number;
  /** Which polyline that point lies on. */
  readonly polyline: number;
  /** How far along that polyline (mm from its start) the point lies. */
  readonly arcLengthMm: number;
}

export interface PolylineIndex {
  nearest(p: MmPoint): NearestOnPolylines;
}

export interface PolylineIndexOptions {
  /** Grid cell size: about the spacing of a child's wobble keeps cells sparse and searches short. */
  cellMm?: number;
}

/**
 * Exact nearest-point queries against a set of polylines. Segments sit in a
 * uniform grid, searched in growing rings until nothing outside the searched
 * square can be nearer. Scoring asks one query per 0.5 mm of ink, so this is
 * the hot loop: flat typed arrays, no allocation per segment.
 */
export function createPolylineIndex(lines: readonly MmPolyline[], { cellMm = 3 }: PolylineIndexOptions = {}): PolylineIndex {
  const count = lines.reduce((n, line) => n + Math.max(1, line.length - 1), 0);
  const ax = new Float64Array(count), ay = new Float64Array(count), bx = new Float64Array(count), by = new Float64Array(count);
  const startArc = new Float64Array(count), length = new Float64Array(count);
  const owner = new Int32Array(count);
  let n = 0;
  lines.forEach((line, polyline) => {
    if (line.length === 0) return;
    let arc = 0;
    // A single-point polyline is a zero-length segment: still something to be near.
    const last = Math.max(1, line.length - 1);
    for (let i = 0; i < last; i++) {
      const a = line[i]!, b = line[Math.min(i + 1, line.length - 1)]!;
      ax[n] = a.x; ay[n] = a.y; bx[n] = b.x; by[n] = b.y;
      length[n] = Math.sqrt((b.x - a.x) ** 2 + (b.y - a.y) ** 2);
      startArc[n] = arc; owner[n] = polyline;
      arc += length[n]!;
      n++;
    }
  });
  if (n === 0) throw new Error('createPolylineIndex needs at least one point');

  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, ax[i]!, bx[i]!); maxX = Math.max(maxX, ax[i]!, bx[i]!);
    minY = Math.min(minY, ay[i]!, by[i]!); maxY = Math.max(maxY, ay[i]!, by[i]!);
  }
  const columns = Math.floor((maxX - minX) / cellMm) + 1;
  const rows = Math.floor((maxY - minY) / cellMm) + 1;
  const column = (x: number) => Math.floor((x - minX) / cellMm);
  const row = (y: number) => Math.floor((y - minY) / cellMm);

  // Cells as one flat list (compressed rows): cellStart[c]..cellStart[c+1] index cellItems.
  const forEachCell = (i: number, visit: (cell: number) => void) => {
    for (let r = row(Math.min(ay[i]!, by[i]!)); r <= row(Math.max(ay[i]!, by[i]!)); r++) {
      for (let c = column(Math.min(ax[i]!, bx[i]!)); c <= column(Math.max(ax[i]!, bx[i]!)); c++) visit(r * columns + c);
    }
  };
  const cellStart = new Int32Array(columns * rows + 1);
  for (let i = 0; i < n; i++) forEachCell(i, (cell) => cellStart[cell + 1]!++);
  for (let c = 0; c < columns * rows; c++) cellStart[c + 1]! += cellStart[c]!;
  const fill = cellStart.slice(0, columns * rows);
  const cellItems = new Int32Array(cellStart[columns * rows]!);
  for (let i = 0; i < n; i++) forEachCell(i, (cell) => { cellItems[fill[cell]!++] = i; });

  const seenAtQuery = new Uint32Array(n);
  let query = 0;

  // The query's state lives here, not in a closure per query: this runs thousands of times per score.
  let px = 0, py = 0, best = Infinity, bestSegment = 0, bestAlong = 0;
  function visit(c: number, r: number): void {
    const cell = r * columns + c;
    for (let k = cellStart[cell]!; k < cellStart[cell + 1]!; k++) {
      const i = cellItems[k]!;
      if (seenAtQuery[i] === query) continue;
      seenAtQuery[i] = query;
      const dx = bx[i]! - ax[i]!, dy = by[i]! - ay[i]!;
      const l2 = dx * dx + dy * dy;
      let along = l2 === 0 ? 0 : ((px - ax[i]!) * dx + (py - ay[i]!) * dy) / l2;
      along = along < 0 ? 0 : along > 1 ? 1 : along;
      const ex = px - (ax[i]! + along * dx), ey = py - (ay[i]! + along * dy);
      const d2 = ex * ex + ey * ey;
      if (d2 < best) { best = d2; bestSegment = i; bestAlong = along; }
    }
  }

  function nearest(p: MmPoint): NearestOnPolylines {
    query++;
    px = p.x; py = p.y; best = Infinity; bestSegment = 0; bestAlong = 0;
    const pc = column(px), pr = row(py);
    // The first ring that touches the grid when the point lies outside it.
    const firstRing = Math.max(0, -pc, pc - (columns - 1), -pr, pr - (rows - 1));
    const lastRing = Math.max(pc, columns - 1 - pc, pr, rows - 1 - pr);
    for (let ring = firstRing; ring <= lastRing; ring++) {
      const c0 = Math.max(0, pc - ring), c1 = Math.min(columns - 1, pc + ring);
      const r0 = Math.max(0, pr - ring), r1 = Math.min(rows - 1, pr + ring);
      if (pr - ring >= 0) for (let c = c0; c <= c1; c++) visit(c, pr - ring);
      if (ring > 0 && pr + ring < rows) for (let c = c0; c <= c1; c++) visit(c, pr + ring);
      if (pc - ring >= 0) for (let r = r0 + (pr - ring >= 0 ? 1 : 0); r <= r1 - (ring > 0 && pr + ring < rows ? 1 : 0); r++) visit(pc - ring, r);
      if (ring > 0 && pc + ring < columns) for (let r = r0 + (pr - ring >= 0 ? 1 : 0); r <= r1 - (pr + ring < rows ? 1 : 0); r++) visit(pc + ring, r);
      // Every unvisited segment lies outside the searched square, so at least this far away.
      const outside = Math.min(px - (minX + (pc - ring) * cellMm), minX + (pc + ring + 1) * cellMm - px, py - (minY + (pr - ring) * cellMm), minY + (pr + ring + 1) * cellMm - py);
      if (best <= outside * outside) break;
    }
    return { distance: Math.sqrt(best), polyline: owner[bestSegment]!, arcLengthMm: startArc[bestSegment]! + bestAlong * length[bestSegment]! };
  }

  return { nearest };
}
