import type { RecordChange } from '../storage/record-changes';

/** The clinic's own database: its plans and the list of its children (no child's data), for staff only. */
export const CLINIC_DATABASE = 'deft-clinic';
const CHILD_PREFIX = 'deft-child-';

/** Each child's records live in a database of their own, so a family's sign-in can be given that one alone. */
export function childDatabase(profileId: string): string {
  return `${CHILD_PREFIX}${profileId.toLowerCase()}`;
}

export function childOfDatabase(name: string): string | null {
  return name.startsWith(CHILD_PREFIX) ? name.slice(CHILD_PREFIX.length) : null;
}

/**
 * Where a record syncs: a child's profile, attempts and sessions to that
 * child's database, plans to the clinic's. A guest's attempt (no child) stays
 * on the tablet it was played on.
 */
export function databaseFor(change: RecordChange): string | null {
  switch (change.kind) {
    case 'profile': return childDatabase(change.record.id);
    case 'plan': return CLINIC_DATABASE;
    case 'attempt':
    case 'session': return change.record.profileId ? childDatabase(change.record.profileId) : null;
  }
}
