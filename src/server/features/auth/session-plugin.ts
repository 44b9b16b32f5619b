import { createHash } from 'node:crypto';
import { getTableName } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RoleHeld } from '../../../shared/access-rules.ts';
import type { Db } from '../../db/client.ts';
import * as authTables from '../../db/schema/auth.ts';
import { type Auth, createAuth, SESSION_COOKIE, SESSION_UPDATE_AGE } from './better-auth.ts';
import { csrfRefused } from './problems.ts';
import { rolesHeld } from './repository.ts';
import type { AuthSettings } from './settings.ts';

/** The signed-in account behind a request. */
export interface SignedIn {
  userId: string;
  email: string;
  name: string;
  sessionId: string;
  expiresAt: Date;
  /** The roles held, as of the last write (kept until the next one) so a revoked role stops working at once. */
  roles: RoleHeld[];
}

declare module 'fastify' {
  interface FastifyInstance {
    auth: Auth;
    authSettings: AuthSettings;
  }
  interface FastifyRequest {
    /** The signed-in account, or null for an anonymous request. */
    account: SignedIn | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What a session's resolution reads (better-auth: the session and its user; the roles held). */
export const SESSION_TABLES = [
  authTables.sessions,
  authTables.users,
  authTables.accounts,
  authTables.roleAssignments,
].map((table) => getTableName(table));
/** Sign-in carries no session yet but is guarded too: a forged one would sign a victim into another account. */
const SIGN_IN = 'POST /api/session';

/** Fastify's headers as the Fetch API Headers better-auth reads. */
export function fetchHeaders(request: FastifyRequest) {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const v of [value].flat()) headers.append(key, v);
  }
  return headers;
}

function isTrustedOrigin(request: FastifyRequest, settings: AuthSettings, origin: string) {
  if (origin === new URL(settings.publicUrl).origin || settings.trustedOrigins.includes(origin)) return true;
  try {
    // The Host header read with the Origin's scheme, so that default ports compare equal.
    const url = new URL(origin);
    return url.origin === new URL(`${url.protocol}//${request.headers.host}`).origin;
  } catch {
    return false;
  }
}

/**
 * CSRF defence for cookie-authenticated writes: a browser only sends our cookie cross-site on a plain
 * form or fetch, and either one carries the other site's Origin, or (without an Origin) can't add a
 * custom header without a CORS preflight this server never grants. So a write must show a same-site
 * Origin, or no Origin and an X-Requested-With header.
 */
function csrfProblem(request: FastifyRequest, settings: AuthSettings) {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (isTrustedOrigin(request, settings, origin)) return null;
    return csrfRefused(`Requests from origin ${origin} may not change data here`);
  }
  if (request.headers['x-requested-with']) return null;
  return csrfRefused('A signed-in write needs an Origin header of this site or an X-Requested-With header');
}

interface Resolved {
  account: SignedIn | null;
  /** Set-Cookie headers better-auth answered with (a renewed session, or a stale cookie cleared). */
  setCookies: string[];
}

/** A resolution that is answered but not kept (no session, or one that set cookies). */
class NotKept extends Error {
  constructor(readonly resolved: Resolved) {
    super('session resolution not kept');
  }
}

export interface AccountsOptions {
  db: Db;
  settings: AuthSettings;
}

/**
 * Sessions for the whole server: reads the session cookie of every request into `request.account` and
 * `request.actor` (so audit entries name who wrote), and refuses cross-site cookie-authenticated writes.
 * Registered without encapsulation (skip-override) so that its hooks reach every route.
 */
async function accounts(app: FastifyInstance, options: AccountsOptions) {
  const settings = options.settings;
  app.decorate('authSettings', settings);
  app.decorate('auth', createAuth(options.db, settings));
  app.decorateRequest('account', null);

  const expiresInMs = settings.sessionDays * 24 * 60 * 60 * 1000;

  /** better-auth's own reading of the cookies (session and user), with the roles held. */
  async function resolve(request: FastifyRequest): Promise<Resolved> {
    const { headers, response } = await app.auth.api.getSession({
      headers: fetchHeaders(request),
      returnHeaders: true,
    });
    const setCookies = headers.getSetCookie();
    if (!response) return { account: null, setCookies };
    const account: SignedIn = {
      userId: response.user.id,
      email: response.user.email,
      name: response.user.name,
      sessionId: response.session.id,
      expiresAt: new Date(response.session.expiresAt),
      roles: await rolesHeld(options.db, response.user.id),
    };
    return { account, setCookies };
  }

  /**
   * A kept resolution serves while its session has not expired and is not yet due for renewal (better-auth
   * renews a session used `SESSION_UPDATE_AGE` after its last renewal); either one is resolved afresh.
   */
  const usable = (account: SignedIn, now: number) =>
    account.expiresAt.getTime() > now &&
    account.expiresAt.getTime() - expiresInMs + SESSION_UPDATE_AGE * 1000 > now;

  /**
   * The session behind the cookies, kept in `app.aggregates` (docs/decisions/013) under a SHA-256 of the
   * Cookie header (all better-auth reads of the request) until a write to a table it is read from: so a
   * sign-out, password change or reset, or role change is seen by the very next request, while a
   * workshop's saves leave it be. Only a signed-in answer that set no cookie (no renewal, no stale cookie
   * cleared) is kept; the rest are answered once.
   */
  async function sessionOf(request: FastifyRequest, cookie: string): Promise<Resolved> {
    const key = `session:${createHash('sha256').update(cookie).digest('base64url')}`;
    let computed = false;
    try {
      const kept = await app.aggregates.get(
        key,
        async () => {
          computed = true;
          const resolved = await resolve(request);
          if (!resolved.account || resolved.setCookies.length > 0) throw new NotKept(resolved);
          return resolved;
        },
        SESSION_TABLES,
      );
      if (computed || (kept.account && usable(kept.account, Date.now()))) return kept;
      // Expired, or due for renewal: better-auth decides (and renews, a write that clears the cache).
      return await resolve(request);
    } catch (error) {
      if (error instanceof NotKept) return error.resolved;
      throw error;
    }
  }

  app.addHook('onRequest', async (request, reply) => {
    const cookie = request.headers.cookie;
    const hasCookie = cookie?.includes(SESSION_COOKIE) ?? false;
    if (cookie && hasCookie) {
      const { account, setCookies } = await sessionOf(request, cookie);
      // Sliding expiry: a refreshed session comes back with a renewed cookie (or a cleared stale one).
      for (const c of setCookies) reply.header('set-cookie', c);
      if (account) {
        // A copy: handlers may not change what the next request is given.
        request.account = { ...account, roles: account.roles.map((r) => ({ ...r })) };
        request.actor = account.email;
      }
    }
    if (
      UNSAFE.has(request.method) &&
      (hasCookie || `${request.method} ${request.routeOptions.url}` === SIGN_IN)
    ) {
      const problem = csrfProblem(request, settings);
      if (problem) throw problem;
    }
  });
}

export const accountsPlugin = Object.assign(accounts, { [Symbol.for('skip-override')]: true });
