import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadEnds, EAST, mazeGrid, neighbours, route, SOUTH } from '../../src/activities/maze/maze-grid';

/** Every cell reached from the start, by walking the open sides. */
function reachable(maze: ReturnType<typeof mazeGrid>): number {
  const seen = new Set([0]);
  const todo = [0];
  while (todo.length) for (const next of neighbours(maze, todo.pop()!)) if (!seen.has(next)) { seen.add(next); todo.push(next); }
  return seen.size;
}

describe('maze generation', () => {
  it('the same seed gives the same maze; another seed, another maze', () => {
    expect(mazeGrid('perfect', 8, 8, 42)).toEqual(mazeGrid('perfect', 8, 8, 42));
    expect(mazeGrid('perfect', 8, 8, 43).open).not.toEqual(mazeGrid('perfect', 8, 8, 42).open);
  });

  it('a known 3×3 maze for seed 7, exactly, and its one route', () => {
    //   +--+--+--+
    //   |        |     each number below is a cell's open sides: N 1, E 2, S 4, W 8
    //   +--+--+  +
    //   |        |
    //   +  +--+--+
    //   |        |
    //   +--+--+--+
    const maze = mazeGrid('perfect', 3, 3, 7);
    expect(maze.open).toEqual([2, 10, 12, 6, 10, 9, 3, 10, 8]);
    expect(route(maze, 0, 8)).toEqual([0, 1, 2, 5, 4, 3, 6, 7, 8]);
  });

  it('winding: one path through every cell, no branch and no dead end', () => {
    const maze = mazeGrid('winding', 4, 3, 0);
    expect(maze.open.slice(0, 4)).toEqual([EAST, EAST | 8, EAST | 8, SOUTH | 8]);
    expect(route(maze, 0, 11)).toEqual([0, 1, 2, 3, 7, 6, 5, 4, 8, 9, 10, 11]);
    expect(deadEnds(maze)).toEqual([]);
  });

  it('for any seed and size from 3×3 to 8×8: every cell reachable, exactly one route between any two (a tree), walls agree on both sides', () => {
    fc.assert(fc.property(fc.integer({ min: 3, max: 8 }), fc.integer({ min: 3, max: 8 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (columns, rows, seed) => {
      const maze = mazeGrid('perfect', columns, rows, seed);
      const cells = columns * rows;
      expect(reachable(maze)).toBe(cells);
      // A connected graph with one edge fewer than its cells has no loop: one route between any two cells.
      const passages = maze.open.reduce((sum, sides) => sum + [1, 2, 4, 8].filter((s) => sides & s).length, 0) / 2;
      expect(passages).toBe(cells - 1);
      for (let cell = 0; cell < cells; cell++) for (const next of neighbours(maze, cell)) expect(neighbours(maze, next)).toContain(cell);
      // Nothing opens through the outer wall.
      for (let x = 0; x < columns; x++) { expect(maze.open[x]! & 1).toBe(0); expect(maze.open[(rows - 1) * columns + x]! & SOUTH).toBe(0); }
      for (let y = 0; y < rows; y++) { expect(maze.open[y * columns]! & 8).toBe(0); expect(maze.open[y * columns + columns - 1]! & EAST).toBe(0); }
      const solution = route(maze, 0, cells - 1);
      expect(solution[0]).toBe(0);
      expect(solution.at(-1)).toBe(cells - 1);
    }), { numRuns: 200 });
  });

  it('bigger perfect mazes have dead ends to take a wrong turn into', () => {
    expect(deadEnds(mazeGrid('perfect', 8, 8, 1)).length).toBeGreaterThan(3);
  });
});
