import { buildTargetsRecord } from '../../src/activities/targets/build-record';
import { targetsParamsSchema } from '../../src/activities/targets/params';
import { PopRound } from '../../src/activities/targets/pop-round';
import type { TargetsAttempt } from '../../src/activities/targets/record';
import { TouchLog } from '../../src/activities/targets/touch-log';
import type { InputSample } from '../../src/input/input-sample';
import { buildTraceRecord } from '../../src/activities/trace/build-record';
import { formTemplate, placeTemplate } from '../../src/forms/forms';
import { traceParamsSchema } from '../../src/activities/trace/params';
import { mmPoint } from '../../src/geometry/units';
import type { TraceAttempt } from '../../src/activities/trace/record';
import { inkAlong } from './helpers';

/** A traced circle (or cross), inked exactly along its path: a complete, valid record. */
export function sampleAttempt(overrides: { id?: string; form?: 'circle' | 'cross' } = {}) {
  const params = traceParamsSchema.parse({ form: overrides.form ?? 'circle' });
  const template = placeTemplate(formTemplate(params.form, params.sizeMm), mmPoint(100, 80));
  return buildTraceRecord({
    head: {
      id: overrides.id ?? '0b6f1d2e-5c4a-4e8b-9f3d-2a1b0c9d8e7f',
      profileId: null,
      status: 'completed',
      endReason: 'strokes',
      startedAt: new Date('2026-11-21T10:00:00.000Z'),
      endedAt: new Date('2026-11-21T10:00:05.000Z'),
      device: { viewport: { width: 1024, height: 768 }, devicePixelRatio: 2, pxPerMm: 96 / 25.4, frame: { left: 0, top: 0 }, userAgent: 'test' },
    },
    params,
    handedness: 'right',
    centre: mmPoint(100, 80),
    drawingBox: null,
    adaptive: () => null,
    template,
    strokes: template.map((line) => ({ pointerType: 'touch' as const, points: inkAlong(line).map((p) => ({ x: p.x, y: p.y, t: p.t, pressure: 0.5, tiltX: 0, tiltY: 0 })) })),
    taps: [],
  });
}

const base = sampleAttempt();
/** A traced attempt with the given coverage, started `minute` minutes into the day. */
export function traced(coveragePct: number, minute: number, over: Partial<TraceAttempt> = {}): TraceAttempt {
  const a = structuredClone(base);
  a.metrics.coveragePct = coveragePct;
  a.id = crypto.randomUUID();
  a.startedAt = new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString();
  return { ...a, ...over };
}

/** A pop round of three bubbles, each hit at its centre: a complete, valid targets record. */
export function poppedRound(over: { profileId?: string | null; session?: TargetsAttempt['session'] } = {}): TargetsAttempt {
  const params = targetsParamsSchema.parse({ mode: 'pop', trials: 3, seed: 1 });
  const touches = new TouchLog(0);
  const round = new PopRound(params, { x: 6, y: 24, width: 259, height: 173 }, 1, 0);
  for (let i = 0; i < 3; i++) {
    const target = round.next(i * 1000)!;
    const down = { x: target.x, y: target.y, t: i * 1000 + 400, pressure: 0.5, tiltX: 0, tiltY: 0, pointerType: 'touch', pointerId: 1, contact: null } as InputSample;
    touches.start(down);
    round.tap(down);
    touches.end(down);
    round.up(down);
  }
  const record = buildTargetsRecord({
    head: { id: crypto.randomUUID(), profileId: over.profileId ?? null, status: 'completed', endReason: 'finished', startedAt: new Date('2026-11-21T10:05:00.000Z'), endedAt: new Date('2026-11-21T10:05:03.000Z'), device: { viewport: { width: 1024, height: 768 }, devicePixelRatio: 1, pxPerMm: 3.78, frame: { left: 0, top: 0 }, userAgent: 'test' } },
    params: { ...params, seed: 1 },
    game: { mode: 'pop', round }, touches,
  });
  return over.session ? { ...record, session: over.session } : record;
}
