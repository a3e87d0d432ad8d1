import { recordHead, type AttemptHead } from '../../schema/record-head';
import type { TargetsParams } from './params';
import type { PinchRound } from './pinch-round';
import type { PopRound } from './pop-round';
import { TARGETS_RECORD_VERSION, type TargetsAttempt } from './record';
import type { RingRound } from './ring-round';
import { scorePinch, scorePop, scoreRing } from './score';
import type { TouchLog } from './touch-log';

/** The round being played, whichever mode. */
export type TargetsGame =
  | { readonly mode: 'pop'; readonly round: PopRound }
  | { readonly mode: 'ring'; readonly round: RingRound }
  | { readonly mode: 'pinch'; readonly round: PinchRound };

export interface TargetsRecordInput {
  head: AttemptHead;
  params: TargetsParams & { seed: number };
  game: TargetsGame;
  touches: TouchLog;
}

/** Scores the round and assembles the public record (the attempt lifecycle checks it against its schema, once). */
export function buildTargetsRecord(input: TargetsRecordInput): TargetsAttempt {
  const { game } = input;
  const log = game.mode === 'pinch' ? null : game.round.log;
  const jar = game.mode === 'pinch' ? game.round.layout.jar : null;
  return {
    ...recordHead(input.head, 'targets', TARGETS_RECORD_VERSION, input.touches.strokes),
    params: input.params,
    strokes: input.touches.strokes,
    layout: {
      targets: game.mode === 'pinch'
        ? game.round.layout.objects.map((o) => ({ x: o.x, y: o.y, diameterMm: o.sizeMm, id: o.id, kind: o.kind }))
        : log!.targets,
      jar: jar && { x: jar.x, y: jar.y, diameterMm: jar.diameterMm },
    },
    taps: log?.taps ?? [],
    touchUps: log?.ups ?? [],
    pinchEvents: game.mode === 'pinch' ? game.round.events : [],
    metrics: metricsOf(game),
  };
}

function metricsOf(game: TargetsGame): TargetsAttempt['metrics'] {
  switch (game.mode) {
    case 'pop': return scorePop(game.round.log.targets, game.round.log.taps, game.round.trace, game.round.reversals.length, game.round.thresholdMm);
    case 'ring': return scoreRing(game.round.conditions, game.round.log.targets, game.round.log.taps);
    case 'pinch': return scorePinch(game.round.events, game.round.layout.objects.length);
  }
}
