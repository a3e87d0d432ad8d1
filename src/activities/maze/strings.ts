import type { DotPictureId } from './dot-pictures';

const mm = (value: number) => `${Number(value.toFixed(1))} mm`;
const s = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The mazes' and dot-to-dots' text, for the catalogue (src/text/strings.ts holds what every screen shares). */
export const mazeStrings = {
  name: 'Mazes and dots',
  card: 'Mazes',
  modes: { maze: 'Lead the mouse to the cheese', dots: 'Join the dots' },
  kinds: { winding: 'One winding path', perfect: 'A maze with dead ends' },
  walls: { lenient: 'The mouse waits at the wall', strict: 'Leaving the path sends the mouse back' },
  labels: { pulse: 'The next dot pulses', numbers: 'Numbers 1, 2, 3…', letters: 'Letters A, B, C…' },
  pictures: { star: 'Star', house: 'House', boat: 'Boat', fish: 'Fish', heart: 'Heart' } satisfies Record<DotPictureId, string>,
  /** What the guide says as it shows each game: short, for a child listening. */
  say: { maze: 'Take the mouse to the cheese! Keep on the path.', dots: 'Draw a line from dot to dot!' },
  shortenedMaze: (asked: number, used: number) => `A ${mm(asked)} corridor does not fit this maze on this screen: it is ${mm(used)} here, and the record says so.`,
  shortenedDots: (asked: number, used: number) => `Dots ${mm(asked)} apart do not fit this screen: they are ${mm(used)} apart here, and the record says so.`,
  params: {
    mode: 'Game', kind: 'Maze', columns: 'Cells across', rows: 'Cells down', corridorMm: 'Path width (mm)', walls: 'At the wall', passContacts: 'To pass: wall contacts at most',
    adaptive: 'Adjust the path width to the child', adaptiveMinMm: 'Narrowest path (mm)', adaptiveMaxMm: 'Widest path (mm)', seed: 'Maze number',
    picture: 'Picture', dots: 'Number of dots', spacingMm: 'Distance between dots (mm)', dotRadiusMm: 'Dot reach (mm)', labels: 'Dots show', demo: 'Show how first',
  },
  help: {
    mode: 'Maze: the child leads a mouse along a path between walls to its cheese. Dots: the child draws from dot to dot, in order, and the picture comes alive.',
    kind: 'In steps: one winding path with no choice to make, then mazes with dead ends (from 3 × 3 cells up to about 8 × 8).',
    columns: 'Maze: how many cells across. More cells, more turns.',
    rows: 'Maze: how many cells down.',
    corridorMm: 'Maze: a wide path for beginners, a narrow one for precision. If the maze does not fit the screen it is made narrower, and the record says so.',
    walls: 'Maze: when the finger leaves the path, the mouse either waits at the wall for the finger to come back, or goes back to the last cell’s middle and must be picked up again.',
    passContacts: 'Maze: a maze passes when the mouse gets to the cheese with no more wall contacts than this.',
    adaptive: 'Maze: two passes in a row make the path narrower, a fail makes it wider; the report shows the narrowest path the child manages.',
    adaptiveMinMm: 'Maze: the path never gets narrower than this.',
    adaptiveMaxMm: 'Maze: the path never gets wider than this.',
    seed: 'Maze: the same number gives the same maze, for comparing like with like.',
    picture: 'Dots: the picture the dots make.',
    dots: 'Dots: more dots make shorter lines between them.',
    spacingMm: 'Dots: how far apart the dots are on average. Longer lines ask for more control.',
    dotRadiusMm: 'Dots: a line reaches a dot when it passes this close to its middle.',
    labels: 'Dots: for children who do not know numbers yet the next dot pulses; older children follow numbers or letters.',
    demo: 'The guide shows the way first.',
  },
  empty: { seed: 'A new maze every time', dots: 'One at each corner of the picture' },
  measures: {
    mazeWallContacts: 'Wall contacts (finished mazes)',
    mazeDeviationMm: 'Distance from the path’s middle',
    mazeWrongTurns: 'Wrong turns (finished mazes)',
    mazePathEfficiencyPct: 'Path efficiency',
    mazeMs: 'Time through the maze',
    dotsOrderErrors: 'Dots reached out of order',
    dotsDeviationMm: 'Distance from the straight line between dots',
    dotsHitMm: 'Distance from the dot’s middle',
    dotsMs: 'Time to join the dots',
  },
  mazeTask: (kind: string, columns: number, rows: number, corridorMm: number, walls: string) => `${kind} · ${columns} × ${rows} · ${mm(corridorMm)} path · ${walls.toLowerCase()}`,
  dotsTask: (picture: string, dots: number, spacingMm: number) => `${picture} · ${s(dots, 'dot')} ${mm(spacingMm)} apart`,
  /** What the child did, for a goal's sentence in the report. */
  did: {
    maze: (kind: string, corridorMm: number) => `Led the mouse through ${kind === 'winding' ? 'a winding path' : 'a maze'} ${mm(corridorMm)} wide`,
    dots: (picture: string) => `Joined the dots of the ${picture.toLowerCase()}`,
  },
  mazeResult: (completed: boolean, contacts: number, wrongTurns: number) => `${completed ? 'home' : 'not home'} · ${s(contacts, 'wall contact')} · ${s(wrongTurns, 'wrong turn')}`,
  mazeDetails: (meanMm: number | null, efficiency: number | null, seconds: number) =>
    `${meanMm === null ? 'no path' : `${mm(meanMm)} from the middle`} · efficiency ${efficiency === null ? '–' : `${(100 * efficiency).toFixed(0)}%`} · ${seconds.toFixed(1)} s`,
  dotsResult: (joined: number, total: number, orderErrors: number) => `${joined}/${total - 1} joins · ${s(orderErrors, 'order error')}`,
  dotsDetails: (meanMm: number | null, hitMm: number | null, lifts: number) =>
    `${meanMm === null ? 'no join' : `${mm(meanMm)} off the line`}${hitMm === null ? '' : ` · ${mm(hitMm)} from the dots`} · lifted between dots ${lifts}×`,
} as const;

export const mazeOptionNames = { mode: mazeStrings.modes, kind: mazeStrings.kinds, walls: mazeStrings.walls, labels: mazeStrings.labels, picture: mazeStrings.pictures };

export function mazeModeName(id: string): string {
  return (mazeStrings.modes as Record<string, string>)[id] ?? id;
}

export function dotPictureName(id: string): string {
  return (mazeStrings.pictures as Record<string, string>)[id] ?? id;
}
