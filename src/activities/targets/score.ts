import { meanOrNull } from '../../metrics/mean';
import { sequenceThroughput, type SequenceThroughput } from './fitts';
import type { RingCondition } from './params';
import type { PinchEvent } from './pinch-round';
import type { Tap, Target } from './tap-log';

export interface PopMetrics {
  mode: 'pop';
  hits: number;
  misses: number;
  meanMovementMs: number | null;
  /** Mean distance from the touch-down to the target's centre, over all taps. */
  meanEndpointErrorMm: number | null;
  staircase: { diameterMm: number; hit: boolean }[];
  reversals: number;
  thresholdMm: number | null;
  finalDiameterMm: number | null;
}

export interface RingMetrics {
  mode: 'ring';
  sequences: SequenceThroughput[];
  /** Mean of the per-sequence throughputs that could be computed. */
  throughputBitsPerS: number | null;
  hits: number;
  misses: number;
}

export interface PinchMetrics {
  mode: 'pinch';
  grasps: number;
  failedGrasps: number;
  failedOneFinger: number;
  failedNotClosing: number;
  meanGripApertureMm: number | null;
  /** Grasp to the release that put the object in the jar. */
  meanTransportMs: number | null;
  dropsOutside: number;
  inJar: number;
  totalMs: number;
}

export function scorePop(targets: readonly Target[], taps: readonly Tap[], staircase: { diameterMm: number; hit: boolean }[], reversals: number, thresholdMm: number | null): PopMetrics {
  const hits = taps.filter((t) => t.hit).length;
  return {
    mode: 'pop',
    hits,
    misses: taps.length - hits,
    meanMovementMs: meanOrNull(taps.map((t) => t.movementMs)),
    meanEndpointErrorMm: meanOrNull(taps.map((t) => Math.hypot(t.x - targets[t.targetIndex]!.x, t.y - targets[t.targetIndex]!.y))),
    staircase,
    reversals,
    thresholdMm,
    finalDiameterMm: targets.at(-1)?.diameterMm ?? null,
  };
}

/** The tap that starts a sequence, and its 13 selections. */
export const WHOLE_SEQUENCE_TAPS = 1 + 13;

/** Per sequence by MacKenzie's method (fitts.ts); sequences left unfinished are not scored. */
export function scoreRing(conditions: readonly RingCondition[], targets: readonly Target[], taps: readonly Tap[]): RingMetrics {
  const sequences: SequenceThroughput[] = [];
  conditions.forEach((condition, index) => {
    const own = taps.filter((t) => t.sequence === index);
    if (own.length < WHOLE_SEQUENCE_TAPS) return; // only whole sequences count
    sequences.push(sequenceThroughput(condition, own.map((t) => ({ targetX: targets[t.targetIndex]!.x, targetY: targets[t.targetIndex]!.y, x: t.x, y: t.y, t: t.t, hit: t.hit }))));
  });
  const throughputs = sequences.map((s) => s.throughputBitsPerS).filter((x): x is number => x !== null);
  return {
    mode: 'ring',
    sequences,
    throughputBitsPerS: meanOrNull(throughputs),
    hits: sequences.reduce((n, s) => n + s.hits, 0),
    misses: sequences.reduce((n, s) => n + s.misses, 0),
  };
}

export function scorePinch(events: readonly PinchEvent[], objectCount: number): PinchMetrics {
  const grasps = events.filter((e) => e.type === 'grasp');
  const releases = events.filter((e) => e.type === 'release');
  const failed = events.filter((e) => e.type === 'failed');
  const transports = releases.filter((r) => r.inJar).map((r) => {
    const grasp = grasps.findLast((g) => g.itemId === r.itemId && g.t <= r.t);
    return grasp ? r.t - grasp.t : null;
  }).filter((x): x is number => x !== null);
  const lastInJar = new Map<string, boolean>();
  for (const r of releases) lastInJar.set(r.itemId, r.inJar === true);
  return {
    mode: 'pinch',
    grasps: grasps.length,
    failedGrasps: failed.length,
    failedOneFinger: failed.filter((e) => e.reason === 'one-finger').length,
    failedNotClosing: failed.filter((e) => e.reason === 'not-closing').length,
    meanGripApertureMm: meanOrNull(grasps.map((g) => g.apertureMm!)),
    meanTransportMs: meanOrNull(transports),
    dropsOutside: releases.filter((r) => !r.inJar).length,
    inJar: Math.min(objectCount, [...lastInJar.values()].filter(Boolean).length),
    totalMs: events.at(-1)?.t ?? 0,
  };
}
