import { distance } from '../geometry/distance';
import { createPointGrid } from '../geometry/point-grid';
import { createPolylineIndex, type NearestOnPolylines } from '../geometry/polyline-index';
import { polylineLength } from '../geometry/polyline-length';
import { resample } from '../geometry/resample';
import type { MmPoint, MmPolyline, TimedMmPoint } from '../geometry/units';
import type { PathMetrics } from './path-metrics';

export interface TraceScoreOptions {
  /** Full corridor width; a point is in band within half of it. */
  corridorMm: number;
  /** Resampling step. 0.5 mm is finer than any child's tremor and any tablet's noise. */
  spacingMm?: number;
}



const DEFAULT_SPACING_MM = 0.5;
/** A stroke that moves less than this along its template line has no direction (a tap). */
const MIN_DIRECTED_ADVANCE_MM = 2;

/**
 * Scores one tracing attempt against its template. Definitions: docs/metrics.md.
 * Strokes are resampled one by one, so no distance is measured across a pen lift.
 */
export function scoreTrace(template: readonly MmPolyline[], strokes: readonly (readonly TimedMmPoint[])[], options: TraceScoreOptions): PathMetrics {
  const spacing = options.spacingMm ?? DEFAULT_SPACING_MM;
  const radius = options.corridorMm / 2;
  const index = createPolylineIndex(template);
  const drawn = strokes.filter((s) => s.length > 0);
  // One nearest-point query per resampled ink point, shared by every measure below.
  const measured = drawn.map((s) => resample(s, spacing).map((p) => ({ p, ...index.nearest(p) })));

  let sum = 0, sumSquares = 0, max = 0, inBand = 0, count = 0, exits = 0;
  const inBandPoints: MmPoint[] = [];
  for (const stroke of measured) {
    let wasInside = true; // a stroke that starts outside has left the corridor once
    for (const { p, distance: d } of stroke) {
      sum += d; sumSquares += d * d; max = Math.max(max, d); count++;
      const inside = d <= radius;
      if (inside) { inBand++; inBandPoints.push(p); }
      if (wasInside && !inside) exits++;
      wasInside = inside;
    }
  }

  // Only ink within the band can be within the band's reach of the path.
  const inkGrid = createPointGrid(inBandPoints, radius);
  let covered = 0, templatePoints = 0;
  for (const line of template) {
    for (const p of resampleTemplateLine(line, spacing)) {
      templatePoints++;
      if (inkGrid.hasPointWithin(p, radius)) covered++;
    }
  }

  const assigned = measured.map((s) => assignPolyline(s, template.length));
  const advances = measured.map((s, i) => netAdvance(s, assigned[i]!, template[assigned[i]!]!));
  const directed = advances.filter((a) => Math.abs(a) >= MIN_DIRECTED_ADVANCE_MM);

  const firstInk = drawn[0]?.[0];
  const firstTemplatePoint = template[0]?.[0];
  const drawingMs = drawn.reduce((total, s) => total + (s[s.length - 1]!.t - s[0]!.t), 0);
  const durationMs = drawn.length ? drawn[drawn.length - 1]!.at(-1)!.t - drawn[0]![0]!.t : 0;
  const inkLengthMm = drawn.reduce((total, s) => total + polylineLength(s), 0);
  const inBandPct = count ? (100 * inBand) / count : 0;
  const coveragePct = templatePoints ? (100 * covered) / templatePoints : 0;

  return {
    meanDeviationMm: count ? sum / count : 0,
    rmsDeviationMm: count ? Math.sqrt(sumSquares / count) : 0,
    maxDeviationMm: max,
    inBandPct,
    coveragePct,
    corridorExits: exits,
    startErrorMm: firstInk && firstTemplatePoint ? distance(firstInk, firstTemplatePoint) : 0,
    directionCorrect: directed.length > 0 && directed.every((a) => a > 0),
    strokeOrderCorrect: isStrictlyIncreasing(collapseRepeats(assigned)),
    strokeCount: drawn.length,
    drawingMs,
    durationMs,
    inkLengthMm,
    speedMmPerS: drawingMs > 0 ? (inkLengthMm / drawingMs) * 1000 : 0,
  };
}

/** A resampled ink point and where the template is nearest to it. */
type Measured = NearestOnPolylines & { readonly p: MmPoint };

function isClosed(line: MmPolyline): boolean {
  return line.length > 2 && distance(line[0]!, line[line.length - 1]!) < 1e-9;
}

/** A closed line's resampled end repeats its start; counting it twice would weigh the start double. */
function resampleTemplateLine(line: MmPolyline, spacing: number): MmPoint[] {
  const points = resample(line, spacing);
  if (isClosed(line) && points.length > 1 && distance(points[0]!, points[points.length - 1]!) < spacing / 2) points.pop();
  return points;
}

/** The template line a stroke was meant for: the one most of its points are nearest to. */
function assignPolyline(stroke: readonly Measured[], lineCount: number): number {
  const votes = new Array<number>(lineCount).fill(0);
  for (const m of stroke) votes[m.polyline]!++;
  return votes.indexOf(Math.max(...votes));
}

/**
 * How far the stroke moved along its line in the line's own direction, in mm:
 * positive when drawn the taught way. On a closed line each step is wrapped,
 * so passing the start does not count as a jump backwards.
 */
function netAdvance(stroke: readonly Measured[], line: number, points: MmPolyline): number {
  const length = polylineLength(points);
  const closed = isClosed(points);
  let advance = 0;
  let previous: number | null = null;
  for (const m of stroke) {
    if (m.polyline !== line) { previous = null; continue; }
    if (previous !== null) {
      let step = m.arcLengthMm - previous;
      if (closed) step = step - length * Math.round(step / length);
      advance += step;
    }
    previous = m.arcLengthMm;
  }
  return advance;
}

function collapseRepeats(values: readonly number[]): number[] {
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

function isStrictlyIncreasing(values: readonly number[]): boolean {
  return values.every((v, i) => i === 0 || v > values[i - 1]!);
}
