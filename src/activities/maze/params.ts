import { z } from '../../schema/zod';
import { MAX_SEED } from '../../random/seeded-random';
import { DOT_LABELS, DOT_PICTURE_IDS } from './dot-pictures';
import { WALL_RULES } from './maze-walker';

export const MAZE_MODES = ['maze', 'dots'] as const;
export type MazeMode = (typeof MAZE_MODES)[number];
export const MAZE_KINDS = ['winding', 'perfect'] as const;

/**
 * What a therapist can set for a maze or a dot-to-dot. Sizes are in mm, so a
 * 14 mm corridor is 14 mm on every tablet. The limits keep a maze between a
 * beginner's 3×3 and about 8×8, its corridor between a broad road and a
 * pencil-fine path, and a picture's dots on the screen.
 */
export const mazeParamsSchema = z.object({
  mode: z.enum(MAZE_MODES).default('maze').describe('maze: lead the character home along a path between walls; dots: join numbered or pulsing dots in order to make a picture'),
  kind: z.enum(MAZE_KINDS).default('winding').describe('Maze: winding is one path with no branch to choose; perfect is a generated maze with dead ends and exactly one way through'),
  columns: z.int().min(2).max(10).default(3).describe('Maze: cells across'),
  rows: z.int().min(1).max(8).default(3).describe('Maze: cells down'),
  corridorMm: z.number().min(6).max(40).default(20).describe('Maze: width of the path in mm (with adaptive, where the staircase starts)'),
  walls: z.enum(WALL_RULES).default('lenient').describe('Maze: lenient stops the character at the wall until the finger comes back to it; strict sends it back to the middle of the last cell it crossed'),
  passContacts: z.int().min(0).max(20).default(2).describe('Maze: an attempt passes when the character gets home with at most this many wall contacts'),
  adaptive: z.boolean().default(false).describe('Maze: a 2-down/1-up staircase narrows the corridor after two passes in a row and widens it after a fail'),
  adaptiveMinMm: z.number().min(6).max(40).default(8).describe('Maze, adaptive: the narrowest corridor the staircase may reach'),
  adaptiveMaxMm: z.number().min(6).max(40).default(30).describe('Maze, adaptive: the widest corridor the staircase may reach'),
  seed: z.int().min(0).max(MAX_SEED).optional().describe('Maze: the same seed gives the same maze; without one, every maze is new (its seed is recorded)'),
  picture: z.enum(DOT_PICTURE_IDS).default('star').describe('Dots: the picture the dots make'),
  dots: z.int().min(3).max(26).optional().describe("Dots: how many dots; by default the picture's corners"),
  spacingMm: z.number().min(10).max(60).default(28).describe('Dots: the mean distance between one dot and the next, mm'),
  dotRadiusMm: z.number().min(2).max(15).default(6).describe('Dots: a line reaches a dot when it passes within this distance of its centre, mm'),
  labels: z.enum(DOT_LABELS).default('pulse').describe('Dots: pulse (the next dot pulses, for children who do not know numerals yet), numbers (1, 2, 3…) or letters (A, B, C…)'),
  demo: z.boolean().default(true).describe('the guide shows the way first'),
});
export type MazeParams = z.infer<typeof mazeParamsSchema>;

/** Which settings each mode reads: what a CSV row of that mode carries. */
export const MAZE_PARAMS_IN_USE: Readonly<Record<MazeMode, readonly (keyof MazeParams)[]>> = {
  maze: ['mode', 'kind', 'columns', 'rows', 'corridorMm', 'walls', 'passContacts', 'adaptive', 'adaptiveMinMm', 'adaptiveMaxMm', 'seed', 'demo'],
  dots: ['mode', 'picture', 'dots', 'spacingMm', 'dotRadiusMm', 'labels', 'demo'],
};

/** Short names in links: #/play/maze?mode=maze&kind=perfect&columns=5&rows=5&corridor=14&walls=strict&seed=7 */
export const MAZE_URL_NAMES = {
  mode: 'mode',
  kind: 'kind',
  columns: 'columns',
  rows: 'rows',
  corridorMm: 'corridor',
  walls: 'walls',
  passContacts: 'contacts',
  adaptive: 'adaptive',
  adaptiveMinMm: 'min',
  adaptiveMaxMm: 'max',
  seed: 'seed',
  picture: 'picture',
  dots: 'dots',
  spacingMm: 'spacing',
  dotRadiusMm: 'radius',
  labels: 'labels',
  demo: 'demo',
} as const satisfies Record<keyof MazeParams, string>;
