import { isAPIError } from 'better-auth/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { isNationalRole, OPD_ROLE } from '../../../shared/domain.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Tx } from '../../db/client.ts';
import { deleteRecord, getOrThrow, insertRecord, type Row } from '../../db/records.ts';
import { roleAssignments } from '../../db/schema/auth.ts';
import { type FieldError, invalid, invalidField, notFound } from '../../errors.ts';
import { hashPassword } from './password.ts';
import { forbidden, lockedOut, unauthenticated, wrongCredentials } from './problems.ts';
import {
  deleteSessionsOf,
  findUser,
  insertUser,
  opdRegionOf,
  presentUser,
  regionExists,
  regionsWithRole,
  rolesOf,
  setPasswordHash,
} from './repository.ts';
import type { RoleAssignmentCreate, UserCreate } from './schema.ts';
import { fetchHeaders, type SignedIn } from './session-plugin.ts';
import { clearFailures, lockRemainingSeconds, recordFailure } from './throttle-repository.ts';

type RoleInput = z.infer<typeof RoleAssignmentCreate>;

export function requireAccount(request: FastifyRequest): SignedIn {
  if (!request.account) throw unauthenticated();
  return request.account;
}

/** Copy better-auth's cookies onto our reply. */
function forwardCookies(reply: FastifyReply, headers: Headers) {
  for (const cookie of headers.getSetCookie()) reply.header('set-cookie', cookie);
}

const throttleKeys = (email: string, ip: string) => ({ account: `email:${email}`, ip: `ip:${ip}` });

/**
 * Sign in through better-auth, counting failures per account and per address: a key that reaches its
 * limit is locked for a while and every attempt against it is refused with 429 without checking the
 * password, so guessing stays slow however the attempts are spread. Every outcome is audited (never
 * the password).
 */
export async function signIn(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  email: string,
  password: string,
) {
  const settings = app.authSettings;
  const keys = throttleKeys(email, request.ip);
  const context = { email, ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
  const remaining = await lockRemainingSeconds(app.db, [keys.account, keys.ip]);
  if (remaining > 0) {
    await app.db.transaction((tx) =>
      auditSignIn(tx, email, 'sign_in_failure', email, { ...context, reason: 'locked' }),
    );
    reply.header('retry-after', String(remaining));
    throw lockedOut(remaining);
  }
  let result: Awaited<ReturnType<typeof callSignIn>>;
  try {
    result = await callSignIn(app, request, email, password);
  } catch (error) {
    if (!isAPIError(error) || error.statusCode !== 401) throw error;
    const locks = await app.db.transaction(async (tx) => {
      await auditSignIn(tx, email, 'sign_in_failure', email, {
        ...context,
        reason: 'wrong email or password',
      });
      const found: Date[] = [];
      for (const [key, max] of [
        [keys.account, settings.maxFailuresPerAccount],
        [keys.ip, settings.maxFailuresPerIp],
      ] as const) {
        const lockedUntil = await recordFailure(tx, key, max, settings.lockSeconds);
        if (!lockedUntil) continue;
        found.push(lockedUntil);
        await auditSignIn(tx, email, 'sign_in_lock', key, {
          key,
          lockedUntil: lockedUntil.toISOString(),
          failures: max,
        });
      }
      return found;
    });
    if (locks.length > 0) {
      reply.header('retry-after', String(settings.lockSeconds));
      throw lockedOut(settings.lockSeconds);
    }
    throw wrongCredentials();
  }
  const { headers, response } = result;
  await app.db.transaction(async (tx) => {
    await clearFailures(tx, keys.account);
    await auditSignIn(tx, email, 'session', response.user.id, { ...context, userId: response.user.id });
  });
  forwardCookies(reply, headers);
  const user = await findUser(app.db, response.user.id);
  if (!user) throw unauthenticated();
  return sessionInfo(app, user, new Date(Date.now() + settings.sessionDays * 86_400_000));
}

function callSignIn(app: FastifyInstance, request: FastifyRequest, email: string, password: string) {
  return app.auth.api.signInEmail({
    body: { email, password },
    headers: fetchHeaders(request),
    returnHeaders: true,
  });
}

function auditSignIn(
  tx: Tx,
  actor: string,
  entity: string,
  entityId: string,
  after: Record<string, unknown>,
) {
  return recordAudit(tx, { actor, action: 'create', entity, entityId, after });
}

export async function sessionInfo(
  app: FastifyInstance,
  user: { id: string; email: string; name: string },
  expiresAt: Date,
) {
  return {
    user: presentUser(user),
    roles: await rolesOf(app.db, [user.id]),
    expiresAt: expiresAt.toISOString(),
  };
}

export async function signOut(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const account = requireAccount(request);
  const { headers } = await app.auth.api.signOut({ headers: fetchHeaders(request), returnHeaders: true });
  forwardCookies(reply, headers);
  await app.db.transaction((tx) =>
    recordAudit(tx, {
      actor: account.email,
      action: 'delete',
      entity: 'session',
      entityId: account.sessionId,
      before: { userId: account.userId },
    }),
  );
}

/** Sign out everywhere: every session of the user ends, this one included. */
export async function revokeAll(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const account = requireAccount(request);
  const { headers } = await app.auth.api.revokeSessions({
    headers: fetchHeaders(request),
    returnHeaders: true,
  });
  forwardCookies(reply, headers);
  await app.db.transaction((tx) =>
    recordAudit(tx, {
      actor: account.email,
      action: 'delete',
      entity: 'session',
      entityId: account.userId,
      before: { userId: account.userId, scope: 'all sessions' },
    }),
  );
}

/** Change one's own password; every other session ends and this browser gets a fresh one. */
export async function changePassword(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  body: { currentPassword: string; newPassword: string },
) {
  const account = requireAccount(request);
  try {
    const { headers } = await app.auth.api.changePassword({
      body: { ...body, revokeOtherSessions: true },
      headers: fetchHeaders(request),
      returnHeaders: true,
    });
    forwardCookies(reply, headers);
  } catch (error) {
    if (isAPIError(error) && error.statusCode === 400 && error.body?.code === 'INVALID_PASSWORD')
      throw invalidField('currentPassword', 'is not the current password');
    throw error;
  }
  await app.db.transaction((tx) => auditPassword(tx, account.email, account.userId, 'self'));
}

function auditPassword(tx: Tx, actor: string, userId: string, by: 'self' | 'administrator') {
  return recordAudit(tx, {
    actor,
    action: 'update',
    entity: 'password',
    entityId: userId,
    after: { userId, changedBy: by, otherSessionsEnded: true },
  });
}

/**
 * Who may manage accounts: the platform admin everywhere, a regency admin in the regions they
 * administer. Returns null for "every region", else the regions (never empty).
 */
// Reads outside a transaction happen before it opens: PGlite has one connection, a read beside an
// open transaction would wait for it forever.
export async function adminRegions(app: FastifyInstance, account: SignedIn): Promise<string[] | null> {
  const [national, regional] = await Promise.all([
    regionsWithRole(app.db, account.userId, 'platform_admin'),
    regionsWithRole(app.db, account.userId, 'regency_admin'),
  ]);
  if (national.length > 0) return null;
  const list = regional.filter((r): r is string => r !== null);
  if (list.length === 0) throw forbidden('Only the platform admin or a regency admin manages accounts');
  return list;
}

/** A regency admin manages users who hold a role in one of the admin's regions. */
async function ensureManages(tx: Tx, regions: string[] | null, userId: string) {
  const user = await findUser(tx, userId);
  if (!user) throw notFound('user', userId);
  if (regions === null) return user;
  const roles = await rolesOf(tx, [userId]);
  if (!roles.some((r) => r.regionId && regions.includes(r.regionId)))
    throw forbidden('This user holds no role in a region you administer');
  return user;
}

async function roleErrors(
  tx: Tx,
  role: RoleInput,
  regions: string[] | null,
  at: string,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const field = (name: string, message: string) =>
    errors.push({ field: `${at}${name}`, in: 'body', message });
  const regionId = role.regionId ?? null;
  const opdId = role.opdId ?? null;
  if (isNationalRole(role.role)) {
    if (regionId) field('regionId', `must be empty for ${role.role}: the role is national`);
  } else if (!regionId) field('regionId', `is required for ${role.role}`);
  else if (!(await regionExists(tx, regionId))) field('regionId', 'refers to a region that does not exist');
  if (role.role === OPD_ROLE) {
    if (!opdId) field('opdId', `is required for ${OPD_ROLE}`);
    else {
      const opdRegion = await opdRegionOf(tx, opdId);
      if (!opdRegion) field('opdId', 'refers to an OPD that does not exist');
      else if (regionId && opdRegion !== regionId) field('opdId', 'refers to an OPD of another region');
    }
  } else if (opdId) field('opdId', `must be empty for ${role.role}`);
  if (errors.length > 0) return errors;
  if (regions !== null && (regionId === null || !regions.includes(regionId)))
    throw forbidden('You may assign roles only in the regions you administer');
  return errors;
}

type RoleRow = typeof roleAssignments.$inferSelect;

async function assignRole(tx: Tx, actor: string, userId: string, role: RoleInput) {
  return (await insertRecord(
    { tx, actor, entity: 'role_assignment', scope: { regionId: role.regionId ?? null } },
    roleAssignments,
    { userId, role: role.role, regionId: role.regionId ?? null, opdId: role.opdId ?? null },
  )) as RoleRow;
}

export async function createUser(app: FastifyInstance, account: SignedIn, body: z.infer<typeof UserCreate>) {
  const regions = await adminRegions(app, account);
  if (regions !== null && body.roles.length === 0)
    throw invalidField('roles', 'must hold at least one role in a region you administer');
  const passwordHash = await hashPassword(body.password);
  return app.db.transaction(async (tx) => {
    const errors = (
      await Promise.all(body.roles.map((r, i) => roleErrors(tx, r, regions, `roles.${i}.`)))
    ).flat();
    if (errors.length > 0) throw invalid(errors);
    const user = await insertUser(tx, { email: body.email, name: body.name, passwordHash });
    await recordAudit(tx, {
      actor: account.email,
      action: 'create',
      entity: 'user',
      entityId: user.id,
      regionId: regions?.[0] ?? null,
      after: presentUser(user),
    });
    const roles = [];
    for (const role of body.roles) roles.push(await assignRole(tx, account.email, user.id, role));
    return { ...presentUser(user), createdAt: user.createdAt.toISOString(), roles };
  });
}

export async function resetPassword(
  app: FastifyInstance,
  account: SignedIn,
  userId: string,
  newPassword: string,
) {
  const regions = await adminRegions(app, account);
  const passwordHash = await hashPassword(newPassword);
  await app.db.transaction(async (tx) => {
    await ensureManages(tx, regions, userId);
    await setPasswordHash(tx, userId, passwordHash);
    await deleteSessionsOf(tx, userId);
    await auditPassword(tx, account.email, userId, 'administrator');
  });
}

export async function userRoles(app: FastifyInstance, account: SignedIn, userId: string) {
  const regions = await adminRegions(app, account);
  return app.db.transaction(async (tx) => {
    await ensureManages(tx, regions, userId);
    return rolesOf(tx, [userId]);
  });
}

export async function addRole(app: FastifyInstance, account: SignedIn, userId: string, role: RoleInput) {
  const regions = await adminRegions(app, account);
  return app.db.transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (!user) throw notFound('user', userId);
    const errors = await roleErrors(tx, role, regions, '');
    if (errors.length > 0) throw invalid(errors);
    return assignRole(tx, account.email, userId, role);
  });
}

export async function removeRole(app: FastifyInstance, account: SignedIn, id: string) {
  const regions = await adminRegions(app, account);
  await app.db.transaction(async (tx) => {
    const existing = (await getOrThrow(tx, roleAssignments, 'role assignment', id, true)) as Row;
    const regionId = existing.regionId as string | null;
    if (regions !== null && (regionId === null || !regions.includes(regionId)))
      throw forbidden('This role is not in a region you administer');
    await deleteRecord(
      { tx, actor: account.email, entity: 'role_assignment', scope: { regionId } },
      roleAssignments,
      existing,
    );
  });
}
