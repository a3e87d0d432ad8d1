import type { AttemptLine, StepDescription } from '../../activity/definition';
import { pictureIcon } from './icons';
import type { ColourParams } from './params';
import { DEFAULT_PICTURE_MM } from './pictures';
import { colourStrings, partName, pictureName } from './strings';
import type { ColourSummary } from './summary';

/** Rough seconds for a young child: a look and the guide's strokes, then filling about 150 mm² a second (what a parent plans for, not a measurement). */
const SECONDS = { look: 8, mm2PerSecond: 150 } as const;

export const colourStep: StepDescription<ColourParams> = {
  title: (p) => `${colourStrings.name} · ${pictureName(p.picture)}`,
  forParent: (p) => pictureName(p.picture),
  did: (p) => colourStrings.did(pictureName(p.picture), partName(p.picture, p.part)),
  picture: (p) => pictureIcon(p.picture),
  trialSeconds: (p) => SECONDS.look + ((p.sizeMm ?? DEFAULT_PICTURE_MM[p.picture]) ** 2 * 0.6) / SECONDS.mm2PerSecond,
};

export function describeColour(a: ColourSummary): AttemptLine {
  const picture = pictureName(a.params.picture);
  return {
    task: colourStrings.task(picture, partName(a.params.picture, a.params.part), a.params.sizeMm, a.params.crayonMm),
    result: colourStrings.result(a.metrics.coveragePct, a.metrics.outsidePct),
    details: colourStrings.details(a.metrics.maxExcursionMm, a.metrics.outwardCrossings, a.metrics.edgeCoveragePct),
  };
}
