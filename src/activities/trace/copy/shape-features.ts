import { boundingBox, drawingSize } from '../../../geometry/bounding-box';
import { resample } from '../../../geometry/resample';
import { smooth } from '../../../geometry/smooth';
import type { MmPoint, MmPolyline } from '../../../geometry/units';
import { readContour } from './contour';
import { crossingShape } from './crossing-arms';
import { endpointGaps } from './endpoint-gaps';
import { hullFill } from './hull-fill';
import { segmentCrossing } from './line-geometry';

/**
 * Plain geometric facts about a drawing that a template matcher cannot see
 * well: whether it closes, crosses itself, is thin like a line, or winds
 * round like a spiral. All are invariant to position and size.
 */
export interface ShapeFeatures {
  /** Largest side of the bounding box, mm. */
  sizeMm: number;
  /** The largest distance from a stroke's end to other ink (beyond half the size along its own stroke), ÷ size: near 0 for a closed figure. */
  largestEndGapShare: number;
  /**
   * The ink crosses itself away from its ends (each part at least a tenth of
   * its stroke from either end), as an X or a cross does; a closed figure's
   * overlapping ends do not count.
   */
  crossesItself: boolean;
  /**
   * At that crossing, how far the lines' bisectors lie from the screen's
   * axes, 0–45°: near 0 for an X (its lines lean equally either side of
   * upright), near 45 for an upright cross. Null without a crossing.
   */
  crossingTiltDeg: number | null;
  /**
   * At that crossing, how far the shortest of the four arms that meet there
   * reaches, ÷ size: about ½ for an X or a cross, small for an arrow's head
   * (crossing-arms.ts). 0 without a crossing.
   */
  crossingArmShare: number;
  /** When a stroke crosses itself there, how round the loop between its passes is (crossing-arms.ts); null otherwise. */
  loopFill: number | null;
  /**
   * How unevenly the ink lies round the middle of its box, with the box
   * stretched to a square so an ellipse counts as round: the spread of those
   * distances ÷ their mean. Near 0 for a circle, even an open one; a question
   * mark's stem, a triangle's corners lie much further out than the rest.
   */
  radialSpread: number;
  /** How fully the ink's hull fills its smallest enclosing rectangle: ½ triangle, π/4 ellipse, 1 rectangle (hull-fill.ts). */
  hullFill: number;
  /** Spread across the main direction ÷ spread along it (principal axes): 0 for a straight line. */
  thinness: number;
  /**
   * How much further from the centre the ink is at one end of its path than
   * at the other (mean distance over its first and last quarters, larger ÷
   * smaller): about 1 for circles gone round again and again, several for a
   * spiral, drawn inwards or outwards.
   */
  radialGrowth: number;
  /** Corners of the figure, inside strokes and where strokes meet (see readContour), read on the steadied ink. */
  corners: number;
  /**
   * The share of directions round the ink's centre (in 10° sectors) that
   * some ink lies in: 1 for any closed figure, however many strokes it took,
   * in whatever order and direction, and still nearly 1 with gaps at its
   * corners; ¾ for a "C".
   */
  angularCoverage: number;
  /** Turns the ink makes round its own centre, counted along the strokes: 1 for a circle, 3 for our spiral. */
  windingTurns: number;
}

/** Fine enough for the shapes of a form, coarse enough that tremor does not count as crossings. */
const POINTS_PER_SIZE = 48;
/**
 * Each resampled point averaged with two neighbours either side before the
 * features are read: a shaky hand's wobble (a millimetre or two, sample to
 * sample) averages out, while any bend across more than a twelfth of the
 * size, a corner included, stays.
 */
const STEADY_REACH = 2;

export function shapeFeatures(strokes: readonly MmPolyline[]): ShapeFeatures {
  const all = strokes.flat();
  const sizeMm = drawingSize(all);
  const lines = resampleBySize(strokes);
  const points = lines.flat();
  const centre = centroid(points);
  const contour = readContour(lines);
  const crossing = findCrossing(lines);
  return {
    sizeMm,
    largestEndGapShare: Math.max(0, ...endpointGaps(lines, sizeMm / 2)) / sizeMm,
    crossesItself: crossing !== null,
    crossingTiltDeg: crossing?.tiltDeg ?? null,
    crossingArmShare: crossing?.armShare ?? 0,
    loopFill: crossing?.loopFill ?? null,
    hullFill: hullFill(all),
    radialSpread: radialSpread(points),
    thinness: thinness(all),
    windingTurns: windingTurns(lines, centre),
    angularCoverage: angularCoverage(points, centre),
    radialGrowth: radialGrowth(points, centre),
    corners: contour.corners.length,
  };
}

function centroid(points: readonly MmPoint[]): { x: number; y: number } {
  let x = 0, y = 0;
  for (const p of points) { x += p.x; y += p.y; }
  return { x: x / points.length, y: y / points.length };
}

function thinness(points: readonly MmPoint[]): number {
  const c = centroid(points);
  let xx = 0, yy = 0, xy = 0;
  for (const p of points) { const dx = p.x - c.x, dy = p.y - c.y; xx += dx * dx; yy += dy * dy; xy += dx * dy; }
  // Eigenvalues of the covariance matrix: the variances along and across the main axis.
  const mean = (xx + yy) / 2;
  const spread = Math.sqrt(((xx - yy) / 2) ** 2 + xy * xy);
  return Math.sqrt(Math.max(0, mean - spread) / Math.max(mean + spread, 1e-12));
}

function radialSpread(points: readonly MmPoint[]): number {
  const box = boundingBox(points);
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const d = points.map((p) => Math.hypot((p.x - cx) / (box.width || 1), (p.y - cy) / (box.height || 1)));
  const mean = d.reduce((a, b) => a + b, 0) / d.length;
  return mean > 0 ? Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / d.length) / mean : 0;
}

function radialGrowth(points: readonly MmPoint[], c: { x: number; y: number }): number {
  const quarter = Math.max(1, Math.floor(points.length / 4));
  const meanRadius = (part: readonly MmPoint[]) => part.reduce((sum, p) => sum + Math.hypot(p.x - c.x, p.y - c.y), 0) / part.length;
  const [first, last] = [meanRadius(points.slice(0, quarter)), meanRadius(points.slice(-quarter))];
  return Math.max(first, last) / Math.max(Math.min(first, last), 1e-9);
}

/** 10° sectors: a corner's gap (a fifth of the size) leaves at most one or two empty; a "C" leaves nine. */
const SECTORS = 36;

function angularCoverage(points: readonly MmPoint[], c: { x: number; y: number }): number {
  const hit = new Uint8Array(SECTORS);
  for (const p of points) hit[Math.floor(((Math.atan2(p.y - c.y, p.x - c.x) + Math.PI) / (2 * Math.PI)) * SECTORS) % SECTORS] = 1;
  return hit.reduce((a, b) => a + b, 0) / SECTORS;
}

function windingTurns(lines: readonly MmPolyline[], c: { x: number; y: number }): number {
  let angle = 0;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = Math.atan2(line[i - 1]!.y - c.y, line[i - 1]!.x - c.x);
      const b = Math.atan2(line[i]!.y - c.y, line[i]!.x - c.x);
      angle += Math.atan2(Math.sin(b - a), Math.cos(b - a));
    }
  }
  return Math.abs(angle) / (2 * Math.PI);
}

/** Segments this close in drawing order are neighbours, not a crossing (a sharp corner touches itself). */
const NEIGHBOUR_SEGMENTS = 3;

/** Crossings nearer a stroke's end than this share of its length are ends overlapping, not a crossing. */
const CROSSING_END_SHARE = 0.1;

/** Points either side of a crossing over which each line's direction is taken. */
const CROSSING_REACH = 4;

/** Whether the ink crosses itself anywhere, its ends included (a spiral's turns must never). */
export function crossesAnywhere(strokes: readonly MmPolyline[]): boolean {
  return findCrossing(resampleBySize(strokes), 0, true) !== null;
}

function resampleBySize(strokes: readonly MmPolyline[]): MmPoint[][] {
  const sizeMm = drawingSize(strokes.flat());
  return strokes.map((s) => smooth(resample(s, sizeMm / POINTS_PER_SIZE), STEADY_REACH));
}

interface Crossing { tiltDeg: number; armShare: number; loopFill: number | null }

/** A crossing away from the ends; of several, the most X-like (longest shortest arm), unless the first will do. */
function findCrossing(lines: readonly MmPolyline[], endShare = CROSSING_END_SHARE, first = false): Crossing | null {
  const segments = lines.flatMap((line, l) => {
    const margin = endShare > 0 ? Math.max(1, Math.round(endShare * (line.length - 1))) : 0;
    return line.slice(1).map((b, i) => ({ a: line[i]!, b, line: l, index: i })).filter((s) => s.index >= margin && s.index < line.length - 1 - margin);
  });
  const direction = (s: (typeof segments)[number]) => {
    const line = lines[s.line]!;
    const from = line[Math.max(0, s.index - CROSSING_REACH)]!;
    const to = line[Math.min(line.length - 1, s.index + 1 + CROSSING_REACH)]!;
    return Math.atan2(to.y - from.y, to.x - from.x);
  };
  const size = drawingSize(lines.flat()) || 1;
  let best: Crossing | null = null;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const s = segments[i]!, t = segments[j]!;
      if (s.line === t.line && t.index - s.index <= NEIGHBOUR_SEGMENTS) continue;
      const at = segmentCrossing(s.a, s.b, t.a, t.b);
      if (!at) continue;
      // Undirected lines: angles mod 180°. Their bisector, folded to 0–45° from the nearest axis.
      const a = mod(direction(s), Math.PI), b = mod(direction(t), Math.PI);
      const bisector = Math.abs(a - b) > Math.PI / 2 ? (a + b + Math.PI) / 2 : (a + b) / 2;
      const fromAxis = mod(bisector, Math.PI / 2);
      const shape = crossingShape(lines, { at, first: s, second: t }, size);
      if (!best || shape.armShare > best.armShare) best = { tiltDeg: (Math.min(fromAxis, Math.PI / 2 - fromAxis) * 180) / Math.PI, ...shape };
      if (first) return best;
    }
  }
  return best;
}

function mod(value: number, m: number): number {
  return ((value % m) + m) % m;
}
