import type { MmFrame } from '../geometry/frame';
import { deviceInfo } from '../input/device-info';
import type { AttemptStatus, EndReason } from '../schema/parts';
import type { AttemptHead } from '../schema/record-head';

/** The head of an attempt ending now, on this screen: scenes call this when they save. */
export function attemptHeadNow(attempt: { id: string; startedAt: Date }, profileId: string | null, status: AttemptStatus, endReason: EndReason, frame: MmFrame): AttemptHead {
  return { ...attempt, profileId, status, endReason, endedAt: new Date(), device: deviceInfo(frame) };
}
