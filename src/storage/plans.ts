import { planSchema, sessionSchema, type Plan, type Session } from '../registry/plan';
import { database } from './database';
import { readValid } from './read-valid';
import { announceRecordChange } from './record-changes';

/** Every drill plan, by name; records that no longer parse are left in place and skipped. */
export async function listPlans(): Promise<Plan[]> {
  return readValid(planSchema, await (await database()).getAll('plans')).sort((a, b) => a.name.localeCompare(b.name));
}

export async function savePlan(plan: Plan): Promise<void> {
  const record = planSchema.parse(plan);
  await (await database()).put('plans', record);
  announceRecordChange({ kind: 'plan', record });
}

export async function deletePlan(id: string): Promise<void> {
  await (await database()).delete('plans', id);
}

/** Sessions, oldest first. */
export async function listSessions(): Promise<Session[]> {
  return readValid(sessionSchema, await (await database()).getAll('sessions')).sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1));
}

/** Saved as it starts, after each step, and when it ends, so a closed tab keeps what was done. */
export async function saveSession(session: Session): Promise<void> {
  const record = sessionSchema.parse(session);
  await (await database()).put('sessions', record);
  announceRecordChange({ kind: 'session', record });
}
