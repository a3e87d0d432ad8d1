import type { AttemptLine, StepDescription } from '../../activity/definition';
import { DEFAULT_LENGTH_MM, type CutParams } from './params';
import { lineIcon } from './icons';
import { cutStrings, lineName } from './strings';
import type { CutSummary } from './summary';

/** Rough seconds for a young child: a look and the guide's demonstration, then cutting at about 10 mm a second (what a parent plans for, not a measurement). */
const SECONDS = { look: 8, mmPerSecond: 10 } as const;
/** How far a cut runs for each mm of a line's length: round a shape it is about π times its width, across a sheet its span, fringe five snips. */
const CUT_LENGTH_PER_MM = { fringe: 5, straight: 1, curve: 1.1, wave: 1.3, zigzag: 1.4, circle: Math.PI, square: 4, triangle: 3.3, fish: 3.2 } as const;

export const cutStep: StepDescription<CutParams> = {
  title: (p) => `${cutStrings.name} · ${lineName(p.line)}`,
  forParent: (p) => lineName(p.line),
  did: (p) => cutStrings.did(lineName(p.line), p.toleranceMm),
  picture: (p) => lineIcon(p.line),
  trialSeconds: (p) => SECONDS.look + ((p.lengthMm ?? DEFAULT_LENGTH_MM[p.line]) * CUT_LENGTH_PER_MM[p.line]) / SECONDS.mmPerSecond,
};

export function describeCut(a: CutSummary): AttemptLine {
  return {
    task: cutStrings.task(lineName(a.params.line), a.params.lengthMm, a.params.toleranceMm),
    result: cutStrings.result(a.metrics.pieceFree, a.metrics.withinBandPct),
    details: cutStrings.details(a.metrics.meanDeviationMm, a.metrics.bandExits, a.metrics.heldPct),
  };
}
