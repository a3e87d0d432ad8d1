import { mmPoint } from '../../geometry/units';
import { recordHead, type AttemptHead } from '../../schema/record-head';
import type { DotsRound } from './dots-round';
import type { DotsLayout, MazeLayout } from './layout';
import { mazeGeometry } from './maze-geometry';
import type { MazeRound } from './maze-round';
import type { MazeParams } from './params';
import { MAZE_RECORD_VERSION, type MazeAttempt, type MazeMetrics } from './record';

const pair = (p: { x: number; y: number }): [number, number] => [p.x, p.y];

interface Common {
  readonly head: AttemptHead;
  readonly params: MazeParams;
}

/** A maze walked: measured by replaying the strokes through the character, then the public record (the lifecycle checks it against its schema, once). */
export function buildMazeRecord(input: Common & { layout: MazeLayout; round: MazeRound; adaptive: (passed: boolean) => MazeAttempt['adaptive'] }): MazeAttempt {
  const { layout, round, params } = input;
  const m = round.measures();
  const passed = m.completed && m.wallContacts <= params.passContacts;
  return {
    ...recordHead(input.head, 'maze', MAZE_RECORD_VERSION, round.strokes),
    strokes: round.strokes,
    params: { ...params, corridorMm: layout.corridorMm, seed: layout.seed },
    maze: { origin: pair(layout.origin), cellMm: layout.geometry.cellMm, entry: layout.entry, wallMm: layout.wallMm, open: [...layout.grid.open], solution: [...layout.geometry.solutionCells] },
    picture: null,
    adaptive: input.adaptive(passed),
    metrics: { mode: 'maze', ...m, wallContactMs: [...m.wallContactMs], passed },
  };
}

/** A dot-to-dot drawn: its joins replayed from the strokes, then the public record. */
export function buildDotsRecord(input: Common & { layout: DotsLayout; round: DotsRound; finishedBy: Extract<MazeMetrics, { mode: 'dots' }>['finishedBy'] }): MazeAttempt {
  const { layout, round, params } = input;
  const m = round.measures();
  return {
    ...recordHead(input.head, 'maze', MAZE_RECORD_VERSION, round.strokes),
    strokes: round.strokes,
    params: { ...params, dots: layout.dots.length, spacingMm: layout.spacingMm },
    maze: null,
    picture: { dots: layout.dots.map(pair), outline: layout.outline.map(pair) },
    adaptive: null,
    metrics: { mode: 'dots', dots: layout.dots.length, ...m, skipped: [...m.skipped], segments: m.segments.map((s) => ({ ...s })), finishedBy: input.finishedBy, passed: m.completed && m.orderErrors === 0 },
  };
}

/** What a maze record's measures were counted from, read back from it: the grid and the corridor, in the record's own figures. */
export function mazeLayoutOf(record: Pick<MazeAttempt, 'maze' | 'params'>): Pick<MazeLayout, 'grid' | 'geometry' | 'corridorMm' | 'origin'> | null {
  const { maze, params } = record;
  if (!maze) return null;
  const grid = { columns: params.columns, rows: params.rows, open: maze.open };
  return { grid, geometry: mazeGeometry(grid, maze.cellMm, maze.entry), corridorMm: params.corridorMm, origin: mmPoint(maze.origin[0], maze.origin[1]) };
}
