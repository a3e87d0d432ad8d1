import { mmPoint, type MmPoint, type MmPolyline } from '../../geometry/units';
import { EAST, route, SOUTH, type MazeGrid } from './maze-grid';

/** A maze in mm: its passages' centre lines and the shortest route's, the maze's top-left corner at the origin. */
export interface MazeGeometry {
  readonly cellMm: number;
  /** Each passage between two open neighbours as a two-point centre line, with the way in and the way out as stubs. */
  readonly passages: readonly MmPolyline[];
  /** From the way in, through the centres of the shortest route's cells, to the way out. */
  readonly solution: MmPolyline;
  /** The cells of the shortest route, in order. */
  readonly solutionCells: readonly number[];
  readonly start: MmPoint;
  readonly goal: MmPoint;
}

/** Which sides the ways in and out are on: left and right (a screen wider than tall), or top and bottom (a phone upright). */
export type MazeEntry = 'left' | 'top';
export const MAZE_ENTRIES = ['left', 'top'] as const satisfies readonly MazeEntry[];

/**
 * The maze laid out in cells `cellMm` wide: the way in on the top-left cell's
 * left side (or top), the way out on the bottom-right cell's right side (or
 * bottom), half a cell outside the walls, where the character waits and its
 * home is.
 */
export function mazeGeometry(maze: MazeGrid, cellMm: number, entry: MazeEntry = 'left'): MazeGeometry {
  const centre = (cell: number) => cellCentre(maze, cellMm, cell);
  const last = maze.columns * maze.rows - 1;
  const start = entry === 'left' ? mmPoint(-0.5 * cellMm, 0.5 * cellMm) : mmPoint(0.5 * cellMm, -0.5 * cellMm);
  const goal = entry === 'left' ? mmPoint((maze.columns + 0.5) * cellMm, centre(last).y) : mmPoint(centre(last).x, (maze.rows + 0.5) * cellMm);
  const passages: MmPolyline[] = [[start, centre(0)], [centre(last), goal]];
  maze.open.forEach((sides, cell) => {
    if (sides & EAST) passages.push([centre(cell), centre(cell + 1)]);
    if (sides & SOUTH) passages.push([centre(cell), centre(cell + maze.columns)]);
  });
  const solutionCells = route(maze, 0, last);
  return { cellMm, passages, solution: [start, ...solutionCells.map(centre), goal], solutionCells, start, goal };
}

/** The cell a point is in, or -1 outside the grid (the way in and out lie outside it). */
export function cellAt(maze: MazeGrid, cellMm: number, p: MmPoint): number {
  const column = Math.floor(p.x / cellMm), row = Math.floor(p.y / cellMm);
  return column < 0 || row < 0 || column >= maze.columns || row >= maze.rows ? -1 : row * maze.columns + column;
}

/** The middle of a cell, in maze mm. */
export function cellCentre(maze: MazeGrid, cellMm: number, cell: number): MmPoint {
  return mmPoint(((cell % maze.columns) + 0.5) * cellMm, (Math.floor(cell / maze.columns) + 0.5) * cellMm);
}
