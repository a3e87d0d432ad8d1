import { randomIndex, seededRandom } from '../../random/seeded-random';

/** Which way a passage leaves a cell: bit flags, so a cell's open sides fit in one number. */
export const NORTH = 1, EAST = 2, SOUTH = 4, WEST = 8;
const SIDES = [NORTH, EAST, SOUTH, WEST] as const;
const STEP: Record<number, readonly [number, number]> = { [NORTH]: [0, -1], [EAST]: [1, 0], [SOUTH]: [0, 1], [WEST]: [-1, 0] };
const OPPOSITE: Record<number, number> = { [NORTH]: SOUTH, [EAST]: WEST, [SOUTH]: NORTH, [WEST]: EAST };

/** A grid maze: each cell's open sides (NORTH | EAST | SOUTH | WEST), row by row; the way in at the top-left cell, the way out at the bottom-right. */
export interface MazeGrid {
  readonly columns: number;
  readonly rows: number;
  readonly open: readonly number[];
}

export type MazeKind = 'winding' | 'perfect';

/**
 * A maze for a seed. `winding`: one path that snakes through every cell with
 * no branch to choose (the first level). `perfect`: a recursive backtracker's
 * maze, every cell reachable by exactly one route, with dead ends; the same
 * seed always gives the same maze, as sorting's layouts do.
 */
export function mazeGrid(kind: MazeKind, columns: number, rows: number, seed: number): MazeGrid {
  const open = new Array<number>(columns * rows).fill(0);
  const join = (cell: number, side: number) => {
    const [dx, dy] = STEP[side]!;
    open[cell]! |= side;
    open[cell + dx + dy * columns]! |= OPPOSITE[side]!;
  };
  if (kind === 'winding') {
    // Rows back and forth, down at the ends: every cell in one line from the top-left to the last row's end.
    for (let y = 0; y < rows; y++) {
      for (let i = 0; i + 1 < columns; i++) join(y * columns + (y % 2 ? columns - 1 - i : i), y % 2 ? WEST : EAST);
      if (y + 1 < rows) join(y * columns + (y % 2 ? 0 : columns - 1), SOUTH);
    }
    return { columns, rows, open };
  }
  const random = seededRandom(seed);
  const seen = new Uint8Array(columns * rows);
  const stack = [0];
  seen[0] = 1;
  while (stack.length) {
    const cell = stack.at(-1)!;
    const x = cell % columns, y = Math.floor(cell / columns);
    const ways = SIDES.filter((side) => {
      const [dx, dy] = STEP[side]!;
      const nx = x + dx, ny = y + dy;
      return nx >= 0 && ny >= 0 && nx < columns && ny < rows && !seen[ny * columns + nx];
    });
    if (!ways.length) { stack.pop(); continue; }
    const side = ways[randomIndex(random, ways.length)]!;
    const [dx, dy] = STEP[side]!;
    join(cell, side);
    seen[cell + dx + dy * columns] = 1;
    stack.push(cell + dx + dy * columns);
  }
  return { columns, rows, open };
}

/** The cells reached from a cell in one step through its open sides. */
export function neighbours(maze: MazeGrid, cell: number): number[] {
  return SIDES.filter((side) => maze.open[cell]! & side).map((side) => cell + STEP[side]![0] + STEP[side]![1] * maze.columns);
}

/** The shortest route between two cells, both included (breadth-first); empty if none. */
export function route(maze: MazeGrid, from: number, to: number): number[] {
  const previous = new Int32Array(maze.columns * maze.rows).fill(-1);
  previous[from] = from;
  const queue = [from];
  for (let head = 0; head < queue.length && previous[to] === -1; head++) {
    for (const next of neighbours(maze, queue[head]!)) if (previous[next] === -1) { previous[next] = queue[head]!; queue.push(next); }
  }
  if (previous[to] === -1) return [];
  const path = [to];
  while (path.at(-1) !== from) path.push(previous[path.at(-1)!]!);
  return path.reverse();
}

/** Cells with one way in, other than the start and the goal: where a wrong turn ends. */
export function deadEnds(maze: MazeGrid): number[] {
  const goal = maze.columns * maze.rows - 1;
  return maze.open.flatMap((_, cell) => (cell !== 0 && cell !== goal && neighbours(maze, cell).length === 1 ? [cell] : []));
}
