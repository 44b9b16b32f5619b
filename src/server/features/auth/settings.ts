import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** How accounts behave; read once from the environment at start (see readAuthSettings). */
export interface AuthSettings {
  /** Signs the session cookie. Unset: a fresh one per process, so a restart signs everyone out. */
  secret: string;
  /** The address people use, e.g. https://rancang.example.go.id; decides Secure cookies by default. */
  publicUrl: string;
  /** Cookies only over https. */
  secureCookies: boolean;
  /** Origins besides the server's own that may send cookie-authenticated writes. */
  trustedOrigins: string[];
  sessionDays: number;
  /** Failed sign-ins of one account before it is locked. */
  maxFailuresPerAccount: number;
  /** Failed sign-ins from one address before it is locked: higher, a Bimtek hall shares one address. */
  maxFailuresPerIp: number;
  lockSeconds: number;
}

const SettingsEnv = z.object({
  RANCANG_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  RANCANG_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  RANCANG_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  RANCANG_TRUSTED_ORIGINS: z.string().default(''),
  RANCANG_SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  RANCANG_SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  RANCANG_SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).max(10_000).default(50),
  RANCANG_SIGNIN_LOCK_MINUTES: z.coerce.number().min(0.01).max(1440).default(15),
});

export function readAuthSettings(source: NodeJS.ProcessEnv = process.env): AuthSettings {
  const parsed = SettingsEnv.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const publicUrl = env.RANCANG_PUBLIC_URL ?? 'http://localhost:3000';
  return {
    secret: env.RANCANG_AUTH_SECRET ?? randomBytes(32).toString('base64url'),
    publicUrl,
    secureCookies:
      env.RANCANG_SECURE_COOKIES === 'auto'
        ? publicUrl.startsWith('https:')
        : env.RANCANG_SECURE_COOKIES === 'true',
    trustedOrigins: env.RANCANG_TRUSTED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    sessionDays: env.RANCANG_SESSION_DAYS,
    maxFailuresPerAccount: env.RANCANG_SIGNIN_MAX_FAILURES,
    maxFailuresPerIp: env.RANCANG_SIGNIN_MAX_FAILURES_PER_IP,
    lockSeconds: Math.round(env.RANCANG_SIGNIN_LOCK_MINUTES * 60),
  };
}
