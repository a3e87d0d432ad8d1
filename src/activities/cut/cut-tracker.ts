import { distance } from '../../geometry/distance';
import { distanceToSegment } from '../../geometry/distance-to-segment';
import { pointInPolygon } from '../../geometry/point-in-polygon';
import { polygonArea } from '../../geometry/polygon-area';
import { segmentIntersection } from '../../geometry/segment-intersection';
import { mmPoint, type MmPoint } from '../../geometry/units';
import type { PaperSize } from './paper-pose';

/** The part of the sheet that came away, in the paper's frame, with the child's own edge along it. */
export interface FallenPiece {
  readonly outline: readonly MmPoint[];
  readonly areaMm2: number;
  /** How many points of the cut had been made when it came away. */
  readonly atPoint: number;
}

export interface CutTracker {
  /** The scissors moved on to here (paper frame); the piece, the moment the cut frees one. */
  add(point: MmPoint): FallenPiece | null;
}

/** A cut begun this close to the paper's edge begins at the edge: the blades sit over it. */
const START_EDGE_MM = 4;
/** The scissors' tip this near an earlier part of the cut joins it: about a blade's width, as no finger lands exactly on a line. */
const CLOSE_MM = 1.5;
/** The cut just made behind the tip is not a part to join. */
const RECENT_MM = 10;
/** A loop smaller than this is a wobble's confetti, not the piece: cutting goes on. */
const MIN_PIECE_MM2 = 25;

/**
 * Follows one continuous cut (the scissors' path, lifting and going on from
 * where they stopped) across a sheet and says when a piece comes free, as
 * real paper would: when the cut, having entered from an edge, leaves the
 * paper again, or when it crosses itself round a closed loop. Of the two
 * parts a cut across leaves, the piece is the one the helping hand is not
 * holding (`heldAt`, paper frame), or else the smaller.
 */
export function createCutTracker(paper: PaperSize, { heldAt }: { heldAt?: MmPoint } = {}): CutTracker {
  const points: MmPoint[] = [];
  /** Length of the cut up to each of its points. */
  const travelled: number[] = [];
  let entry: { point: MmPoint; from: number } | null = null;
  let done = false;
  return {
    add(point) {
      if (done) return null;
      points.push(point);
      const n = points.length;
      if (n === 1) {
        travelled.push(0);
        if (inside(point, paper) && edgeGap(point, paper) <= START_EDGE_MM) entry = { point: onEdge(point, paper), from: 0 };
        return null;
      }
      const a = points[n - 2]!;
      travelled.push(travelled[n - 2]! + distance(a, point));
      // Round a loop: the newest stretch crosses an earlier one, or its tip meets one (the blades are that wide).
      for (let j = n - 3; j >= 0; j--) {
        const crossing = j <= n - 4 ? segmentIntersection(a, point, points[j]!, points[j + 1]!) : null;
        const meets = !crossing && travelled[j + 1]! < travelled[n - 1]! - RECENT_MM && distanceToSegment(point, points[j]!, points[j + 1]!).distance <= CLOSE_MM;
        if (!crossing && !meets) continue;
        const outline = crossing ? [crossing, ...points.slice(j + 1, n - 1)] : points.slice(j + 1, n);
        if (polygonArea(outline) < MIN_PIECE_MM2) continue;
        done = true;
        return { outline, areaMm2: polygonArea(outline), atPoint: n };
      }
      const wasIn = inside(a, paper), isIn = inside(point, paper);
      if (!entry && !wasIn && isIn) entry = { point: crossRect(point, a, paper), from: n - 1 };
      else if (entry && wasIn && !isIn) {
        const exit = crossRect(a, point, paper);
        const path = [entry.point, ...points.slice(entry.from, n - 1).filter((p) => inside(p, paper)), exit];
        const sides = [[...path, ...cornersBetween(exit, entry.point, paper, 1)], [...path, ...cornersBetween(exit, entry.point, paper, -1)]];
        const free = heldAt ? sides.find((side) => !pointInPolygon(heldAt, side)) : sides.toSorted((p, q) => polygonArea(p) - polygonArea(q))[0];
        if (!free) return null; // the hand holds both sides: it is on the cut itself
        done = true;
        return { outline: free, areaMm2: polygonArea(free), atPoint: n };
      }
      return null;
    },
  };
}

function inside(p: MmPoint, { width, height }: PaperSize): boolean {
  return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
}

function edgeGap(p: MmPoint, { width, height }: PaperSize): number {
  return Math.min(p.x, width - p.x, p.y, height - p.y);
}

/** The nearest point of the paper's edge. */
function onEdge(p: MmPoint, paper: PaperSize): MmPoint {
  const gaps = [p.x, paper.width - p.x, p.y, paper.height - p.y];
  const nearest = gaps.indexOf(Math.min(...gaps));
  return [mmPoint(0, p.y), mmPoint(paper.width, p.y), mmPoint(p.x, 0), mmPoint(p.x, paper.height)][nearest]!;
}

/** Where the segment from `from` (on the paper) to `to` (off it) crosses the edge. */
function crossRect(from: MmPoint, to: MmPoint, { width, height }: PaperSize): MmPoint {
  let t = 1;
  const dx = to.x - from.x, dy = to.y - from.y;
  if (to.x < 0) t = Math.min(t, -from.x / dx);
  if (to.x > width) t = Math.min(t, (width - from.x) / dx);
  if (to.y < 0) t = Math.min(t, -from.y / dy);
  if (to.y > height) t = Math.min(t, (height - from.y) / dy);
  return mmPoint(Math.min(width, Math.max(0, from.x + t * dx)), Math.min(height, Math.max(0, from.y + t * dy)));
}

/** Distance round the edge clockwise from the top-left corner. */
function around(p: MmPoint, { width, height }: PaperSize): number {
  if (p.y <= 0) return p.x;
  if (p.x >= width) return width + p.y;
  if (p.y >= height) return width + height + (width - p.x);
  return 2 * width + height + (height - p.y);
}

/** The paper's corners met going round its edge from one edge point to another, clockwise (1) or anticlockwise (-1). */
function cornersBetween(from: MmPoint, to: MmPoint, paper: PaperSize, way: 1 | -1): MmPoint[] {
  const { width, height } = paper;
  const perimeter = 2 * (width + height);
  const corners = [{ s: 0, p: mmPoint(0, 0) }, { s: width, p: mmPoint(width, 0) }, { s: width + height, p: mmPoint(width, height) }, { s: 2 * width + height, p: mmPoint(0, height) }];
  const start = around(from, paper);
  const span = (((way * (around(to, paper) - start)) % perimeter) + perimeter) % perimeter;
  return corners
    .map((c) => ({ ...c, gone: (((way * (c.s - start)) % perimeter) + perimeter) % perimeter }))
    .filter((c) => c.gone > 0 && c.gone < span)
    .sort((a, b) => a.gone - b.gone)
    .map((c) => c.p);
}
