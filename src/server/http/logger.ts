import type { FastifyServerOptions } from 'fastify';

/**
 * The server's request log: method, path, status and time, never a secret. Fastify logs no bodies
 * (so no password); the session cookie and any Authorization header are redacted should a header be
 * logged, and so is the cookie a sign-in sets.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    // Readable lines for a person at a terminal; JSON lines for log collectors.
    ...(process.stdout.isTTY
      ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } }
      : {}),
  };
}
