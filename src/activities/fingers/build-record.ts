import { recordHead, type AttemptHead } from '../../schema/record-head';
import type { HoldRound } from './hold-round';
import type { IsolationRound } from './isolation-round';
import type { FingersLayout } from './layout';
import { measureFingers, type FingersParts } from './measure-fingers';
import type { FingersParams } from './params';
import { FINGERS_RECORD_VERSION, type FingersAttempt } from './record';
import type { RhythmRound } from './rhythm-round';
import type { SpeedRound } from './speed-round';
import type { TogetherRound } from './together-round';
import type { TouchRecorder } from './touch-recorder';

const pair = (p: { x: number; y: number }): [number, number] => [p.x, p.y];

/** The round as played, whichever game it was: what its record keeps of it beyond the contacts. */
export type PlayedRound =
  | { mode: 'isolate'; round: IsolationRound; seed: number; spanFrom: 'setting' | 'profile' | 'default' }
  | { mode: 'tap'; round: SpeedRound }
  | { mode: 'rhythm'; round: RhythmRound }
  | { mode: 'together'; round: TogetherRound }
  | { mode: 'hold'; round: HoldRound }
  | { mode: 'mirror' };

export interface FingersRecordInput {
  readonly head: AttemptHead;
  readonly params: FingersParams;
  readonly layout: FingersLayout;
  readonly hand: 'left' | 'right';
  readonly drawingHand: 'left' | 'right';
  readonly touches: TouchRecorder;
  readonly played: PlayedRound;
}

/** A fingers game's record: every contact and its samples, the layout, what the game did when, and the measures recounted from those. */
export function buildFingersRecord({ head, params, layout, hand, drawingHand, touches, played }: FingersRecordInput): FingersAttempt {
  const strokes = touches.strokes.map((s) => ({ ...s, points: [...s.points] }));
  const parts: FingersParts = {
    params: { ...params, ...(layout.spanMm !== null ? { spanMm: layout.spanMm, dotMm: 2 * layout.spots.find((s) => s.role === 'index')!.radiusMm } : {}), ...(layout.forms ? { sizeMm: layout.forms.sizeMm } : {}), ...(played.mode === 'isolate' ? { seed: played.seed } : {}) },
    strokes,
    contacts: touches.log.contacts.map((c) => ({ ...c })),
    layout: {
      axisXMm: layout.axisXMm, hand, drawingHand, spots: layout.spots.map((s) => ({ ...s })), spanMm: layout.spanMm,
      spanFrom: played.mode === 'isolate' ? played.spanFrom : null,
      measuredHand: played.mode === 'isolate' && played.round.measuredHand ? { ...played.round.measuredHand } : null,
      forms: layout.forms ? { left: layout.forms.left.map((l) => l.map(pair)), right: layout.forms.right.map((l) => l.map(pair)), sizeMm: layout.forms.sizeMm } : null,
    },
    isolation: played.mode === 'isolate' ? { order: [...played.round.order], lit: played.round.trials.map((t) => ({ ...t })) } : null,
    speed: played.mode === 'tap' ? played.round.phases.map((p) => ({ ...p })) : null,
    rhythm: played.mode === 'rhythm' ? rhythmPart(played.round) : null,
    together: played.mode === 'together' ? { shownAt: [...played.round.shownAt] } : null,
    hold: played.mode === 'hold' ? { from: played.round.from, to: played.round.to } : null,
  };
  return {
    ...recordHead(head, 'fingers', FINGERS_RECORD_VERSION, strokes),
    ...parts,
    metrics: measureFingers(parts, head.status === 'completed'),
  };
}

/** The beats and taps on the beat clock, as ms from the first beat. */
function rhythmPart(round: RhythmRound): FingersAttempt['rhythm'] {
  const plan = round.plan;
  if (!plan || !round.clock) return null;
  const first = plan.beats[0]!;
  const fromFirst = (s: number) => (s - first) * 1000;
  return {
    clock: round.clock.kind,
    intervalMs: plan.intervalS * 1000,
    beatsMs: plan.beats.map(fromFirst),
    tapsMs: round.taps.map((t) => ({ contact: t.contact, atMs: fromFirst(t.atS), boundMs: t.boundMs })),
    endMs: fromFirst(plan.endS),
    firstBeatAtMs: round.firstBeatMs ?? 0,
  };
}
