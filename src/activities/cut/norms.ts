import type { Norms } from '../../activity/definition';
import type { CutLineKind } from './cut-sheets';
import { cutStrings, lineName } from './strings';
import type { CutSummary } from './summary';

/**
 * About when children usually manage each line, in months, from the
 * developmental sequence of scissor skills (Schneck & Battaglia 1992;
 * docs/metrics.md): snips at 2½, a straight line at 3½, curves at 4,
 * circles and corners at 4½, squares at 5, triangles at 5½, simple pictures
 * at 6. A wave is taken as a curve and a zigzag as corners.
 */
export const CUT_AGE_MONTHS: Readonly<Record<CutLineKind, number>> = {
  fringe: 30,
  straight: 42,
  curve: 48,
  wave: 48,
  zigzag: 54,
  circle: 54,
  square: 60,
  triangle: 66,
  fish: 72,
};

/** The lines' ages for the report: every attempt at a line counts. */
export const cutNorms: Norms<CutSummary> = {
  heading: cutStrings.norms.heading,
  meaning: cutStrings.norms.meaning,
  words: cutStrings.norms.words,
  items: Object.entries(CUT_AGE_MONTHS).map(([line, months]) => ({
    label: lineName(line),
    typicalAgeMonths: months,
    counts: (summary: CutSummary) => summary.params.line === line,
  })),
};
