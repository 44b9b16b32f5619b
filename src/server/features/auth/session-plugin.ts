import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RoleHeld } from '../../../shared/access-rules.ts';
import type { Db } from '../../db/client.ts';
import { type Auth, createAuth, SESSION_COOKIE } from './better-auth.ts';
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
  /** The roles held, read afresh on every request so that a revoked role stops working at once. */
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

  app.addHook('onRequest', async (request, reply) => {
    const hasCookie = request.headers.cookie?.includes(SESSION_COOKIE) ?? false;
    if (hasCookie) {
      const { headers, response } = await app.auth.api.getSession({
        headers: fetchHeaders(request),
        returnHeaders: true,
      });
      // Sliding expiry: a refreshed session comes back with a renewed cookie (or a cleared stale one).
      for (const cookie of headers.getSetCookie()) reply.header('set-cookie', cookie);
      if (response) {
        request.account = {
          userId: response.user.id,
          email: response.user.email,
          name: response.user.name,
          sessionId: response.session.id,
          expiresAt: new Date(response.session.expiresAt),
          roles: await rolesHeld(options.db, response.user.id),
        };
        request.actor = response.user.email;
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
