/** Who the clinic's server says is signed in, from its session. */
export interface CouchUser {
  readonly name: string;
  readonly roles: readonly string[];
}

/** The role a clinic gives its therapists' sign-ins: members and admins of every child's database (docs/clinic-sync.md). */
export const STAFF_ROLE = 'deft-staff';

export type SignIn = { ok: true; user: CouchUser } | { ok: false; problem: 'refused' | 'unreachable' | 'server-error'; status?: number };

/**
 * Signs in with CouchDB's session: the password goes to the server once and
 * is never kept; the server answers with a cookie the browser keeps (HttpOnly,
 * so not even this app can read it) and sends with every request after.
 */
export async function signIn(server: string, name: string, password: string): Promise<SignIn> {
  let response: Response;
  try {
    response = await fetch(`${server}_session`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ name, password }),
    });
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  if (response.status === 401 || response.status === 403) return { ok: false, problem: 'refused', status: response.status };
  if (!response.ok) return { ok: false, problem: 'server-error', status: response.status };
  const user = await currentUser(server);
  if (user === 'unreachable') return { ok: false, problem: 'unreachable' };
  return user ? { ok: true, user } : { ok: false, problem: 'refused' };
}

/** The session's user; null when the session has lapsed; 'unreachable' when the server cannot be asked. */
export async function currentUser(server: string): Promise<CouchUser | null | 'unreachable'> {
  try {
    const response = await fetch(`${server}_session`, { credentials: 'include', headers: { accept: 'application/json' } });
    if (!response.ok) return response.status >= 500 ? 'unreachable' : null;
    const { userCtx } = (await response.json()) as { userCtx?: { name?: string | null; roles?: string[] } };
    return userCtx?.name ? { name: userCtx.name, roles: userCtx.roles ?? [] } : null;
  } catch {
    return 'unreachable';
  }
}

export async function signOut(server: string): Promise<void> {
  await fetch(`${server}_session`, { method: 'DELETE', credentials: 'include' }).catch(() => undefined);
}

export function isStaff(user: CouchUser): boolean {
  return user.roles.includes(STAFF_ROLE) || user.roles.includes('_admin');
}

/** Only the server's administrators create databases (CouchDB's rule); a tablet signed in as one creates each child's as it is needed. */
export function isServerAdmin(user: CouchUser): boolean {
  return user.roles.includes('_admin');
}

/** Creates a child's (or the clinic's) database with its access: staff read and write all; `members` (a family) only theirs. */
export async function createDatabase(server: string, database: string, members: readonly string[] = []): Promise<Response> {
  const created = await fetch(`${server}${database}`, { method: 'PUT', credentials: 'include' });
  if (!created.ok && created.status !== 412) return created; // 412: it exists already
  return fetch(`${server}${database}/_security`, {
    method: 'PUT',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ admins: { names: [], roles: [STAFF_ROLE] }, members: { names: members, roles: [STAFF_ROLE] } }),
  });
}
