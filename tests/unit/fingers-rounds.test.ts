import { describe, expect, it } from 'vitest';
import { buildFingersRecord, type PlayedRound } from '../../src/activities/fingers/build-record';
import type { BeatClock } from '../../src/activities/fingers/beat-clock';
import { HoldRound } from '../../src/activities/fingers/hold-round';
import { IsolationRound } from '../../src/activities/fingers/isolation-round';
import { layoutFingers, type FingersLayout } from '../../src/activities/fingers/layout';
import { measureFingers } from '../../src/activities/fingers/measure-fingers';
import { MirrorRound } from '../../src/activities/fingers/mirror-round';
import { fingersParamsSchema, type FingersParams } from '../../src/activities/fingers/params';
import { fingersAttemptSchema } from '../../src/activities/fingers/record';
import { RhythmRound } from '../../src/activities/fingers/rhythm-round';
import type { FingersCue, FingersRound } from '../../src/activities/fingers/round';
import { SpeedRound } from '../../src/activities/fingers/speed-round';
import { TogetherRound } from '../../src/activities/fingers/together-round';
import { TouchRecorder } from '../../src/activities/fingers/touch-recorder';
import { mmPoint } from '../../src/geometry/units';
import type { InputSample } from '../../src/input/input-sample';
import { evaluateGoal } from '../../src/plans/evaluate-goal';
import type { AttemptSummary } from '../../src/registry/attempt-summary';
import { MEASURES } from '../../src/registry/measures';
import { tableMeasures } from '../../src/report/table-measures';
import type { Goal } from '../../src/registry/plan';

const SCREEN = { width: 270, height: 203 };
const ORIGIN = 1000;

function sample(id: number, at: { x: number; y: number }, t: number): InputSample {
  return { ...mmPoint(at.x, at.y), t: ORIGIN + t, pressure: 0.5, tiltX: 0, tiltY: 0, pointerType: 'touch', pointerId: id, contact: { widthMm: 8, heightMm: 7 } };
}

/** Plays scripted contacts into a round, ticking it every 10 ms as frames would. */
function play(round: FingersRound, script: readonly { t: number; id: number; at?: { x: number; y: number }; up?: boolean }[], untilMs: number): void {
  const events = [...script].sort((a, b) => a.t - b.t);
  const where = new Map<number, { x: number; y: number }>();
  for (let t = 0; t <= untilMs; t += 10) {
    while (events.length && events[0]!.t <= t) {
      const e = events.shift()!;
      if (e.up) round.up(sample(e.id, where.get(e.id)!, e.t));
      else { where.set(e.id, e.at!); round.down(sample(e.id, e.at!, e.t)); }
    }
    round.tick(ORIGIN + t);
  }
}

function setUp(over: Partial<FingersParams>) {
  const params = fingersParamsSchema.parse(over);
  const layout = layoutFingers(params, 'right', 120, SCREEN);
  const spot = (role: string) => layout.spots.find((s) => s.role === role)!;
  const cues: FingersCue[] = [];
  return { params, layout, spot, cues, cue: (c: FingersCue) => cues.push(c), touches: new TouchRecorder(ORIGIN, SCREEN.width) };
}

function recordOf(params: FingersParams, layout: FingersLayout, touches: TouchRecorder, played: PlayedRound) {
  const head = { id: '00000000-0000-4000-8000-000000000001', profileId: null, status: 'completed' as const, endReason: 'finished' as const, startedAt: new Date(0), endedAt: new Date(30_000), device: { viewport: { width: 1024, height: 768 }, devicePixelRatio: 1, pxPerMm: 3.78, frame: { left: 0, top: 0 }, userAgent: 'test' } };
  const record = fingersAttemptSchema.parse(buildFingersRecord({ head, params, layout, hand: 'right', drawingHand: 'right', touches, played }));
  // Whatever the game, its measures recount from the record alone.
  expect(measureFingers(record, true)).toEqual(record.metrics);
  return record;
}

describe('isolation, played', () => {
  it('a dot lights only with the thumb on its anchor; a finger with the tap is counted, one 300 ms later is not; the thumb’s lift is counted', () => {
    const { params, layout, spot, cue, cues, touches } = setUp({ mode: 'isolate', trials: 3, seed: 5 });
    const round = new IsolationRound(touches, layout.spots, 3, 5, cue);
    const [a, b, c] = round.order;
    play(round, [{ t: 0, id: 9, at: { x: 20, y: 20 } }, { t: 40, id: 9, up: true }], 100); // a touch off the hand, no thumb: nothing lights
    expect(round.lit).toBeNull();
    play(round, [
      { t: 200, id: 1, at: spot('thumb') },
      // The first dot lights 400 ms after the thumb settles on its star.
      { t: 700, id: 2, at: spot(a!) }, { t: 800, id: 2, up: true }, { t: 1000, id: 3, at: spot(b!) }, { t: 1050, id: 3, up: true },
      { t: 1100, id: 1, up: true }, { t: 1600, id: 1, at: spot('thumb') },
      { t: 2300, id: 2, at: spot(b!) }, { t: 2340, id: 3, at: spot(c!) }, { t: 2400, id: 2, up: true }, { t: 2420, id: 3, up: true },
      { t: 3100, id: 2, at: spot(a!) }, { t: 3200, id: 2, up: true },
    ].map((e) => ({ ...e, t: e.t + 700 })), 4600); // after the stray touch's lift, the usual pause before a dot
    expect(round.trials.map((d) => d.finger)).toEqual([a, b, c]);
    expect(round.finished).toBe(true);
    expect(cues).toEqual(['hit', 'lift', 'hit', 'miss']);
    const m = recordOf(params, layout, touches, { mode: 'isolate', round, seed: 5, spanFrom: 'setting' }).metrics;
    if (m.mode !== 'isolate') throw new Error('isolate');
    expect(m.trials.map((r) => [r.correct, r.extraContacts])).toEqual([[true, 0], [true, 1], [false, 0]]);
    expect(m).toMatchObject({ correctTaps: 2, anchorLifts: 1 });
  });
});

describe('tapping speed, played', () => {
  it('each window opens with its first tap; a rest, then the other hand; late taps stay out', () => {
    const { params, layout, spot, cue, cues, touches } = setUp({ mode: 'tap', windowS: 5 });
    const round = new SpeedRound(touches, layout.spots, ['right', 'left'], 5000, cue);
    expect(round.target?.role).toBe('right');
    const taps = (id: number, side: string, from: number, every: number, n: number) => Array.from({ length: n }, (_, i) => [{ t: from + i * every, id, at: spot(side) }, { t: from + i * every + 50, id, up: true }]).flat();
    play(round, taps(1, 'right', 500, 200, 27), 9000); // 0…5.2 s: 25 in the window, 2 after it
    expect(round.resting || round.target?.role === 'left').toBe(true);
    play(round, taps(2, 'left', 9500, 250, 21), 15_000);
    expect(round.finished).toBe(true);
    expect(cues).toEqual(['begin', 'rest', 'begin']);
    const m = recordOf(params, layout, touches, { mode: 'tap', round }).metrics;
    if (m.mode !== 'tap') throw new Error('tap');
    expect(m.hands.map((h) => [h.hand, h.taps, h.meanIntervalMs])).toEqual([['right', 25, 200], ['left', 20, 250]]);
    expect(m.handDifferenceTaps).toBe(5);
  });
});

describe('rhythm, played on a scripted clock', () => {
  it('taps 30 ms ahead of each beat, then alone every 610 ms', () => {
    const { params, layout, spot, cue, touches } = setUp({ mode: 'rhythm', tempoBpm: 100, syncBeats: 4, continuationBeats: 4 });
    let nowMs = 0;
    // An audio clock 5 s ahead of the attempt's, read exactly (the bound is the device's, asserted elsewhere).
    const clock: BeatClock = { kind: 'audio', sampleRate: 48_000, now: () => (ORIGIN + nowMs) / 1000 + 5, pair: () => ({ contextTime: (ORIGIN + nowMs) / 1000 + 5, performanceTime: ORIGIN + nowMs }), play: () => undefined, stop: () => undefined };
    const round = new RhythmRound(touches, spot('drum'), { bpm: 100, syncBeats: 4, continuationBeats: 4 }, () => clock, cue);
    const script: { t: number; id: number; at?: { x: number; y: number }; up?: boolean }[] = [{ t: 0, id: 1, at: spot('drum') }, { t: 50, id: 1, up: true }];
    const firstBeat = 1500;
    for (let i = 0; i < 4; i++) script.push({ t: firstBeat + i * 600 - 30, id: 1, at: spot('drum') }, { t: firstBeat + i * 600 + 40, id: 1, up: true });
    for (let i = 1; i <= 4; i++) script.push({ t: firstBeat + 3 * 600 - 30 + i * 610, id: 1, at: spot('drum') }, { t: firstBeat + 3 * 600 + i * 610 + 40, id: 1, up: true });
    const events = [...script];
    for (nowMs = 0; nowMs <= 8000 && !round.finished; nowMs += 10) {
      while (events.length && events[0]!.t <= nowMs) {
        const e = events.shift()!;
        if (e.up) round.up(sample(e.id, spot('drum'), e.t)); else round.down(sample(e.id, e.at!, e.t));
      }
      round.tick();
    }
    expect(round.finished).toBe(true);
    const m = recordOf(params, layout, touches, { mode: 'rhythm', round }).metrics;
    if (m.mode !== 'rhythm') throw new Error('rhythm');
    m.asynchronies.forEach((a) => expect(a).toBeCloseTo(-30, 6));
    expect(m).toMatchObject({ missedBeats: 0, extraTaps: 0 });
    expect(m.continuation.taps).toBe(4);
    expect(m.continuation.meanIntervalMs).toBeCloseTo(610, 6);
  });
});

describe('two hands, played', () => {
  it('together: a trial waits for both and for every finger to lift', () => {
    const { params, layout, spot, cue, touches } = setUp({ mode: 'together', trials: 3 });
    const round = new TogetherRound(touches, spot('left'), spot('right'), 3, cue);
    const press = (t: number, leftAt: number, rightAt: number) => [{ t: t + leftAt, id: 1, at: spot('left') }, { t: t + rightAt, id: 2, at: spot('right') }, { t: t + 300, id: 1, up: true }, { t: t + 320, id: 2, up: true }];
    play(round, [...press(100, 0, 40), ...press(1500, 25, 0), ...press(2900, 0, 0)], 5000);
    expect(round.shownAt).toHaveLength(3);
    expect(round.finished).toBe(true);
    const m = recordOf(params, layout, touches, { mode: 'together', round }).metrics;
    if (m.mode !== 'together') throw new Error('together');
    expect(m.asynchronies).toEqual([40, -25, 0]);
  });

  it('hold and act: the drum held, a lift counted, a wrong light not advancing the pattern', () => {
    const { params, layout, spot, cue, cues, touches } = setUp({ mode: 'hold', trials: 4 });
    const pattern = layout.spots.filter((s) => s.role.startsWith('pattern-'));
    const round = new HoldRound(touches, spot('drum'), pattern, 4, cue);
    const tap = (t: number, at: { x: number; y: number }) => [{ t, id: 2, at }, { t: t + 60, id: 2, up: true }];
    play(round, [
      { t: 0, id: 1, at: spot('drum') },
      ...tap(300, pattern[0]!), ...tap(600, pattern[2]!), ...tap(900, pattern[1]!),
      { t: 1000, id: 1, up: true }, { t: 1100, id: 1, at: spot('drum') },
      ...tap(1300, pattern[2]!), ...tap(1600, pattern[0]!),
    ], 2000);
    expect(round.finished).toBe(true);
    expect(cues).toEqual(['begin', 'hit', 'miss', 'hit', 'lift', 'hit', 'hit']);
    const m = recordOf(params, layout, touches, { mode: 'hold', round }).metrics;
    expect(m).toMatchObject({ mode: 'hold', holdLifts: 1, taps: 5, onTarget: 4, accuracyPct: 80, durationMs: 1600 });
  });

  it('mirror: each half’s ink scored against its own form; the drawing ends once both are inked and no finger is down', () => {
    const { params, layout, cue, touches } = setUp({ mode: 'mirror', form: 'vertical', sizeMm: 60 });
    const round = new MirrorRound(touches, layout, cue);
    const [top, bottom] = layout.forms!.left[0]!;
    const mirror = (p: { x: number; y: number }) => ({ x: 2 * layout.axisXMm - p.x, y: p.y });
    round.down(sample(1, top!, 0));
    round.down(sample(2, mirror(top!), 0));
    for (let i = 1; i <= 30; i++) {
      const p = { x: top!.x, y: top!.y + ((bottom!.y - top!.y) * i) / 30 };
      round.move(sample(1, p, i * 20));
      round.move(sample(2, mirror(p), i * 20));
    }
    round.up(sample(1, bottom!, 620));
    round.up(sample(2, mirror(bottom!), 620));
    round.tick(ORIGIN + 1000);
    expect(round.finished).toBe(false);
    round.tick(ORIGIN + 1900);
    expect(round.finished).toBe(true);
    const m = recordOf(params, layout, touches, { mode: 'mirror' }).metrics;
    if (m.mode !== 'mirror') throw new Error('mirror');
    expect(m.left!.coveragePct).toBeGreaterThan(98);
    expect(m.right!.directionCorrect).toBe(true);
    expect(m.symmetryErrorMm).toBeCloseTo(0, 6);
    expect(m.lagMs).toBe(0);
  });
});

describe('fingers goals, as therapists write them, read through the registry', () => {
  const trial = (extra: number, i: number) => ({ activity: 'fingers', status: 'completed', startedAt: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(), metrics: { mode: 'isolate', completed: true, trials: [], correctTaps: 10, anchorLifts: 0, meanExtraContacts: extra, meanReactionMs: 600, meanDwellMs: 120 } }) as unknown as AttemptSummary;

  it('“at most 0.5 other fingers a tap in 4 of 5”: met with one poor round, not with two', () => {
    const goal: Goal = { measure: 'isolateExtraContacts', comparison: 'atMost', value: 0.5, inTrials: 4, ofTrials: 5 };
    expect(evaluateGoal(goal, [0.2, 0.4, 1.1, 0, 0.5].map(trial))).toEqual({ met: true, passing: 4, counted: 5 });
    expect(evaluateGoal(goal, [0.2, 0.9, 1.1, 0, 0.5].map(trial))).toEqual({ met: false, passing: 3, counted: 5 });
  });

  it('a tapping measure reads nothing from isolation', () => {
    expect(MEASURES.tapCount.read(trial(0, 0))).toBeNull();
    expect(MEASURES.isolateExtraContacts.read(trial(0.3, 0))).toBe(0.3);
  });
});

describe('the fingers games on any screen', () => {
  it('every spot and form lies wholly on the screen, below the top band, for phones and tablets either way up, either hand', () => {
    const screens = [{ width: 103, height: 223 }, { width: 223, height: 103 }, { width: 203, height: 270 }, { width: 270, height: 203 }, { width: 160, height: 120 }];
    for (const screen of screens) {
      for (const mode of ['isolate', 'tap', 'rhythm', 'together', 'hold', 'mirror'] as const) {
        for (const hand of ['left', 'right'] as const) {
          const layout = layoutFingers(fingersParamsSchema.parse({ mode, form: 'circle', sizeMm: 120 }), hand, 200, screen);
          for (const s of layout.spots) {
            expect(s.x - s.radiusMm, `${mode} ${hand} ${s.role} on ${screen.width}×${screen.height}`).toBeGreaterThanOrEqual(0);
            expect(s.x + s.radiusMm, `${mode} ${hand} ${s.role} on ${screen.width}×${screen.height}`).toBeLessThanOrEqual(screen.width);
            expect(s.y - s.radiusMm, `${mode} ${hand} ${s.role} on ${screen.width}×${screen.height}`).toBeGreaterThanOrEqual(20);
            expect(s.y + s.radiusMm, `${mode} ${hand} ${s.role} on ${screen.width}×${screen.height}`).toBeLessThanOrEqual(screen.height);
          }
          // No two overlap: a touch on one is never on another.
          layout.spots.forEach((a, i) => layout.spots.slice(i + 1).forEach((b) => expect(Math.hypot(a.x - b.x, a.y - b.y), `${mode} ${hand} ${a.role}/${b.role} on ${screen.width}×${screen.height}`).toBeGreaterThan(a.radiusMm + b.radiusMm)));
          for (const p of [...(layout.forms?.left.flat() ?? []), ...(layout.forms?.right.flat() ?? [])]) {
            expect(p.x).toBeGreaterThanOrEqual(0);
            expect(p.x).toBeLessThanOrEqual(screen.width);
            expect(p.y).toBeGreaterThanOrEqual(20);
            expect(p.y).toBeLessThanOrEqual(screen.height);
          }
        }
      }
    }
  });
});

describe('a report table of fingers attempts', () => {
  it('shows the columns its games fill: tapping rounds get tapping’s, not isolation’s empty ones', () => {
    const tap = { activity: 'fingers', status: 'completed', startedAt: '2026-11-01T09:00:00.000Z', metrics: { mode: 'tap', completed: true, hands: [{ hand: 'right', taps: 48, meanIntervalMs: 210, intervalCv: 0.1, meanDwellMs: 60, scatterMm: 2 }], handDifferenceTaps: null } } as unknown as AttemptSummary;
    expect(tableMeasures('fingers', [tap])).toEqual(['tapCount', 'tapIntervalCvPct']);
    expect(tableMeasures('fingers', [])).toEqual(['isolateCorrectPct', 'isolateExtraContacts', 'isolateAnchorLifts']);
  });
});
