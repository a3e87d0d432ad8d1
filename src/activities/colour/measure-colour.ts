import { createPolylineIndex } from '../../geometry/polyline-index';
import { pointInRings } from '../../geometry/point-in-rings';
import { mmPoint, type MmPoint, type MmPolyline } from '../../geometry/units';
import { createCoverageGrid, type CoverageCounts, type CoverageGrid, type GridArea } from './coverage-grid';

/** The crayon's edge must pass this far beyond the outline to count as a crossing: a wobble along the line is not one. */
export const CROSSING_MARGIN_MM = 0.5;
/** Between samples, the crayon's edge is checked this often: a fast stroke cannot cut a corner unseen. */
const EXCURSION_STEP_MM = 0.5;
/** A stroke shorter than this is a dab: it counts as a stroke but has no straightness. */
const MIN_STRAIGHTNESS_MM = 5;

/** One sample of the crayon as a record keeps it. */
export interface CrayonSample {
  readonly x: number;
  readonly y: number;
  readonly t: number;
  readonly pressure: number;
}

export interface CrayonStroke {
  readonly pointerType: 'touch' | 'pen' | 'mouse';
  readonly points: readonly CrayonSample[];
}

/** The picture's parts as laid out on the screen, the one to colour, and the crayon. */
export interface ColourSetup {
  readonly regions: readonly (readonly MmPolyline[])[];
  readonly target: number;
  readonly area: GridArea;
  readonly crayonMm: number;
  readonly cellMm?: number;
}

export interface ColourMeasures {
  /** Share of the target's area coloured, %. */
  readonly coveragePct: number;
  /** Each part's share coloured, %, in the picture's order; and all parts together. */
  readonly coverageByRegionPct: readonly number[];
  readonly overallCoveragePct: number;
  /** Colour laid outside the target as a share of all colour laid, %; null before any. */
  readonly outsidePct: number | null;
  /** Farthest the crayon's edge went past the target's outline, mm (0 if never). */
  readonly maxExcursionMm: number;
  /** Times the crayon's edge went out past the outline (by CROSSING_MARGIN_MM) after being wholly inside. */
  readonly outwardCrossings: number;
  /** Colour laid within the edge band of the outline, as a share of all colour, %; null before any. */
  readonly edgeSharePct: number | null;
  /** The band just inside the outline: the share of it coloured, %. */
  readonly edgeCoveragePct: number;
  readonly strokes: number;
  readonly meanStrokeLengthMm: number | null;
  /** Straight-line distance over path length, averaged over strokes of 5 mm or more: 1 is a ruler-straight stroke. */
  readonly meanStraightness: number | null;
  /** Time the crayon was down, ms, and its mean speed while down, mm/s. */
  readonly colouringMs: number;
  readonly speedMmS: number | null;
  /** Mean pen pressure, 0..1; null without a pen. */
  readonly meanPenPressure: number | null;
}

/** Stamps a stroke into the grid the way play does, sample by sample: what a record's samples recompute to. */
export function stampStroke(grid: CoverageGrid, points: readonly { x: number; y: number }[], radiusMm: number, from = 0): void {
  for (let i = Math.max(from, 0); i < points.length; i++) {
    const p = mmPoint(points[i]!.x, points[i]!.y);
    grid.stamp(i === 0 ? p : mmPoint(points[i - 1]!.x, points[i - 1]!.y), p, radiusMm);
  }
}

/** Every measure of a colouring attempt, from its strokes alone (the grid is rebuilt from them). */
export function measureColour(setup: ColourSetup, strokes: readonly CrayonStroke[]): ColourMeasures {
  const grid = createCoverageGrid(setup.regions, setup.target, setup.area, { cellMm: setup.cellMm });
  for (const stroke of strokes) stampStroke(grid, stroke.points, setup.crayonMm / 2);
  return measuresFrom(setup, grid.counts(), strokes);
}

/** The measures, given the grid's counts (kept live during play, or rebuilt). */
export function measuresFrom(setup: ColourSetup, counts: CoverageCounts, strokes: readonly CrayonStroke[]): ColourMeasures {
  const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);
  const cellsInParts = counts.cellsByRegion.reduce((a, b) => a + b, 0);
  const edge = crayonEdge(setup, strokes);
  const paths = strokes.map((s) => pathLength(s.points));
  const colouringMs = strokes.reduce((sum, s) => sum + (s.points.length ? s.points.at(-1)!.t - s.points[0]!.t : 0), 0);
  const straight = strokes.flatMap((s, i) => (paths[i]! >= MIN_STRAIGHTNESS_MM ? [chord(s.points) / paths[i]!] : []));
  const pen = strokes.filter((s) => s.pointerType === 'pen').flatMap((s) => s.points.map((p) => p.pressure));
  const total = paths.reduce((a, b) => a + b, 0);
  return {
    coveragePct: pct(counts.colouredByRegion[setup.target] ?? 0, counts.cellsByRegion[setup.target] ?? 0),
    coverageByRegionPct: counts.cellsByRegion.map((cells, r) => pct(counts.colouredByRegion[r]!, cells)),
    overallCoveragePct: pct(counts.colouredByRegion.reduce((a, b) => a + b, 0), cellsInParts),
    outsidePct: counts.coloured > 0 ? pct(counts.colouredOutside, counts.coloured) : null,
    maxExcursionMm: edge.maxExcursionMm,
    outwardCrossings: edge.outwardCrossings,
    edgeSharePct: counts.coloured > 0 ? pct(counts.colouredNearEdge, counts.coloured) : null,
    edgeCoveragePct: pct(counts.colouredInnerEdge, counts.innerEdgeCells),
    strokes: strokes.length,
    meanStrokeLengthMm: strokes.length ? total / strokes.length : null,
    meanStraightness: straight.length ? straight.reduce((a, b) => a + b, 0) / straight.length : null,
    colouringMs,
    speedMmS: colouringMs > 0 ? total / (colouringMs / 1000) : null,
    meanPenPressure: pen.length ? pen.reduce((a, b) => a + b, 0) / pen.length : null,
  };
}

/**
 * How far the crayon's edge went past the target's outline, and how often it
 * went out. The edge is the crayon's centre's signed distance to the outline
 * plus its radius, checked every EXCURSION_STEP_MM along each stroke.
 */
function crayonEdge(setup: ColourSetup, strokes: readonly CrayonStroke[]): { maxExcursionMm: number; outwardCrossings: number } {
  const rings = setup.regions[setup.target] ?? [];
  const index = createPolylineIndex(rings);
  const radius = setup.crayonMm / 2;
  const past = (p: MmPoint) => {
    const d = index.nearest(p).distance;
    return Math.max(0, pointInRings(p, rings) ? radius - d : radius + d);
  };
  let maxExcursionMm = 0, outwardCrossings = 0;
  for (const stroke of strokes) {
    let out = false;
    forEachStep(stroke.points, (p) => {
      const excursion = past(p);
      maxExcursionMm = Math.max(maxExcursionMm, excursion);
      if (!out && excursion > CROSSING_MARGIN_MM) { out = true; outwardCrossings++; }
      else if (out && excursion === 0) out = false;
    });
  }
  return { maxExcursionMm, outwardCrossings };
}

function forEachStep(points: readonly { x: number; y: number }[], visit: (p: MmPoint) => void): void {
  points.forEach((b, i) => {
    const a = points[i - 1];
    const steps = a ? Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / EXCURSION_STEP_MM) : 1;
    for (let k = 1; k <= steps; k++) visit(a ? mmPoint(a.x + ((b.x - a.x) * k) / steps, a.y + ((b.y - a.y) * k) / steps) : mmPoint(b.x, b.y));
  });
}

/** Math.hypot summed, not geometry's polylineLength (sqrt of squares): stored records recount to the last bit as version 1 computed them. */
function pathLength(points: readonly { x: number; y: number }[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return length;
}

function chord(points: readonly { x: number; y: number }[]): number {
  return points.length < 2 ? 0 : Math.hypot(points.at(-1)!.x - points[0]!.x, points.at(-1)!.y - points[0]!.y);
}
