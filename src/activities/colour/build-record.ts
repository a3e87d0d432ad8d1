import { mmPoint } from '../../geometry/units';
import { recordHead, type AttemptHead } from '../../schema/record-head';
import type { ColourRound } from './colour-round';
import type { ColourLayout } from './layout';
import type { ColourSetup } from './measure-colour';
import type { ColourParams } from './params';
import { COLOUR_RECORD_VERSION, type ColourAttempt, type ColourMetrics } from './record';

export interface ColourRecordInput {
  readonly head: AttemptHead;
  /** As used: the picture's width here, and the part it had. */
  readonly params: ColourParams & { sizeMm: number };
  readonly layout: ColourLayout;
  readonly round: ColourRound;
  readonly finishedBy: ColourMetrics['finishedBy'];
}

const pair = (p: { x: number; y: number }): [number, number] => [p.x, p.y];
const hex = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;

/** Measures the round and assembles the public record (the attempt lifecycle checks it against its schema, once). */
export function buildColourRecord(input: ColourRecordInput): ColourAttempt {
  const { round, layout, params } = input;
  const measures = round.measures();
  const passed = measures.coveragePct >= params.thresholdPct && (measures.outsidePct ?? 0) <= params.passOutsidePct;
  const strokes = round.strokes.map(({ colour, ...stroke }) => ({ ...stroke, colour: hex(colour) }));
  return {
    ...recordHead(input.head, 'colour', COLOUR_RECORD_VERSION, round.strokes),
    params: { ...params, part: layout.target },
    strokes,
    picture: {
      id: layout.picture.id,
      origin: pair(layout.origin),
      regions: layout.picture.regions.map((r) => ({ id: r.id, rings: r.rings.map((ring) => ring.map(pair)) })),
      lines: layout.picture.lines.map((line) => line.map(pair)),
    },
    pots: layout.pots.map((pot) => ({ x: pot.x, y: pot.y, radiusMm: pot.radiusMm, colour: hex(pot.colour) })),
    potTaps: round.potTaps.map((tap) => ({ ...tap })),
    grid: { ...round.gridSize, x: layout.area.x, y: layout.area.y },
    metrics: { ...measures, coverageByRegionPct: [...measures.coverageByRegionPct], finishedBy: input.finishedBy, passed },
  };
}

/** What the measures were counted from, read back from a record: the grid is rebuilt from this and the strokes. */
export function setupOf(record: Pick<ColourAttempt, 'picture' | 'params' | 'grid'>): ColourSetup {
  const { grid } = record;
  return {
    regions: record.picture.regions.map((r) => r.rings.map((ring) => ring.map(([x, y]) => mmPoint(x, y)))),
    target: record.params.part,
    area: { x: grid.x, y: grid.y, width: grid.columns * grid.cellMm, height: grid.rows * grid.cellMm },
    crayonMm: record.params.crayonMm,
    cellMm: grid.cellMm,
  };
}
