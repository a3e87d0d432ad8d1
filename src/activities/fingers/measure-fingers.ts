import { scoreTrace } from '../../forms/score-path';
import { mmPoint } from '../../geometry/units';
import { meanOrNull } from '../../metrics/mean';
import { mirrorSymmetry, measureHoldAndAct, measureTogether, type TimedPoint } from './bimanual';
import { measureIsolation } from './isolation';
import { measureContinuation, measureSynchronisation } from './rhythm';
import { measureTapping } from './tapping';
import type { FingersAttempt, FingersMetrics } from './record';

/** What the measures read: the record without its head and its metrics, so an export's measures recount from it. */
export type FingersParts = Pick<FingersAttempt, 'params' | 'strokes' | 'contacts' | 'layout' | 'isolation' | 'speed' | 'rhythm' | 'together' | 'hold'>;

const spot = (parts: FingersParts, role: string) => parts.layout.spots.find((s) => s.role === role)!;

/** Every game's measures, from what was recorded (definitions: docs/metrics.md, "Fingers"). */
export function measureFingers(parts: FingersParts, completed: boolean): FingersMetrics {
  const { contacts } = parts;
  switch (parts.params.mode) {
    case 'isolate': {
      const m = measureIsolation(parts.isolation?.lit ?? [], contacts, spot(parts, 'thumb'));
      return { mode: 'isolate', ...m, trials: [...m.trials], completed };
    }
    case 'tap': {
      const hands = (parts.speed ?? []).map((phase) => ({ hand: phase.hand, ...(phase.from === null ? measureTapping([], 0, 0) : measureTapping(contacts, phase.from, phase.windowMs)) }));
      const drawing = hands.find((h) => h.hand === parts.layout.drawingHand), other = hands.find((h) => h.hand !== parts.layout.drawingHand);
      return { mode: 'tap', hands, handDifferenceTaps: drawing && other ? drawing.taps - other.taps : null, completed };
    }
    case 'rhythm': {
      const r = parts.rhythm;
      const beats = r?.beatsMs ?? [];
      const taps = (r?.tapsMs ?? []).map((t) => t.atMs);
      const cut = (beats.at(-1) ?? -Infinity) + (r?.intervalMs ?? 0) / 2;
      const sync = measureSynchronisation(taps.filter((t) => t <= cut), beats);
      const continuation = measureContinuation(taps.filter((t) => t > cut && t <= (r?.endMs ?? -Infinity)));
      return { mode: 'rhythm', ...sync, asynchronies: [...sync.asynchronies], continuation, completed };
    }
    case 'together': {
      const m = measureTogether(parts.together?.shownAt ?? [], contacts, spot(parts, 'left'), spot(parts, 'right'));
      return { mode: 'together', ...m, meanAsynchronyMs: meanOrNull(m.asynchronies.flatMap((a) => (a === null ? [] : [a]))), completed };
    }
    case 'hold': {
      const { from, to } = parts.hold ?? { from: null, to: null };
      const pattern = parts.layout.spots.filter((s) => s.role.startsWith('pattern-'));
      const m = from === null ? { holdLifts: 0, taps: 0, onTarget: 0, accuracyPct: null } : measureHoldAndAct(spot(parts, 'drum'), pattern, contacts, from, to ?? Infinity);
      return { mode: 'hold', ...m, durationMs: from !== null && to !== null ? to - from : null, completed };
    }
    case 'mirror':
      return { mode: 'mirror', ...measureMirror(parts), completed };
  }
}

/** Each hand's ink scored against its own form, and the two paths against each other. */
function measureMirror(parts: FingersParts): Omit<Extract<FingersMetrics, { mode: 'mirror' }>, 'mode' | 'completed'> {
  const forms = parts.layout.forms;
  const ink = (side: 'left' | 'right') => parts.strokes.filter((_, i) => parts.contacts[i]?.side === side).map((s) => s.points.map((p) => Object.assign(mmPoint(p.x, p.y), { t: p.t })));
  const template = (side: 'left' | 'right') => (forms?.[side] ?? []).map((line) => line.map(([x, y]) => mmPoint(x, y)));
  const score = (side: 'left' | 'right') => {
    const strokes = ink(side);
    return strokes.length && forms ? scoreTrace(template(side), strokes, { corridorMm: parts.params.corridorMm }) : null;
  };
  const path = (side: 'left' | 'right'): TimedPoint[] => ink(side).flat().sort((a, b) => a.t - b.t);
  const symmetry = mirrorSymmetry(path('left'), path('right'), parts.layout.axisXMm);
  return { left: score('left'), right: score('right'), ...symmetry };
}
