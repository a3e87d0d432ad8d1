import type { Attempt } from '../registry/attempt';
import type { Plan, Session } from '../registry/plan';
import type { Profile } from '../schema/profile';

/** A record this device wrote (played, edited, imported): what clinic sync sends on. */
export type RecordChange =
  | { readonly kind: 'attempt'; readonly record: Attempt }
  | { readonly kind: 'profile'; readonly record: Profile }
  | { readonly kind: 'plan'; readonly record: Plan }
  | { readonly kind: 'session'; readonly record: Session };
export type RecordKind = RecordChange['kind'];

const listeners = new Set<(change: RecordChange) => void>();

/**
 * Listens for records written on this device. Storage sits below sync, so it
 * announces rather than calls: with sync off nobody listens. Records written
 * because sync brought them are not announced (they came from there).
 */
export function onRecordChange(listener: (change: RecordChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceRecordChange(change: RecordChange): void {
  for (const listener of listeners) listener(change);
}

const arrivalListeners = new Set<(kind: RecordKind) => void>();

/** Listens for records clinic sync stored here from another device: what a screen shows may need reading again (a new child, say). */
export function onRecordArrived(listener: (kind: RecordKind) => void): () => void {
  arrivalListeners.add(listener);
  return () => arrivalListeners.delete(listener);
}

export function announceRecordArrived(kind: RecordKind): void {
  for (const listener of arrivalListeners) listener(kind);
}
