import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMaze } from '../../src/activities/maze/layout';
import { mazeGeometry } from '../../src/activities/maze/maze-geometry';
import { deadEnds, EAST, mazeGrid, neighbours, route, SOUTH } from '../../src/activities/maze/maze-grid';
import { measureMaze } from '../../src/activities/maze/measure-maze';
import { createMazeWalker } from '../../src/activities/maze/maze-walker';
import { polylineLength } from '../../src/geometry/polyline-length';
import { resample } from '../../src/geometry/resample';
import { mmPoint, type TimedMmPoint } from '../../src/geometry/units';
import { evaluateGoal } from '../../src/plans/evaluate-goal';
import type { AttemptSummary } from '../../src/registry/attempt-summary';
import { MEASURES } from '../../src/registry/measures';
import type { Goal } from '../../src/registry/plan';

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

describe('measuring a walk through a maze', () => {
  const CELL = 20, CORRIDOR = 12;
  /** A finger along a polyline, a sample every mm, 20 ms apart (50 mm/s). */
  const walk = (line: readonly { x: number; y: number }[], t0 = 0): TimedMmPoint[] => resample(line.map((p) => mmPoint(p.x, p.y)), 1).map((p, i) => ({ ...p, t: t0 + i * 20 }));

  it('the shortest route, along its centre line: no contact, no wrong turn, efficiency 1, no deviation', () => {
    const maze = mazeGrid('perfect', 6, 6, 3);
    const geometry = mazeGeometry(maze, CELL);
    const m = measureMaze(maze, geometry, CORRIDOR, 'lenient', [walk(geometry.solution)]);
    expect(m).toMatchObject({ wallContacts: 0, wrongTurns: 0, backtrackedMm: 0, completed: true, stops: 0 });
    expect(m.pathEfficiency!).toBeCloseTo(1, 6);
    expect(m.maxDeviationMm!).toBeLessThan(1e-9);
  });

  it('a turn into a dead end and back is one wrong turn, its way in and out backtracked', () => {
    const maze = mazeGrid('perfect', 8, 8, 1);
    const geometry = mazeGeometry(maze, CELL);
    const route = geometry.solutionCells;
    const onRoute = new Set(route);
    // The first cell of the route with a side branch: go into the branch's first cell and straight back.
    const k = route.findIndex((cell) => neighbours(maze, cell).some((n) => !onRoute.has(n)));
    const branch = neighbours(maze, route[k]!).find((n) => !onRoute.has(n))!;
    const centre = (cell: number) => mmPoint(((cell % 8) + 0.5) * CELL, (Math.floor(cell / 8) + 0.5) * CELL);
    const line = [...geometry.solution.slice(0, k + 2), centre(branch), centre(route[k]!), ...geometry.solution.slice(k + 2)];
    const m = measureMaze(maze, geometry, CORRIDOR, 'lenient', [walk(line)]);
    expect(m.wrongTurns).toBe(1);
    expect(m.backtrackedMm).toBeGreaterThan(CELL - 1.5);
    expect(m.backtrackedMm).toBeLessThan(CELL + 1.5);
    const shortest = polylineLength(geometry.solution) - CORRIDOR / 2;
    expect(m.pathEfficiency!).toBeCloseTo(shortest / (shortest + 2 * CELL), 2);
    expect(m.wallContacts).toBe(0);
  });

  it('leaving the corridor twice is two wall contacts, each with how long it lasted', () => {
    const maze = mazeGrid('winding', 4, 1, 0); // one straight corridor, left to right
    const geometry = mazeGeometry(maze, CELL);
    const y = CELL / 2;
    // Along the middle, out 8 mm sideways (past the 6 mm half-corridor) at two places, for 100 ms each.
    const points = walk(geometry.solution).map((p) => ({ ...p, y: (p.x > 20 && p.x <= 25) || (p.x > 50 && p.x <= 55) ? y + 8 : p.y }));
    const m = measureMaze(maze, geometry, CORRIDOR, 'lenient', [points]);
    expect(m.wallContacts).toBe(2);
    expect(m.wallContactMs).toEqual([100, 100]);
    expect(m.maxDeviationMm!).toBeCloseTo(8, 6);
  });
});

describe('the character a finger leads', () => {
  const CELL = 20, CORRIDOR = 12;
  const p = (x: number, y: number) => mmPoint(x, y);

  it('follows a finger that picked it up, and not one that touched elsewhere', () => {
    const maze = mazeGrid('winding', 4, 1, 0);
    const geometry = mazeGeometry(maze, CELL);
    const walker = createMazeWalker(maze, geometry, CORRIDOR, 'lenient');
    expect(walker.down(p(40, 10))).toBe(false);
    expect(walker.move(p(41, 10))).toBe('idle');
    expect(walker.down(geometry.start)).toBe(true);
    expect(walker.move(p(15, 12))).toBe('moved');
    expect(walker.at).toEqual(p(15, 12));
  });

  it('lenient: stops at the wall, waits while the finger is away, and goes on once the finger is back on it', () => {
    const maze = mazeGrid('winding', 4, 1, 0);
    const geometry = mazeGeometry(maze, CELL);
    const walker = createMazeWalker(maze, geometry, CORRIDOR, 'lenient');
    walker.down(geometry.start);
    walker.move(p(30, 10));
    expect(walker.move(p(30, 19))).toBe('wall'); // 9 mm off the line: through the 6 mm half-corridor
    expect(walker.at.y).toBeGreaterThan(15);
    expect(walker.at.y).toBeLessThanOrEqual(16);
    expect(walker.waiting).toBe(true);
    expect(walker.move(p(60, 10))).toBe('wall'); // back in the corridor, but far from the character
    expect(walker.move(p(31, 12))).toBe('moved');
    expect(walker.waiting).toBe(false);
    walker.move(p(70, 10));
    expect(walker.move(geometry.goal)).toBe('home');
    expect(walker.home).toBe(true);
  });

  it('strict: leaving sends the character back to the middle of the last cell it crossed, and the finger must pick it up again', () => {
    const maze = mazeGrid('winding', 4, 1, 0);
    const geometry = mazeGeometry(maze, CELL);
    const walker = createMazeWalker(maze, geometry, CORRIDOR, 'strict');
    walker.down(geometry.start);
    walker.move(p(36, 10)); // past the middle of cell 1 (30, 10)
    expect(walker.move(p(38, 20))).toBe('back');
    expect(walker.at).toEqual(p(30, 10));
    expect(walker.holding).toBe(false);
    expect(walker.move(p(40, 10))).toBe('idle');
    expect(walker.sentBack).toBe(1);
  });

  it('a finger that jumps across a wall between two samples does not carry the character through it', () => {
    const maze = mazeGrid('winding', 2, 2, 0); // cell 0 → 1, down to 3, back to 2: cells 0 and 2 share a wall
    const geometry = mazeGeometry(maze, CELL);
    const walker = createMazeWalker(maze, geometry, CORRIDOR, 'lenient');
    walker.down(geometry.start);
    walker.move(p(10, 10));
    expect(walker.move(p(10, 30))).toBe('wall');
    expect(walker.at.y).toBeLessThan(17);
  });

  it('strokes that never picked the character up are counted as stray, not measured', () => {
    const maze = mazeGrid('winding', 4, 1, 0);
    const geometry = mazeGeometry(maze, CELL);
    const stray = [{ ...p(50, 10), t: 0 }, { ...p(55, 10), t: 20 }];
    const m = measureMaze(maze, geometry, CORRIDOR, 'lenient', [stray]);
    expect(m).toMatchObject({ strayTouches: 1, pathMm: 0, completed: false, meanDeviationMm: null });
  });
});

describe('the walk ends at home', () => {
  it('samples after the mouse is home are not measured: the path ends where the mouse reached the cheese', () => {
    const maze = mazeGrid('winding', 3, 1, 0);
    const geometry = mazeGeometry(maze, 20);
    const on = resample([...geometry.solution, mmPoint(40, 10)], 1).map((p, i) => ({ ...p, t: i * 20 }));
    const m = measureMaze(maze, geometry, 12, 'lenient', [on]);
    expect(m.completed).toBe(true);
    expect(m.pathMm).toBeGreaterThan(polylineLength(geometry.solution) - 6 - 1.01);
    expect(m.pathMm).toBeLessThanOrEqual(polylineLength(geometry.solution) - 6 + 1e-9);
    expect(m.pathEfficiency).toBe(1);
  });
});

describe('maze and dot goals, as therapists write them, read through the registry', () => {
  const maze = mazeGrid('winding', 4, 1, 0);
  const geometry = mazeGeometry(maze, 20);
  /** A walk along the middle that steps out of the corridor `contacts` times. */
  const walkWith = (contacts: number) => resample(geometry.solution, 1).map((p, i) => ({ ...p, y: i % 12 === 6 && Math.floor(i / 12) < contacts ? p.y + 8 : p.y, t: i * 20 }));
  const trial = (contacts: number, i: number) => {
    const m = measureMaze(maze, geometry, 12, 'lenient', [walkWith(contacts)]);
    return { activity: 'maze', status: 'completed', startedAt: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(), metrics: { mode: 'maze', ...m } } as unknown as AttemptSummary;
  };

  it('“at most 1 wall contact in 4 of 5 mazes”: met with one slip, not with two', () => {
    const goal: Goal = { measure: 'mazeWallContacts', comparison: 'atMost', value: 1, inTrials: 4, ofTrials: 5 };
    expect(MEASURES.mazeWallContacts.read(trial(2, 0))).toBe(2);
    expect(evaluateGoal(goal, [0, 1, 3, 0, 1].map(trial))).toEqual({ met: true, passing: 4, counted: 5 });
    expect(evaluateGoal(goal, [0, 2, 3, 0, 1].map(trial))).toEqual({ met: false, passing: 3, counted: 5 });
  });

  it('a dot goal reads nothing from a maze, and a maze goal nothing from dots', () => {
    expect(MEASURES.dotsOrderErrors.read(trial(0, 0))).toBeNull();
    const dots = { activity: 'maze', status: 'completed', metrics: { mode: 'dots', orderErrors: 2, completed: true, totalMs: 9000, meanDeviationMm: 1, meanHitMm: 2 } } as unknown as AttemptSummary;
    expect(MEASURES.dotsOrderErrors.read(dots)).toBe(2);
    expect(MEASURES.mazeWallContacts.read(dots)).toBeNull();
  });
});

describe('the maze on the screen', () => {
  it('a wide screen has the ways in and out at the sides; an upright phone at the top and bottom, which leaves the corridor wider', () => {
    const params = { kind: 'perfect', columns: 5, rows: 5 } as const;
    const wide = layoutMaze(params, 14, 2, { width: 270, height: 203 });
    expect(wide).toMatchObject({ entry: 'left', corridorMm: 14 });
    expect(wide.geometry.start).toEqual(mmPoint(-wide.geometry.cellMm / 2, wide.geometry.cellMm / 2));
    const phone = layoutMaze(params, 14, 2, { width: 103, height: 223 });
    expect(phone.entry).toBe('top');
    const c = phone.geometry.cellMm;
    expect(phone.geometry.start).toEqual(mmPoint(c / 2, -c / 2));
    expect(phone.geometry.goal).toEqual(mmPoint(4.5 * c, 5.5 * c));
    // Across, this phone would fit cells of (103 − 12) / 7 mm; down it fits 91 / 5, shrunk only to keep the maze's height.
    expect(phone.corridorMm).toBeGreaterThan(12);
    expect(phone.grid.open).toEqual(wide.grid.open);
  });
});
