import { createPolylineIndex } from '../../geometry/polyline-index';
import { mmPoint, type MmPoint } from '../../geometry/units';
import { cellAt, cellCentre, type MazeGeometry } from './maze-geometry';
import type { MazeGrid } from './maze-grid';

/** Lenient: the character stops at the wall and waits for the finger. Strict: leaving the path sends it back, and the finger must pick it up again. */
export type WallRule = 'lenient' | 'strict';
export const WALL_RULES = ['lenient', 'strict'] as const satisfies readonly WallRule[];

/** A touch this close to the character picks it up: a young child's fingertip pad is about 10 mm across and lands a few mm off. */
export const GRAB_MM = 10;
/** The way from the character to the finger is checked at this step: finer than any wall, so a fast finger never slips through one between two samples. */
const CHECK_STEP_MM = 1;
/** Passing this close to a cell's middle makes it the place a strict maze sends the character back to. */
const CHECKPOINT_SHARE = 0.25;

/** What a move did to the character. */
export type WalkerStep = 'idle' | 'moved' | 'wall' | 'back' | 'home';

export interface MazeWalker {
  /** A touch: true if it landed on the character and picked it up. */
  down(p: MmPoint): boolean;
  move(p: MmPoint): WalkerStep;
  up(): void;
  /** Where the character is. */
  readonly at: MmPoint;
  /** A finger has the character. */
  readonly holding: boolean;
  /** Lenient: the finger left the path; the character waits at the wall for it to come back. */
  readonly waiting: boolean;
  readonly home: boolean;
  /** Strict: times the character was sent back. */
  readonly sentBack: number;
  /** A point's distance from the nearest passage's centre line (mm): the corridor's own index, for the measures. */
  distanceFromPath(p: MmPoint): number;
}

/**
 * The character a child leads through a maze: it follows the finger while
 * the whole way from it to the finger lies in the corridor (`corridorMm`
 * round the passages' centre lines, the nearest-point index tracing scores
 * with), and reaches home at the way out. When the finger leaves the path,
 * `lenient` stops the character at the wall until the finger comes back to
 * it; `strict` sends it back to the middle of the last cell it crossed, as
 * GCompris's followline moves the lock back, and the child picks it up again.
 */
export function createMazeWalker(maze: MazeGrid, geometry: MazeGeometry, corridorMm: number, rule: WallRule): MazeWalker {
  const index = createPolylineIndex(geometry.passages);
  const half = corridorMm / 2;
  const distanceFromPath = (p: MmPoint) => index.nearest(p).distance;
  const inside = (p: MmPoint) => distanceFromPath(p) <= half;
  let at = geometry.start, checkpoint = geometry.start;
  let holding = false, waiting = false, home = false, sentBack = 0;
  const near = (p: MmPoint) => Math.hypot(p.x - at.x, p.y - at.y) <= Math.max(GRAB_MM, half);

  /** Along the way from the character to p, as far as the corridor allows. */
  const follow = (p: MmPoint): WalkerStep => {
    const steps = Math.ceil(Math.hypot(p.x - at.x, p.y - at.y) / CHECK_STEP_MM);
    const from = at;
    for (let i = 1; i <= steps; i++) {
      const q = i === steps ? p : mmPoint(from.x + ((p.x - from.x) * i) / steps, from.y + ((p.y - from.y) * i) / steps);
      if (!inside(q)) return blocked();
      at = q;
      const cell = cellAt(maze, geometry.cellMm, q);
      if (cell !== -1) {
        const middle = cellCentre(maze, geometry.cellMm, cell);
        if (Math.hypot(q.x - middle.x, q.y - middle.y) <= geometry.cellMm * CHECKPOINT_SHARE) checkpoint = middle;
      }
      if (Math.hypot(q.x - geometry.goal.x, q.y - geometry.goal.y) <= half) { home = true; holding = false; return 'home'; }
    }
    return 'moved';
  };
  const blocked = (): WalkerStep => {
    if (rule === 'lenient') { waiting = true; return 'wall'; }
    at = checkpoint;
    holding = false;
    sentBack++;
    return 'back';
  };

  return {
    down(p) {
      if (home || !near(p)) return false;
      holding = true;
      waiting = false;
      return true;
    },
    move(p) {
      if (!holding) return 'idle';
      if (waiting) {
        if (!near(p) || !inside(p)) return 'wall';
        waiting = false;
      }
      return follow(p);
    },
    up() {
      holding = false;
      waiting = false;
    },
    get at() { return at; },
    get holding() { return holding; },
    get waiting() { return waiting; },
    get home() { return home; },
    get sentBack() { return sentBack; },
    distanceFromPath,
  };
}
