import { boundingBox } from '../../../geometry/bounding-box';
import { distance } from '../../../geometry/distance';
import { polylineLength } from '../../../geometry/polyline-length';
import { resample } from '../../../geometry/resample';
import { mmPoint, type MmPoint, type MmPolyline } from '../../../geometry/units';

/**
 * How the template was moved onto a copied drawing: scaled by `scale` about
 * the centre it was placed on (the drawing box's centre), then shifted by
 * (dx, dy) mm. A template point p lands at centre + scale·(p − centre) + (dx, dy).
 */
export interface Fit {
  scale: number;
  dx: number;
  dy: number;
}

/** Enough points for any form's shape (one every 2 mm of a 70 mm square); few enough that each pass is quick. */
const FIT_POINTS = 140;
/**
 * The smallest scale the model may be fitted at: a copy under a quarter of
 * the model's size (under 17.5 mm for the default 70 mm form, about two
 * fingertips) is too small to show a form's shape, and a fit scaled further
 * down would call any scribble a perfect match. Below it there is no fit.
 */
export const MIN_FIT_SCALE = 0.25;
/** Iterations of closest-point matching; the fit settles in well under this. */
const ITERATIONS = 30;

/**
 * Aligns a template to a drawing by translation and uniform scale only (no
 * rotation: a tilted square is a fault the metrics must show). A bounding-box
 * guess is refined by iterative closest points, matching both ways (each
 * ink point to its nearest template point and each template point to its
 * nearest ink point) so that neither shrinking nor growing is favoured.
 * Null for a drawing too small to fit (under MIN_FIT_SCALE of the model,
 * by its box or by the fit), and for no ink at all.
 */
export function fitTemplate(template: readonly MmPolyline[], centre: MmPoint, strokes: readonly MmPolyline[]): Fit | null {
  const ink = sampleEvenly(strokes);
  const model = sampleEvenly(template);
  if (ink.length === 0 || model.length === 0) return null;
  const inkBox = boundingBox(ink), modelBox = boundingBox(model);
  const scale = Math.max(inkBox.width, inkBox.height) / Math.max(modelBox.width, modelBox.height, 1e-9);
  if (!(scale >= MIN_FIT_SCALE)) return null;
  // The guess: the boxes' centres coincide once scaled.
  let fit: Fit = {
    scale,
    dx: inkBox.x + inkBox.width / 2 - (centre.x + scale * (modelBox.x + modelBox.width / 2 - centre.x)),
    dy: inkBox.y + inkBox.height / 2 - (centre.y + scale * (modelBox.y + modelBox.height / 2 - centre.y)),
  };
  for (let k = 0; k < ITERATIONS; k++) {
    const moved = model.map((q) => applyFit(q, centre, fit));
    const pairs: [MmPoint, MmPoint][] = [];
    for (const p of ink) pairs.push([model[nearestIndex(moved, p)]!, p]);
    moved.forEach((m, i) => pairs.push([model[i]!, ink[nearestIndex(ink, m)]!]));
    const next = solve(pairs, centre);
    // Settled when a round moves the template by under a hundredth of a millimetre.
    const settled = Math.abs(next.scale - fit.scale) < 1e-4 && Math.abs(next.dx - fit.dx) < 0.01 && Math.abs(next.dy - fit.dy) < 0.01;
    fit = next;
    if (settled) break;
  }
  return fit.scale >= MIN_FIT_SCALE ? fit : null;
}

/** The template where the fit puts it. */
export function fittedTemplate(template: readonly MmPolyline[], centre: MmPoint, fit: Fit): MmPolyline[] {
  return template.map((line) => line.map((p) => applyFit(p, centre, fit)));
}

function applyFit(p: MmPoint, centre: { x: number; y: number }, { scale, dx, dy }: Fit): MmPoint {
  return mmPoint(centre.x + scale * (p.x - centre.x) + dx, centre.y + scale * (p.y - centre.y) + dy);
}

/** Least squares for p ≈ centre + s·(q − centre) + d over the pairs (q, p). */
function solve(pairs: readonly [MmPoint, MmPoint][], centre: { x: number; y: number }): Fit {
  const n = pairs.length;
  let ux = 0, uy = 0, px = 0, py = 0;
  for (const [q, p] of pairs) { ux += q.x - centre.x; uy += q.y - centre.y; px += p.x; py += p.y; }
  ux /= n; uy /= n; px /= n; py /= n;
  let num = 0, den = 0;
  for (const [q, p] of pairs) {
    const a = q.x - centre.x - ux, b = q.y - centre.y - uy;
    num += a * (p.x - px) + b * (p.y - py);
    den += a * a + b * b;
  }
  const scale = den > 0 ? Math.max(1e-3, num / den) : 1;
  return { scale, dx: px - scale * ux - centre.x, dy: py - scale * uy - centre.y };
}

function sampleEvenly(lines: readonly MmPolyline[]): MmPoint[] {
  const total = lines.reduce((sum, line) => sum + polylineLength(line), 0);
  if (total === 0) return lines.flat();
  return lines.flatMap((line) => resample(line, total / FIT_POINTS));
}

function nearestIndex(points: readonly MmPoint[], p: MmPoint): number {
  let best = 0, min = Infinity;
  for (let i = 0; i < points.length; i++) {
    const d = distance(points[i]!, p);
    if (d < min) { min = d; best = i; }
  }
  return best;
}

