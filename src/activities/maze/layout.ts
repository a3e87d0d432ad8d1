import { mmPoint, type MmPoint } from '../../geometry/units';
import { cornerCount, dotPicture, type DotPicture } from './dot-pictures';
import { mazeGeometry, type MazeEntry, type MazeGeometry } from './maze-geometry';
import { mazeGrid, type MazeGrid } from './maze-grid';
import type { MazeParams } from './params';

/** Kept clear along the top for the back, sound and done buttons (64 CSS px and their 16 px margin), and round the other edges. */
const TOP_MM = 24;
const EDGE_MM = 6;
/** The narrowest corridor a maze is shrunk to on a small screen: still wider than a child's fingertip is deep. */
const MIN_CORRIDOR_MM = 6;
/** The closest dots are pulled together on a small screen: two dots' reach must not overlap. */
const MIN_SPACING_MM = 10;

/** The hedge between corridors: thick enough to read as a wall, growing with the corridor so a wide maze does not look thin-walled. */
export function wallFor(corridorMm: number): number {
  return Math.max(4, corridorMm * 0.35);
}

export interface MazeLayout {
  readonly grid: MazeGrid;
  /** In maze mm: the grid's top-left corner is (0, 0). */
  readonly geometry: MazeGeometry;
  /** The grid's top-left corner on the screen, mm. */
  readonly origin: MmPoint;
  /** The corridor as used: the plan's (or the staircase's), or narrower when the maze would not fit this screen. */
  readonly corridorMm: number;
  readonly wallMm: number;
  readonly seed: number;
  readonly entry: MazeEntry;
}

/**
 * The maze for this screen: its cells a corridor and a wall wide, shrunk only
 * if the maze (with room for the character before it and its home after)
 * would not fit under the buttons, centred there. The ways in and out are on
 * the left and right, or on the top and bottom where that leaves the
 * corridor wider (a phone held upright).
 */
export function layoutMaze(params: Pick<MazeParams, 'kind' | 'columns' | 'rows'>, corridorMm: number, seed: number, screen: { width: number; height: number }): MazeLayout {
  const room = { width: screen.width - 2 * EDGE_MM, height: screen.height - TOP_MM - EDGE_MM };
  const fitFor = (entry: MazeEntry, cell: number) => {
    const across = params.columns + (entry === 'left' ? 2 : 0), down = params.rows + (entry === 'top' ? 2 : 0);
    return Math.min(room.width / (across * cell), room.height / (down * cell));
  };
  const cellOf = (corridor: number) => corridor + wallFor(corridor);
  const entry: MazeEntry = fitFor('top', cellOf(corridorMm)) > fitFor('left', cellOf(corridorMm)) ? 'top' : 'left';
  let corridor = corridorMm;
  for (let pass = 0; pass < 6; pass++) {
    const fit = Math.min(1, fitFor(entry, cellOf(corridor)));
    if (fit >= 1 || corridor <= MIN_CORRIDOR_MM) break;
    corridor = Math.max(MIN_CORRIDOR_MM, Math.floor(corridor * fit * 0.98 * 10) / 10);
  }
  const wallMm = wallFor(corridor), cellMm = corridor + wallMm;
  const grid = mazeGrid(params.kind, params.columns, params.rows, seed);
  const origin = mmPoint(EDGE_MM + (room.width - params.columns * cellMm) / 2, TOP_MM + (room.height - params.rows * cellMm) / 2);
  return { grid, geometry: mazeGeometry(grid, cellMm, entry), origin, corridorMm: corridor, wallMm, seed, entry };
}

export interface DotsLayout {
  readonly picture: DotPicture;
  /** The dots on the screen, mm, in the order they are joined. */
  readonly dots: readonly MmPoint[];
  readonly outline: readonly MmPoint[];
  readonly origin: MmPoint;
  /** As used: the plan's spacing, or closer when the picture would not fit this screen. */
  readonly spacingMm: number;
}

/** The picture's dots at the plan's spacing in true mm, closer only if the picture (and its dots' reach) would not fit, centred under the buttons. */
export function layoutDots(params: Pick<MazeParams, 'picture' | 'dots' | 'spacingMm' | 'dotRadiusMm'>, screen: { width: number; height: number }): DotsLayout {
  const room = { width: screen.width - 2 * EDGE_MM - 2 * params.dotRadiusMm, height: screen.height - TOP_MM - EDGE_MM - 2 * params.dotRadiusMm };
  const count = params.dots ?? cornerCount(params.picture);
  const asked = dotPicture(params.picture, count, params.spacingMm);
  const fit = Math.min(1, room.width / asked.width, room.height / asked.height);
  const spacingMm = fit >= 1 ? params.spacingMm : Math.max(MIN_SPACING_MM, Math.floor(params.spacingMm * fit * 100) / 100);
  const picture = fit >= 1 ? asked : dotPicture(params.picture, count, spacingMm);
  const origin = mmPoint(EDGE_MM + params.dotRadiusMm + (room.width - picture.width) / 2, TOP_MM + params.dotRadiusMm + (room.height - picture.height) / 2);
  const place = (p: MmPoint) => mmPoint(p.x + origin.x, p.y + origin.y);
  return { picture, dots: picture.dots.map(place), outline: picture.outline.map(place), origin, spacingMm };
}
