import { medianSampleInterval } from '../geometry/median-sample-interval';
import type { AttemptStatus, DeviceInfo, EndReason, Stroke } from './parts';

/** What every attempt record starts with, whatever the activity. */
export interface AttemptHead {
  id: string;
  profileId: string | null;
  status: AttemptStatus;
  endReason: EndReason;
  startedAt: Date;
  endedAt: Date;
  device: DeviceInfo;
}

/** The head's fields as the record stores them, at the activity's record version; the device's sampling rate is read from the attempt's strokes. */
export function recordHead<A extends string, V extends number>(head: AttemptHead, activity: A, schemaVersion: V, strokes: readonly Stroke[]) {
  return {
    id: head.id,
    schemaVersion,
    activity,
    status: head.status,
    endReason: head.endReason,
    profileId: head.profileId,
    startedAt: head.startedAt.toISOString(),
    endedAt: head.endedAt.toISOString(),
    durationMs: Math.max(0, head.endedAt.getTime() - head.startedAt.getTime()),
    device: { ...head.device, sampleIntervalMs: medianSampleInterval(strokes.map((stroke) => stroke.points)) },
  };
}
