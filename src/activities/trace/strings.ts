import { strings } from '../../text/strings';

/** Tracing's text, for the catalogue (src/text/strings.ts holds what every screen shares). */
export const traceStrings = {
  name: 'Tracing',
  card: 'Trace',
  /** What the guide says as it shows each stage: short, for a child listening. */
  say: { trace: 'Start at the green dot and follow the path!', dotted: 'Start at the green dot and follow the dots!', dots: 'Start at the green dot and join the dots!', copy: 'Draw one just like it in the empty box!', memory: 'Look carefully, then draw it from memory!' },
  forms: {
    vertical: 'Vertical line',
    horizontal: 'Horizontal line',
    circle: 'Circle',
    cross: 'Cross',
    'diagonal-right': 'Diagonal line ＼',
    'diagonal-left': 'Diagonal line ／',
    square: 'Square',
    x: 'X (oblique cross)',
    triangle: 'Triangle',
    spiral: 'Spiral',
  },
  guides: {
    trace: 'Trace over the path',
    dotted: 'Follow the dotted line',
    dots: 'Join the dots',
    copy: 'Copy the picture',
    memory: 'Draw it from memory',
  },
  /** Copy criteria, by the id each record stores (sources: docs/metrics.md). */
  criteria: {
    'vertical-within-30': 'More than half of the line is within 30° of vertical',
    'horizontal-within-30': 'More than half of the line is within 30° of horizontal',
    'circle-closed': 'The circle is closed',
    'circle-aspect': 'The circle is at most twice as long as it is wide',
    'cross-lines-intersect': 'Two lines cross',
    'cross-arms-6mm': 'Each line reaches at least 6 mm beyond the crossing on both sides',
    'cross-lines-on-axes': 'More than half of each line is within 20° of its axis',
    'diagonal-right-angle': 'More than half of the line slopes between 110° and 160° (＼)',
    'diagonal-left-angle': 'More than half of the line slopes between 20° and 70° (／)',
    'diagonal-no-abrupt-turn': 'The line does not change direction abruptly',
    'square-four-sides': 'Four clearly defined sides',
    'square-four-corners': 'Four clearly defined corners, closed',
    'square-corner-angles': 'Every corner is between 60° and 120° (at least three corners found)',
    'x-oblique-lines-cross': 'Two oblique lines cross',
    'x-arms-balanced': 'The longest arm is at most twice the shortest',
    'triangle-three-sides': 'Three clearly defined sides',
    'triangle-three-corners': 'Three clearly defined corners, closed',
    'spiral-turns': 'At least two and a half turns',
    'spiral-no-crossing': 'No turn runs into another',
  },
  picker: { stages: 'How much help', forms: 'Forms' },
  params: {
    form: 'Form', guide: 'How much help', sizeMm: 'Form width (mm)', corridorMm: 'Corridor width (mm)', demo: 'Show how first', passCoveragePct: 'To pass: path covered (%)',
    passInBandPct: 'To pass: ink inside the corridor (%)', strokeOrder: 'How strict the stroke order is', outsideInk: 'Ink changes colour outside the corridor', strict: 'The line stops outside the corridor',
    adaptive: 'Adjust the corridor to the child', adaptiveMinMm: 'Narrowest corridor (mm)', adaptiveMaxMm: 'Widest corridor (mm)', modelSeconds: 'Model shown for (seconds)', hand: 'Drawing hand',
  },
  help: {
    form: 'The pre-writing form, in the order children usually master them.',
    guide: 'From most help to least: a solid path with an arrow, a dotted line, only dots, a model to copy beside an empty box, or a model shown briefly then drawn from memory.',
    sizeMm: 'How wide the form is drawn on the screen.',
    corridorMm: 'The band around the path that counts as on the line. Narrower is harder. When the corridor adjusts to the child, this is where it starts.',
    demo: 'A hand draws the form once before the child starts (over the path).',
    passCoveragePct: 'How much of the path the child’s line must reach for the attempt to pass.',
    passInBandPct: 'How much of the child’s line must stay inside the corridor for the attempt to pass.',
    strokeOrder: 'Any order: any start and direction passes. The taught order: the child must also start where taught and go the taught way.',
    outsideInk: 'Shows the child at once when the line leaves the corridor (over the path, dotted line or dots).',
    strict: 'The line stops when it leaves the corridor; the child lifts and carries on. For children ready for a firmer boundary.',
    adaptive: 'Two passes in a row make the corridor narrower; a miss makes it wider. The report shows the narrowest the child managed.',
    adaptiveMinMm: 'The corridor never gets narrower than this.',
    adaptiveMaxMm: 'The corridor never gets wider than this.',
    modelSeconds: 'Drawing from memory: how long the model shows before it hides.',
    hand: 'Which hand the child draws with, so the model sits where the hand does not cover it.',
  },
  empty: { hand: 'As in the child’s profile' },
  measures: {
    coveragePct: 'Coverage',
    inBandPct: 'Ink in corridor',
    meanDeviationMm: 'Mean deviation',
    drawingMs: 'Drawing time',
    corridorThresholdMm: 'Corridor threshold',
  },
  /** What the child did, for a goal's sentence in the report; the corridor is named unless a staircase set it. */
  did: {
    trace: (form: string, corridorMm: number | null) => `Traced the ${form} over the path${corridorMm === null ? '' : ` within a ${corridorMm} mm corridor`}`,
    dotted: (form: string, corridorMm: number | null) => `Traced the dotted ${form}${corridorMm === null ? '' : ` within a ${corridorMm} mm corridor`}`,
    dots: (form: string, corridorMm: number | null) => `Joined the dots of the ${form}${corridorMm === null ? '' : ` within a ${corridorMm} mm corridor`}`,
    copy: (form: string) => `Copied the ${form} from a model`,
    memory: (form: string) => `Drew the ${form} from memory`,
  },
  norms: {
    heading: 'Forms and the ages children usually copy them by',
    words: {
      task: 'Form', usualAge: 'Usually copied by', counted: 'Copies passed in these dates',
      relations: { 'before-band': 'usually copied before this age', 'within-band': 'usually copied during this age band', 'after-band': 'usually copied later than this age' },
    },
    meaning: 'The ages are those by which most children copy each form from a model (Beery VMI, 6th edition; Beery, Buktenica & Beery 2010), so only copying and drawing from memory count here: tracing over a path is easier. A child younger than a form’s age is not behind for not copying it yet, and a child older than it who does not copy it may need a closer look, not a diagnosis. Deft’s criteria follow the test’s scoring, but its conditions (a tablet, a finger, a screen-sized model) do not, so a pass here is not a Beery VMI score.',
  },
  passed: 'Passed',
  notYet: 'Not yet',
  tooSmallToScore: 'too small to score (under a quarter of the model’s size)',
  details: (coveragePct: number, met: number, criteria: number) => `coverage ${coveragePct.toFixed(0)}%${criteria ? ` · criteria ${met}/${criteria}` : ''}`,
  presets: {
    heading: 'Presets in the developmental sequence',
    hint: 'Each traces the form over the path, then along a dotted line (each until coverage ≥ 80 in 4 of 5 trials), then copies it from a model. Typical ages after the Beery VMI norms.',
    name: (form: string) => `${form}: trace, dotted, copy`,
    typicalAge: (months: number) => `typical by ${Math.floor(months / 12)} y ${months % 12} m`,
  },
} as const;

export const traceOptionNames = { form: traceStrings.forms, guide: traceStrings.guides, hand: strings.grownUps.hands, strokeOrder: { lenient: 'Any order and direction', strict: 'The taught order and direction' } };

/** A form's name, for screen readers, the Data page and plans. */
export function formName(id: string): string {
  return (traceStrings.forms as Record<string, string>)[id] ?? id;
}

export function guideName(id: string): string {
  return (traceStrings.guides as Record<string, string>)[id] ?? id;
}

/** A copy criterion's wording, by the id the record stores. */
export function criterionText(id: string): string {
  return (traceStrings.criteria as Record<string, string>)[id] ?? id;
}
