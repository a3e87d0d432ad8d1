import { z } from '../schema/zod';
import { textFromBase64Url, toBase64Url } from '../schema/base64-url';
import { childDatabase } from './database-names';

/**
 * A one-time invitation for a family's tablet, carried in a shared plan's
 * link: a sign-in made for that family on the clinic's server, reaching only
 * their child's database, with a password that works once. Accepting it
 * replaces that password with one the family chooses (kept by nobody but
 * them), so the link opens nothing after.
 */
const invitationSchema = z.object({ server: z.url(), name: z.string().regex(/^family-[a-z0-9]+$/), password: z.string().min(20), database: z.string().startsWith('deft-child-') });
export type Invitation = z.infer<typeof invitationSchema>;

/** Long enough that nobody guesses it in the time before the family accepts. */
const ONE_TIME_PASSWORD_BYTES = 24;
/** What a family's own password must be, at least. */
export const FAMILY_PASSWORD_MIN = 8;

export type Invited = { ok: true; invitation: Invitation } | { ok: false; problem: 'refused' | 'unreachable'; status?: number };

/** Makes the family's sign-in and opens their child's database to it (staff sign-ins administer every child's database). */
export async function createInvitation(server: string, profileId: string): Promise<Invited> {
  const name = `family-${randomToken(6).toLowerCase().replace(/[^a-z0-9]/g, '')}${Date.now().toString(36)}`;
  const password = randomToken(ONE_TIME_PASSWORD_BYTES);
  const database = childDatabase(profileId);
  try {
    const user = await fetch(`${server}_users/org.couchdb.user:${name}`, { method: 'PUT', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password, roles: [], type: 'user' }) });
    if (!user.ok) return { ok: false, problem: 'refused', status: user.status };
    const read = await fetch(`${server}${database}/_security`, { credentials: 'include' });
    if (!read.ok) return { ok: false, problem: 'refused', status: read.status };
    const security = (await read.json()) as { admins?: unknown; members?: { names?: string[]; roles?: string[] } };
    const members = { names: [...(security.members?.names ?? []), name], roles: security.members?.roles ?? [] };
    const write = await fetch(`${server}${database}/_security`, { method: 'PUT', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...security, members }) });
    if (!write.ok) return { ok: false, problem: 'refused', status: write.status };
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  return { ok: true, invitation: { server, name, password, database } };
}

export function invitationText(invitation: Invitation): string {
  return toBase64Url(JSON.stringify(invitation));
}

export function readInvitation(text: string | null): Invitation | null {
  if (!text) return null;
  try {
    const parsed = invitationSchema.safeParse(JSON.parse(textFromBase64Url(text)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type Accepted = { ok: true } | { ok: false; problem: 'used' | 'unreachable' | 'refused'; status?: number };

/**
 * Signs in with the one-time password, sets the family's own, and signs in
 * with that: the server's session cookie is what this tablet keeps.
 */
export async function acceptInvitation(invitation: Invitation, ownPassword: string): Promise<Accepted> {
  const { server, name } = invitation;
  const session = (password: string) => fetch(`${server}_session`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) });
  try {
    const first = await session(invitation.password);
    if (first.status === 401) return { ok: false, problem: 'used' };
    if (!first.ok) return { ok: false, problem: 'refused', status: first.status };
    const userUrl = `${server}_users/org.couchdb.user:${name}`;
    const user = (await (await fetch(userUrl, { credentials: 'include' })).json()) as Record<string, unknown>;
    const changed = await fetch(userUrl, { method: 'PUT', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...user, password: ownPassword }) });
    if (!changed.ok) return { ok: false, problem: 'refused', status: changed.status };
    // A new password ends the session made with the old one.
    const second = await session(ownPassword);
    return second.ok ? { ok: true } : { ok: false, problem: 'refused', status: second.status };
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
}

function randomToken(bytes: number): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}
