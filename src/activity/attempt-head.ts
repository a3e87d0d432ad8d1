import type { AttemptStatus, DeviceInfo, EndReason } from '../schema/parts';
import type { AttemptHead } from '../schema/record-head';

/**
 * The head of an attempt ending now. `device` is the screen the attempt was
 * laid out for, read when the scene laid it out (deviceInfo), not when it
 * ends: a tablet turned mid-attempt ends it on a different screen.
 */
export function attemptHeadNow(attempt: { id: string; startedAt: Date }, profileId: string | null, status: AttemptStatus, endReason: EndReason, device: DeviceInfo): AttemptHead {
  return { ...attempt, profileId, status, endReason, endedAt: new Date(), device };
}
