import { distanceToSegment } from './distance-to-segment';
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
  /** Grid cell size. Near the corridor width keeps rings few and cells sparse. */
  cellMm?: number;
}

interface Segment {
  readonly a: MmPoint;
  readonly b: MmPoint;
  readonly polyline: number;
  readonly startArcLength: number;
  readonly length: number;
}

/**
 * Exact nearest-point queries against a set of polylines through a uniform
 * grid, searched in growing rings. Scoring asks one query per 0.5 mm of ink,
 * so brute force over every template segment would be quadratic.
 */
export function createPolylineIndex(lines: readonly MmPolyline[], { cellMm = 4 }: PolylineIndexOptions = {}): PolylineIndex {
  const segments: Segment[] = [];
  lines.forEach((line, polyline) => {
    let arc = 0;
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      segments.push({ a, b, polyline, startArcLength: arc, length });
      arc += length;
    }
    // A single-point polyline is still something to be near.
    if (line.length === 1) segments.push({ a: line[0]!, b: line[0]!, polyline, startArcLength: 0, length: 0 });
  });
  if (segments.length === 0) throw new Error('createPolylineIndex needs at least one point');

  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const s of segments) {
    minX = Math.min(minX, s.a.x, s.b.x); maxX = Math.max(maxX, s.a.x, s.b.x);
    minY = Math.min(minY, s.a.y, s.b.y); maxY = Math.max(maxY, s.a.y, s.b.y);
  }
  const columns = Math.max(1, Math.ceil((maxX - minX) / cellMm) + 1);
  const rows = Math.max(1, Math.ceil((maxY - minY) / cellMm) + 1);
  const cells: number[][] = Array.from({ length: columns * rows }, () => []);
  const column = (x: number) => Math.floor((x - minX) / cellMm);
  const row = (y: number) => Math.floor((y - minY) / cellMm);

  segments.forEach((s, index) => {
    // A segment's bounding box of cells; segments are short, so few extra cells.
    for (let r = row(Math.min(s.a.y, s.b.y)); r <= row(Math.max(s.a.y, s.b.y)); r++) {
      for (let c = column(Math.min(s.a.x, s.b.x)); c <= column(Math.max(s.a.x, s.b.x)); c++) cells[r * columns + c]!.push(index);
    }
  });

  const seenAtQuery = new Uint32Array(segments.length);
  let query = 0;

  function nearest(p: MmPoint): NearestOnPolylines {
    query++;
    const pc = column(p.x);
    const pr = row(p.y);
    let best = Infinity;
    let bestSegment = segments[0]!;
    let bestAlong = 0;
    const visit = (c: number, r: number) => {
      for (const index of cells[r * columns + c]!) {
        if (seenAtQuery[index] === query) continue;
        seenAtQuery[index] = query;
        const s = segments[index]!;
        const hit = distanceToSegment(p, s.a, s.b);
        if (hit.distance < best) { best = hit.distance; bestSegment = s; bestAlong = hit.along; }
      }
    };
    // The first ring that touches the grid when the point lies outside it.
    const outside = Math.max(0, -pc, pc - (columns - 1), -pr, pr - (rows - 1));
    const lastRing = Math.max(pc, columns - 1 - pc, pr, rows - 1 - pr);
    for (let ring = outside; ring <= lastRing; ring++) {
      const c0 = Math.max(0, pc - ring), c1 = Math.min(columns - 1, pc + ring);
      const r0 = Math.max(0, pr - ring), r1 = Math.min(rows - 1, pr + ring);
      if (pr - ring >= 0) for (let c = c0; c <= c1; c++) visit(c, pr - ring);
      if (ring > 0 && pr + ring < rows) for (let c = c0; c <= c1; c++) visit(c, pr + ring);
      if (pc - ring >= 0) for (let r = r0; r <= r1; r++) visit(pc - ring, r);
      if (ring > 0 && pc + ring < columns) for (let r = r0; r <= r1; r++) visit(pc + ring, r);
      // Anything not yet visited lies outside this ring, at least ring cells away.
      if (best <= ring * cellMm) break;
    }
    return { distance: best, polyline: bestSegment.polyline, arcLengthMm: bestSegment.startArcLength + bestAlong * bestSegment.length };
  }

  return { nearest };
}
