import { partIds, type PictureId } from './pictures';

const mm = (value: number) => `${Number(value.toFixed(1))} mm`;

/** Colouring's text, for the catalogue (src/text/strings.ts holds what every screen shares). */
export const colourStrings = {
  name: 'Colouring',
  card: 'Colour',
  pictures: {
    circle: 'Circle', square: 'Square', heart: 'Heart', apple: 'Apple', fish: 'Fish', house: 'House', balloon: 'Balloon', flower: 'Flower', ladybird: 'Ladybird',
  } satisfies Record<PictureId, string>,
  /** Each part's name, by its id in pictures.ts: the plan editor and reports name the part coloured. */
  partNames: {
    circle: 'circle', square: 'square', heart: 'heart', apple: 'apple', leaf: 'leaf', body: 'body', tail: 'tail', walls: 'walls', roof: 'roof', door: 'door',
    balloon: 'balloon', knot: 'knot', middle: 'middle', petals: 'petals', back: 'back', spots: 'spots', head: 'head',
  } as Record<string, string>,
  say: 'Colour it all in, inside the lines!',
  picker: { pictures: 'Pictures to colour' },
  shortened: (asked: number, used: number) => `The ${asked} mm picture does not fit this screen: it is ${used} mm wide here, and the record says so.`,
  params: {
    picture: 'Picture', part: 'Part to colour', sizeMm: 'Picture width (mm)', outlineMm: 'Outline width (mm)', crayonMm: 'Crayon width (mm)',
    thresholdPct: 'Done when coloured (%)', passOutsidePct: 'To pass: colour outside at most (%)', stencil: 'Stencil: colour outside shows faint', demo: 'Show how first',
  },
  help: {
    picture: 'In steps: big shapes, then pictures of two or three parts, then small parts down to about 10 mm.',
    part: 'Which part the child colours, counted from 0: 0 is the main part (the apple, not its leaf). The others are outside it.',
    sizeMm: 'How wide the picture is on the screen; smaller pictures ask for finer control.',
    outlineMm: 'A thick outline is easier to keep inside.',
    crayonMm: 'A wide crayon fills fast; a narrow one asks for more strokes and more care at the edge.',
    thresholdPct: 'When this much of the part is coloured, the picture comes alive and the attempt ends. The child can also press done.',
    passOutsidePct: 'A picture passes when it is coloured to the line above and no more than this share of the colour went outside.',
    stencil: 'For children still learning to stop at the line: colour outside shows faint, as if a stencil held it back. It still counts as outside.',
    demo: 'A hand shows a few strokes of colouring before the child starts.',
  },
  empty: { sizeMm: 'The picture’s usual width' },
  measures: {
    colourCoveragePct: 'Part coloured',
    colourOutsidePct: 'Colour outside the lines',
    colourMaxExcursionMm: 'Farthest past the line',
    colourCrossings: 'Times over the line',
    colourEdgeCoveragePct: 'Edge coloured (2 mm inside the line)',
    colouringMs: 'Colouring time',
  },
  task: (picture: string, part: string, widthMm: number, crayonMm: number) => `${picture}${part === picture.toLowerCase() ? '' : ` (${part})`} · ${mm(widthMm)} wide, ${mm(crayonMm)} crayon`,
  /** What the child did, for a goal's sentence in the report. */
  did: (picture: string, part: string) => `Coloured the ${part === picture.toLowerCase() ? picture.toLowerCase() : `${picture.toLowerCase()}’s ${part}`}`,
  result: (coveragePct: number, outsidePct: number | null) => `${coveragePct.toFixed(0)}% coloured · ${outsidePct === null ? 'no colour' : `${outsidePct.toFixed(0)}% outside`}`,
  details: (excursionMm: number, crossings: number, edgePct: number) => `at most ${mm(excursionMm)} past the line · over it ${crossings}× · edge ${edgePct.toFixed(0)}% coloured`,
} as const;

export const colourOptionNames = { picture: colourStrings.pictures };

/** A picture's name, for screen readers, the Data page and plans. */
export function pictureName(id: string): string {
  return (colourStrings.pictures as Record<string, string>)[id] ?? id;
}

/** A part's name: "leaf" for the apple's part 1 (a part past the picture's last is its last, as in play). */
export function partName(picture: PictureId, part: number): string {
  const ids = partIds(picture);
  const id = ids[Math.min(part, ids.length - 1)] ?? String(part);
  return colourStrings.partNames[id] ?? id;
}
