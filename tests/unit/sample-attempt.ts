import { buildTraceRecord } from '../../src/activities/trace/build-record';
import { formTemplate, placeTemplate } from '../../src/activities/trace/forms';
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
