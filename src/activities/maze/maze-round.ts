import { mmPoint, type MmPoint } from '../../geometry/units';
import type { InputSample } from '../../input/input-sample';
import { recordedSample } from '../../input/recorded-sample';
import type { Stroke } from '../../schema/parts';
import type { MazeLayout } from './layout';
import { createMazeWalker, type MazeWalker, type WalkerStep, type WallRule } from './maze-walker';
import { measureMaze, type MazeMeasures } from './measure-maze';

export interface MazeRoundOptions {
  readonly layout: MazeLayout;
  readonly rule: WallRule;
  /** performance.now() when the maze appeared: record times count from here. */
  readonly originMs: number;
}

/**
 * One maze being walked, with no drawing in it: every touch is recorded, and
 * the character (maze-walker.ts) is fed exactly the recorded points, so the
 * measures, replayed from the record, see what the child saw. One finger at a
 * time (the scene takes one pointer).
 */
export class MazeRound {
  readonly strokes: Stroke[] = [];
  private readonly walker: MazeWalker;
  private open: Stroke | null = null;

  constructor(private readonly options: MazeRoundOptions) {
    const { grid, geometry, corridorMm } = options.layout;
    this.walker = createMazeWalker(grid, geometry, corridorMm, options.rule);
  }

  /** A touch: true if it picked the character up. */
  down(sample: InputSample): boolean {
    this.open = { pointerType: sample.pointerType, points: [recordedSample(sample, this.options.originMs)] };
    this.strokes.push(this.open);
    return this.walker.down(this.inMaze(sample));
  }

  move(sample: InputSample): WalkerStep {
    if (!this.open) return 'idle';
    this.open.points.push(recordedSample(sample, this.options.originMs));
    return this.walker.move(this.inMaze(sample));
  }

  /** The lift, as a last move where it differs from the last sample. */
  up(sample: InputSample): WalkerStep {
    const last = this.open?.points.at(-1);
    const step = last && (last.x !== sample.x || last.y !== sample.y) ? this.move(sample) : 'idle';
    this.release();
    return step;
  }

  /** The browser took the pointer: the character is let go where it is. */
  release(): void {
    this.open = null;
    this.walker.up();
  }

  /** Where the character is in the maze, maze mm (the grid's corner at 0, 0). */
  get at(): MmPoint {
    return this.walker.at;
  }

  /** Where the character is, screen mm. */
  get character(): MmPoint {
    const { origin } = this.options.layout;
    return mmPoint(this.walker.at.x + origin.x, this.walker.at.y + origin.y);
  }

  get home(): boolean { return this.walker.home; }
  get holding(): boolean { return this.walker.holding; }
  get waiting(): boolean { return this.walker.waiting; }

  measures(): MazeMeasures {
    return measureMazeStrokes(this.options.layout, this.options.rule, this.strokes);
  }

  private inMaze(p: { x: number; y: number }): MmPoint {
    const { origin } = this.options.layout;
    return mmPoint(p.x - origin.x, p.y - origin.y);
  }
}

/** The measures from strokes in screen mm: the same replay a record's recount makes. */
export function measureMazeStrokes(layout: Pick<MazeLayout, 'grid' | 'geometry' | 'corridorMm' | 'origin'>, rule: WallRule, strokes: readonly Stroke[]): MazeMeasures {
  const { origin } = layout;
  const inMaze = strokes.map((s) => s.points.map((p) => ({ ...mmPoint(p.x - origin.x, p.y - origin.y), t: p.t })));
  return measureMaze(layout.grid, layout.geometry, layout.corridorMm, rule, inMaze);
}
