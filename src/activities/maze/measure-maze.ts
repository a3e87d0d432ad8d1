import { polylineLength } from '../../geometry/polyline-length';
import type { TimedMmPoint } from '../../geometry/units';
import { cellAt, type MazeGeometry } from './maze-geometry';
import type { MazeGrid } from './maze-grid';
import { createMazeWalker, type WallRule } from './maze-walker';

/** A finger moving less than this in this long has stopped (a child pausing to look for the way). */
const STOP_SPEED_MM_S = 5;
const STOP_MIN_MS = 300;

export interface MazeMeasures {
  /** Times the finger left the corridor, and how long each time it stayed out (ms). */
  readonly wallContacts: number;
  readonly wallContactMs: readonly number[];
  /** Distance of the finger from the nearest passage's centre line: mean and greatest (mm). */
  readonly meanDeviationMm: number | null;
  readonly maxDeviationMm: number | null;
  /** Times the finger went from a cell of the shortest route into a cell off it: a turn into a dead end or a side branch. */
  readonly wrongTurns: number;
  /** Distance travelled in cells off the shortest route (mm): into a dead end and back out. */
  readonly backtrackedMm: number;
  /** The shortest route's length (to where the mouse is home) over the finger's path: 1 for the shortest route itself, less for detours and wobble. */
  readonly pathEfficiency: number | null;
  readonly pathMm: number;
  readonly movingMs: number;
  readonly stops: number;
  /** From the first touch on the character to its last sample (ms). */
  readonly durationMs: number;
  /** Strict: times leaving the path sent the character back. */
  readonly sentBack: number;
  /** Touches that did not land on the character: not measured, counted. */
  readonly strayTouches: number;
  /** The character reached home. */
  readonly completed: boolean;
}

/**
 * The measures of a maze walk from the finger's samples (maze mm, ms), the
 * walk replayed through the character (maze-walker.ts) exactly as the child
 * saw it. Only strokes that picked the character up are measured, all of
 * each from its touch-down: what the finger did while leading it, off the
 * path included. The corridor is `corridorMm` wide round every passage's
 * centre line, the same corridor-and-nearest-point idea (and index) tracing
 * scores with.
 */
export function measureMaze(maze: MazeGrid, geometry: MazeGeometry, corridorMm: number, rule: WallRule, all: readonly (readonly TimedMmPoint[])[]): MazeMeasures {
  const walker = createMazeWalker(maze, geometry, corridorMm, rule);
  // Each stroke that picked the mouse up, to the sample that brought it home (the attempt ends there).
  const strokes = all.flatMap((points) => {
    if (!points[0] || !walker.down(points[0])) return [];
    let end = points.length;
    for (let i = 1; i < points.length; i++) if (walker.move(points[i]!) === 'home') { end = i + 1; break; }
    walker.up();
    return [points.slice(0, end)];
  });
  const onRoute = new Set(geometry.solutionCells);
  const half = corridorMm / 2;
  const deviations: number[] = [];
  const contacts: number[] = [];
  let wrongTurns = 0, backtrackedMm = 0, pathMm = 0, movingMs = 0, stops = 0;
  for (const points of strokes) {
    let outSince: number | null = null;
    let lastCell = -1;
    let stillSince: number | null = null;
    points.forEach((p, i) => {
      const d = walker.distanceFromPath(p);
      deviations.push(d);
      if (d > half && outSince === null) outSince = p.t;
      if (d <= half && outSince !== null) { contacts.push(p.t - outSince); outSince = null; }
      const cell = cellAt(maze, geometry.cellMm, p);
      if (cell !== -1 && lastCell !== -1 && cell !== lastCell && onRoute.has(lastCell) && !onRoute.has(cell)) wrongTurns++;
      if (cell !== -1) lastCell = cell;
      const previous = points[i - 1];
      if (!previous) return;
      const step = Math.hypot(p.x - previous.x, p.y - previous.y), dt = p.t - previous.t;
      pathMm += step;
      if (cell !== -1 && !onRoute.has(cell)) backtrackedMm += step;
      const moving = dt > 0 && step / (dt / 1000) >= STOP_SPEED_MM_S;
      if (moving) movingMs += dt;
      if (!moving && stillSince === null) stillSince = previous.t;
      if (moving && stillSince !== null) { if (previous.t - stillSince >= STOP_MIN_MS) stops++; stillSince = null; }
    });
    if (outSince !== null) contacts.push(points.at(-1)!.t - outSince);
  }
  // The mouse is home within half a corridor of the way out: the shortest route ends there.
  const shortest = polylineLength(geometry.solution) - half;
  const completed = walker.home;
  return {
    wallContacts: contacts.length,
    wallContactMs: contacts,
    meanDeviationMm: deviations.length ? deviations.reduce((a, b) => a + b, 0) / deviations.length : null,
    maxDeviationMm: deviations.length ? Math.max(...deviations) : null,
    wrongTurns,
    backtrackedMm,
    pathEfficiency: completed && pathMm > 0 ? Math.min(1, shortest / pathMm) : null,
    pathMm,
    movingMs,
    stops,
    durationMs: strokes.length ? strokes.at(-1)!.at(-1)!.t - strokes[0]![0]!.t : 0,
    sentBack: walker.sentBack,
    strayTouches: all.length - strokes.length,
    completed,
  };
}
