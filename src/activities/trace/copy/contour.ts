import { drawingSize } from '../../../geometry/bounding-box';
import { distance } from '../../../geometry/distance';
import { resample } from '../../../geometry/resample';
import { polylineLength } from '../../../geometry/polyline-length';
import { mmPoint, type MmPoint, type MmPolyline } from '../../../geometry/units';
import { cornerIndices, CORNER_TURN_DEG } from './corners';
import { endpointGaps } from './endpoint-gaps';

/**
 * A drawing read as a figure of sides and corners, however many strokes it
 * took: a square in one stroke or four gives four sides and four corners.
 * Strokes are split at their sharp turns; stroke ends that meet are joined,
 * as a corner when they meet at an angle and into one side when one carries
 * straight on from the other.
 */
export interface Contour {
  sides: Side[];
  corners: Corner[];
  /** Stroke ends that neither meet nor touch other ink: 0 for a closed figure (a circle whose end runs past its start included). */
  freeEnds: number;
  /** The resampling step used, mm: 1/48 of the drawing's size. */
  stepMm: number;
}

export interface Side {
  points: MmPoint[];
  /** The side's two ends (none for a closed loop such as a circle). */
  ends: [MmPoint, MmPoint] | null;
  lengthMm: number;
  /** Largest distance of the side from the straight line between its ends, ÷ that line's length; Infinity for a loop. */
  bow: number;
}

export interface Corner {
  at: MmPoint;
  /** How sharply the ink turns there, measured locally, degrees: 90 at a square's corner. */
  turnDeg: number;
  /**
   * The angle between the two sides that meet there, from the corner to each
   * side's far end: 90 at a square's corner, 60 at an equilateral triangle's.
   * Sides, not the last millimetres of ink, so a rounded or overshot corner
   * is measured as the sides make it.
   */
  angleDeg: number;
  /** Distance between the ends that meet there; 0 inside a stroke. */
  gapMm: number;
}

/** Fine enough for a form's shape, coarse enough that tremor is not a corner. */
const POINTS_PER_SIZE = 48;
/** Points either side over which a turn is measured (1/12 of the size): a slightly rounded corner still counts, a circle's bend does not. */
const TURN_REACH = 4;
/** Stroke ends closer than this share of the size meet: a child's small gap at a corner still closes the figure. */
export const JOIN_GAP_SHARE = 0.15;
/** Pieces shorter than this share of the size are hooks at a stroke's start or end, not sides. */
const HOOK_SHARE = 0.08;

interface Piece { points: MmPoint[] }
/** One end of a piece: which piece, and whether it is the piece's start. */
interface End { piece: number; atStart: boolean }

export function readContour(strokes: readonly MmPolyline[]): Contour {
  const size = drawingSize(strokes.flat());
  const stepMm = size / POINTS_PER_SIZE;
  const pieces: Piece[] = [];
  const corners: (Omit<Corner, 'angleDeg'> & { pieces: [number, number] })[] = [];
  /** Pairs of piece ends that are joined; `smooth` ones merge into one side. */
  const joins: { a: End; b: End; smooth: boolean }[] = [];
  const strokeEnds: End[] = [];
  const lines = strokes.map((stroke) => resample(stroke, stepMm));
  const tolerance = JOIN_GAP_SHARE * size;

  for (const line of lines) {
    if (line.length < 2) continue;
    const cuts = [0, ...cornerIndices(line, TURN_REACH), line.length - 1];
    let previous: number | null = null;
    for (let k = 1; k < cuts.length; k++) {
      const points = line.slice(cuts[k - 1], cuts[k]! + 1);
      const isEnd = k === 1 || k === cuts.length - 1;
      if (isEnd && cuts.length > 2 && polylineLength(points) < HOOK_SHARE * size) continue; // a hook
      pieces.push({ points });
      const index = pieces.length - 1;
      if (previous !== null) {
        const turnDeg = turnBetween(inward(pieces[previous]!, false), inward(pieces[index]!, true));
        corners.push({ at: points[0]!, turnDeg, gapMm: 0, pieces: [previous, index] });
        joins.push({ a: { piece: previous, atStart: false }, b: { piece: index, atStart: true }, smooth: false });
      } else {
        strokeEnds.push({ piece: index, atStart: true });
      }
      previous = index;
    }
    if (previous !== null) strokeEnds.push({ piece: previous, atStart: false });
  }

  // Stroke ends meet, nearest pairs first; each end meets at most one other.
  const endPoint = (e: End) => { const p = pieces[e.piece]!.points; return e.atStart ? p[0]! : p[p.length - 1]!; };
  const candidates: { a: End; b: End; gap: number }[] = [];
  for (let i = 0; i < strokeEnds.length; i++) {
    for (let j = i + 1; j < strokeEnds.length; j++) {
      const [a, b] = [strokeEnds[i]!, strokeEnds[j]!];
      if (a.piece === b.piece && polylineLength(pieces[a.piece]!.points) < 2 * tolerance) continue; // a dot meets nothing
      const gap = distance(endPoint(a), endPoint(b));
      if (gap <= tolerance) candidates.push({ a, b, gap });
    }
  }
  candidates.sort((x, y) => x.gap - y.gap);
  const used = new Set<End>();
  for (const { a, b, gap } of candidates) {
    if (used.has(a) || used.has(b)) continue;
    used.add(a).add(b);
    // Two ends meeting straight on point their inward directions opposite ways: no turn.
    const turnDeg = 180 - turnBetween(inward(pieces[a.piece]!, a.atStart), inward(pieces[b.piece]!, b.atStart), true);
    const smooth = turnDeg < CORNER_TURN_DEG;
    joins.push({ a, b, smooth });
    if (!smooth) corners.push({ at: midpoint(endPoint(a), endPoint(b)), turnDeg, gapMm: gap, pieces: [a.piece, b.piece] });
  }

  const { sides, sideOf } = mergeSides(pieces, joins.filter((j) => j.smooth), endPoint);
  return {
    sides,
    corners: corners.map(({ pieces: [a, b], ...corner }) => ({ ...corner, angleDeg: angleBetweenSides(corner.at, sides[sideOf[a]!]!, sides[sideOf[b]!]!) ?? 180 - corner.turnDeg })),
    freeEnds: endpointGaps(lines.filter((l) => l.length > 1), 2 * tolerance).filter((gap) => gap > tolerance).length, stepMm };
}

/** The angle at `at` between two sides, towards each one's far end; null when a side has no ends (a loop). */
function angleBetweenSides(at: MmPoint, a: Side, b: Side): number | null {
  if (!a.ends || !b.ends || a === b) return null;
  const far = (side: Side) => (distance(side.ends![0], at) > distance(side.ends![1], at) ? side.ends![0] : side.ends![1]);
  const [p, q] = [far(a), far(b)];
  const turn = Math.atan2(q.y - at.y, q.x - at.x) - Math.atan2(p.y - at.y, p.x - at.x);
  return Math.abs((Math.atan2(Math.sin(turn), Math.cos(turn)) * 180) / Math.PI);
}

/** Pieces joined smoothly become one side; its ends are the piece ends left unjoined. */
function mergeSides(pieces: readonly Piece[], smooth: readonly { a: End; b: End }[], endPoint: (e: End) => MmPoint): { sides: Side[]; sideOf: number[] } {
  const parent = pieces.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const joined = new Set<string>();
  for (const { a, b } of smooth) {
    parent[find(a.piece)] = find(b.piece);
    joined.add(`${a.piece}:${a.atStart}`).add(`${b.piece}:${b.atStart}`);
  }
  const groups = new Map<number, number[]>();
  pieces.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const roots = [...groups.keys()];
  const sides = [...groups.values()].map((members) => {
    const points = members.flatMap((i) => pieces[i]!.points);
    const free = members.flatMap((i) => [true, false].filter((atStart) => !joined.has(`${i}:${atStart}`)).map((atStart) => endPoint({ piece: i, atStart })));
    const ends = free.length === 2 ? ([free[0]!, free[1]!] as [MmPoint, MmPoint]) : null;
    return { points, ends, lengthMm: members.reduce((sum, i) => sum + polylineLength(pieces[i]!.points), 0), bow: ends ? bowOf(points, ends) : Infinity };
  });
  return { sides, sideOf: pieces.map((_, i) => roots.indexOf(find(i))) };
}

function bowOf(points: readonly MmPoint[], [a, b]: [MmPoint, MmPoint]): number {
  const chord = distance(a, b);
  if (chord === 0) return Infinity;
  let max = 0;
  for (const p of points) max = Math.max(max, Math.abs((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / chord);
  return max / chord;
}

/** The direction from a piece's end into the piece, over the turn reach. */
function inward(piece: Piece, atStart: boolean): { x: number; y: number } {
  const p = piece.points;
  const reach = Math.min(TURN_REACH, p.length - 1);
  const [from, to] = atStart ? [p[0]!, p[reach]!] : [p[p.length - 1]!, p[p.length - 1 - reach]!];
  return { x: to.x - from.x, y: to.y - from.y };
}

/**
 * The turn, in degrees, from arriving along `incoming` (reversed, as it points into the previous piece) to leaving along
 * `outgoing`; with `bothInward`, the plain angle between two inward directions.
 */
function turnBetween(incoming: { x: number; y: number }, outgoing: { x: number; y: number }, bothInward = false): number {
  const arrive = bothInward ? incoming : { x: -incoming.x, y: -incoming.y };
  const a = Math.atan2(arrive.y, arrive.x);
  const b = Math.atan2(outgoing.y, outgoing.x);
  return Math.abs((Math.atan2(Math.sin(b - a), Math.cos(b - a)) * 180) / Math.PI);
}

function midpoint(a: MmPoint, b: MmPoint): MmPoint {
  return mmPoint((a.x + b.x) / 2, (a.y + b.y) / 2);
}
