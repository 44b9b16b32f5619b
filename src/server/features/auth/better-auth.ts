import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../shared/domain.ts';
import type { Db } from '../../db/client.ts';
import { accounts, sessions, users, verifications } from '../../db/schema/auth.ts';
import { hashPassword, verifyPassword } from './password.ts';
import type { AuthSettings } from './settings.ts';

/** The session cookie's name (better-auth adds `__Secure-` in front when cookies are Secure). */
export const SESSION_COOKIE = 'rancang.session_token';

/** A session used again this long after its last renewal is renewed (sliding expiry), in seconds. */
export const SESSION_UPDATE_AGE = 24 * 60 * 60;

/**
 * better-auth owns sessions, cookie signing and password verification; our routes call its server API
 * (auth.api.*) and its raw HTTP handler is not mounted, so every account route is ours and documented.
 */
export function createAuth(db: Db, settings: AuthSettings) {
  return betterAuth({
    appName: 'Rancang',
    baseURL: settings.publicUrl,
    secret: settings.secret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by administrators (POST /api/users), never by visitors.
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: {
      expiresIn: settings.sessionDays * 24 * 60 * 60,
      // Sliding: a session used at least once a day stays alive; an idle one ends after sessionDays.
      updateAge: SESSION_UPDATE_AGE,
    },
    // Sign-in limits and lock-out are ours (features/auth/throttle-repository.ts), per account and per IP.
    rateLimit: { enabled: false },
    trustedOrigins: settings.trustedOrigins,
    telemetry: { enabled: false },
    logger: { level: 'error' },
    advanced: {
      cookiePrefix: 'rancang',
      useSecureCookies: settings.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      database: { generateId: 'uuid' },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
