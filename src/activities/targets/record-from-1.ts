import type { RingCondition } from './params';
import { scoreRing, WHOLE_SEQUENCE_TAPS } from './score';
import type { Tap, Target } from './tap-log';

/**
 * Version 1 computed the ring's effective amplitude as for a discrete task;
 * version 2 follows MacKenzie's serial-task method (fitts.ts), so a ring
 * attempt's metrics are worked out again from its taps, which every record
 * keeps. Each scored sequence of version 1 was a whole one, in the order
 * played, so the k-th whole sequence of taps takes the k-th one's condition.
 * Pop and pinch are unchanged.
 */
export function targetsRecordFrom1(old: Record<string, unknown>): Record<string, unknown> {
  const metrics = old.metrics as { mode?: unknown; sequences?: { amplitudeMm: number; widthMm: number }[] } | undefined;
  const taps = old.taps as Tap[] | undefined;
  const targets = (old.layout as { targets?: Target[] } | undefined)?.targets;
  if (metrics?.mode !== 'ring' || !Array.isArray(metrics.sequences) || !Array.isArray(taps) || !Array.isArray(targets)) return { ...old, schemaVersion: 2 };
  const played = [...new Set(taps.map((t) => t.sequence))].sort((a, b) => a - b);
  const whole = played.filter((sequence) => taps.filter((t) => t.sequence === sequence).length >= WHOLE_SEQUENCE_TAPS);
  // Sparse: a sequence left unfinished has no condition, and scoreRing skips it as before.
  const conditions: RingCondition[] = [];
  whole.forEach((sequence, k) => { const c = metrics.sequences![k]; if (c) conditions[sequence] = { amplitudeMm: c.amplitudeMm, widthMm: c.widthMm }; });
  return { ...old, schemaVersion: 2, metrics: scoreRing(conditions, targets, taps) };
}
