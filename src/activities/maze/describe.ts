import type { AttemptLine, StepDescription } from '../../activity/definition';
import { cornerCount } from './dot-pictures';
import { modeIcon } from './icons';
import type { MazeParams } from './params';
import { dotPictureName, mazeModeName, mazeStrings } from './strings';
import type { MazeSummary } from './summary';

/** Rough seconds for a young child: a look, then about 3 s a maze cell or a dot (what a parent plans for, not a measurement). */
const SECONDS = { look: 6, perCell: 3, perDot: 3 } as const;

export const mazeStep: StepDescription<MazeParams> = {
  title: (p) => `${mazeStrings.name} · ${p.mode === 'maze' ? mazeStrings.kinds[p.kind] : dotPictureName(p.picture)}`,
  forParent: (p) => mazeModeName(p.mode),
  did: (p) => (p.mode === 'maze' ? mazeStrings.did.maze(p.kind, p.corridorMm) : mazeStrings.did.dots(dotPictureName(p.picture))),
  picture: (p) => modeIcon(p.mode),
  trialSeconds: (p) => SECONDS.look + (p.mode === 'maze' ? p.columns * p.rows * SECONDS.perCell : (p.dots ?? cornerCount(p.picture)) * SECONDS.perDot),
};

export function describeMaze(a: MazeSummary): AttemptLine {
  const m = a.metrics, p = a.params;
  if (m.mode === 'maze') {
    return {
      task: mazeStrings.mazeTask(mazeStrings.kinds[p.kind], p.columns, p.rows, p.corridorMm, mazeStrings.walls[p.walls]),
      result: mazeStrings.mazeResult(m.completed, m.wallContacts, m.wrongTurns),
      details: mazeStrings.mazeDetails(m.meanDeviationMm, m.pathEfficiency, m.durationMs / 1000),
    };
  }
  return {
    task: mazeStrings.dotsTask(dotPictureName(p.picture), m.dots, p.spacingMm),
    result: mazeStrings.dotsResult(m.joined, m.dots, m.orderErrors),
    details: mazeStrings.dotsDetails(m.meanDeviationMm, m.meanHitMm, m.liftsBetweenDots),
  };
}
