import { strings } from '../../text/strings';
import type { CutLineKind } from './cut-sheets';

const mm = (value: number) => `${Number(value.toFixed(2))} mm`;

/** Cutting's text, for the catalogue (src/text/strings.ts holds what every screen shares). */
export const cutStrings = {
  name: 'Cutting',
  card: 'Cut',
  lines: {
    fringe: 'Fringe snips', straight: 'Straight line', curve: 'Gentle curve', wave: 'Wave', zigzag: 'Zigzag',
    circle: 'Circle', square: 'Square', triangle: 'Triangle', fish: 'Fish outline',
  } satisfies Record<CutLineKind, string>,
  /** What the guide says as it shows the cut: short, for a child listening. */
  say: { snip: 'Snip, snip, snip, up to the end of the line!', along: 'Cut along the line, all the way!', round: 'Cut all the way round!', hold: 'Hold the paper here with your other hand.' },
  picker: { lines: 'Lines to cut' },
  shortened: (asked: number, used: number) => `The ${asked} mm line does not fit this screen: it is ${used} mm here, and the record says so.`,
  params: {
    line: 'Line to cut', lengthMm: 'Line length (mm)', lineWidthMm: 'Printed line width (mm)', toleranceMm: 'How far off the line still counts (mm)',
    passWithinPct: 'To pass: line cut within that distance (%)', hold: 'The other hand holds the paper', demo: 'Show how first',
    adaptive: 'Adjust the distance to the child', adaptiveMinMm: 'Closest distance asked (mm)', adaptiveMaxMm: 'Farthest distance allowed (mm)', hand: 'Cutting hand',
  },
  help: {
    line: 'In the order children usually learn them: snips into an edge, a straight line, curves, corners, then shapes and a picture.',
    lengthMm: 'How far the line runs across the sheet; for a shape, how wide it is; for fringe, how long each snip is.',
    lineWidthMm: 'A thicker line is easier to see and to stay on.',
    toleranceMm: 'A cut this close to the line counts as on it: ¼ inch (6.35 mm) as cutting goals are usually written. When it adjusts to the child, this is where it starts.',
    passWithinPct: 'A cut passes when its piece comes away (fringe: every snip made) and this much of the line was cut within the distance.',
    hold: 'The paper slides unless the other hand holds it at the hand mark, and that hand can turn it for curves and corners. Off for the youngest.',
    demo: 'A hand shows the first stretch of the cut before the child starts.',
    adaptive: 'Two passes in a row bring the distance closer to the line; a miss moves it back out. The report shows the closest the child managed.',
    adaptiveMinMm: 'The distance never gets closer to the line than this.',
    adaptiveMaxMm: 'The distance never gets farther from the line than this.',
    hand: 'Which hand holds the scissors: the line runs the way that hand cuts, and the hold mark sits for the other hand.',
  },
  empty: { lengthMm: 'The line’s usual length', hand: 'As in the child’s profile' },
  measures: {
    cutWithinBandPct: 'Line cut within the distance',
    cutMeanDeviationMm: 'Mean distance from the line',
    cutBandExits: 'Times the cut went off',
    cutPct: 'Line cut',
    cutHeldPct: 'Paper held while cutting',
    cuttingMs: 'Cutting time',
    cutBandThresholdMm: 'Closest distance managed',
  },
  task: (line: string, lengthMm: number, toleranceMm: number) => `${line} · ${mm(lengthMm)}, within ${mm(toleranceMm)}`,
  /** What the child did, for a goal's sentence in the report. */
  did: (line: string, toleranceMm: number) => `Cut the ${line.toLowerCase()} within ${mm(toleranceMm)} of the line`,
  result: (pieceFree: boolean, withinPct: number) => `${pieceFree ? 'cut out' : 'not cut through'} · ${withinPct.toFixed(0)}% within`,
  details: (deviationMm: number | null, exits: number, heldPct: number | null) =>
    `${deviationMm === null ? 'no cut' : `${mm(deviationMm)} from the line on average`} · off the line ${exits}×${heldPct === null ? '' : ` · paper held ${heldPct.toFixed(0)}% of the time`}`,
  norms: {
    heading: 'Cutting lines and the ages children usually manage them by',
    words: {
      task: 'Line', usualAge: 'Usually cut by', counted: 'Cuts passed in these dates',
      relations: { 'before-band': 'usually cut before this age', 'within-band': 'usually cut during this age band', 'after-band': 'usually cut later than this age' },
    },
    meaning: 'The ages follow the usual order in which children learn to cut (snipping, then straight lines, curves, corners and shapes; Schneck & Battaglia 1992, as set out in Case-Smith & O’Brien’s Occupational Therapy for Children), and each is approximate: children vary by a year and more. A child younger than a line’s age is not behind for not cutting it yet; an older child who does not may need a closer look, not a diagnosis. Deft cuts on a screen with a finger or a pen, not with scissors and paper, so a pass here says how the child follows and steers, not how they handle scissors.',
  },
} as const;

export const cutOptionNames = { line: cutStrings.lines, hand: strings.grownUps.hands };

/** A line's name, for screen readers, the Data page and plans. */
export function lineName(id: string): string {
  return (cutStrings.lines as Record<string, string>)[id] ?? id;
}
