import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { keptAnswer } from '../../http/aggregate-cache.ts';
import { IdParams, page, problems } from '../../http/schemas.ts';
import { authProblems, unauthenticated } from './problems.ts';
import { findUser, listUsers, presentUser, rolesOf } from './repository.ts';
import {
  PasswordChange,
  PasswordReset,
  RoleAssignment,
  RoleAssignmentCreate,
  SessionInfo,
  SignIn,
  User,
  UserCreate,
  UserFilters,
} from './schema.ts';
import {
  addRole,
  adminRegions,
  changePassword,
  createUser,
  removeRole,
  requireAccount,
  resetPassword,
  revokeAll,
  sessionInfo,
  signIn,
  signOut,
  userRoles,
} from './service.ts';
import { SESSION_TABLES } from './session-plugin.ts';

const tag = 'Accounts';
const csrfNote =
  ' Cookie-authenticated writes need an Origin header of this site, or no Origin and an X-Requested-With header.';

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/session',
    {
      config: { access: { permission: 'public' } },
      schema: {
        tags: [tag],
        operationId: 'signIn',
        summary: 'Sign in with email and password',
        description: `Sets the HttpOnly session cookie. After ${app.authSettings.maxFailuresPerAccount} failed attempts an account is locked for a while (429 with Retry-After).${csrfNote}`,
        body: SignIn,
        response: { 200: SessionInfo, ...problems(), ...authProblems(401, 403, 429) },
      },
    },
    async (request, reply) => signIn(app, request, reply, request.body.email, request.body.password),
  );

  r.get(
    '/session',
    {
      config: { access: { permission: 'signedIn' } },
      schema: {
        tags: [tag],
        operationId: 'getCurrentSession',
        summary: 'Who is signed in, with their roles',
        response: { 200: SessionInfo, ...authProblems(401) },
      },
    },
    async (request, reply) => {
      const account = requireAccount(request);
      // Asked on every page load: kept until the session, the user or their roles change.
      return keptAnswer(
        app,
        `session-info:${account.sessionId}:${account.expiresAt.toISOString()}`,
        reply,
        async () => {
          const user = await findUser(app.db, account.userId);
          if (!user) throw unauthenticated();
          return sessionInfo(app, user, account.expiresAt);
        },
        SESSION_TABLES,
      );
    },
  );

  r.delete(
    '/session',
    {
      config: { access: { permission: 'public' } },
      schema: {
        tags: [tag],
        operationId: 'signOut',
        summary: 'Sign out this browser',
        response: { 204: z.undefined().describe('Signed out'), ...authProblems(401, 403) },
      },
    },
    async (request, reply) => {
      await signOut(app, request, reply);
      return reply.code(204).send();
    },
  );

  r.post(
    '/session/revoke-all',
    {
      config: { access: { permission: 'signedIn' } },
      schema: {
        tags: [tag],
        operationId: 'signOutEverywhere',
        summary: 'Sign out everywhere: end every session of the signed-in user',
        response: { 204: z.undefined().describe('Every session ended'), ...authProblems(401, 403) },
      },
    },
    async (request, reply) => {
      await revokeAll(app, request, reply);
      return reply.code(204).send();
    },
  );

  r.post(
    '/account/password',
    {
      config: { access: { permission: 'signedIn' } },
      schema: {
        tags: [tag],
        operationId: 'changeOwnPassword',
        summary: 'Change one’s own password; other sessions end',
        body: PasswordChange,
        response: {
          204: z.undefined().describe('Password changed'),
          ...problems(),
          ...authProblems(401, 403),
        },
      },
    },
    async (request, reply) => {
      await changePassword(app, request, reply, request.body);
      return reply.code(204).send();
    },
  );

  r.get(
    '/users',
    {
      config: { access: { permission: 'signedIn' } },
      schema: {
        tags: [tag],
        operationId: 'listUsers',
        summary: 'Accounts the signed-in administrator manages',
        querystring: UserFilters,
        response: { 200: page(User), ...problems(), ...authProblems(401, 403) },
      },
    },
    async (request) => {
      const regions = await adminRegions(app, requireAccount(request));
      const { items, total } = await listUsers(app.db, request.query, regions);
      const roles = await rolesOf(
        app.db,
        items.map((u) => u.id),
      );
      return {
        items: items.map((u) => ({
          ...presentUser(u),
          createdAt: u.createdAt.toISOString(),
          roles: roles.filter((r) => r.userId === u.id),
        })),
        total,
        limit: request.query.limit,
        offset: request.query.offset,
      };
    },
  );

  r.post(
    '/users',
    {
      config: { access: { permission: 'signedIn' } },
      schema: {
        tags: [tag],
        operationId: 'createUser',
        summary: 'Create an account with a first password and roles',
        body: UserCreate,
        response: { 201: User, ...problems(409), ...authProblems(401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createUser(app, requireAccount(request), request.body)),
  );

  r.post(
    '/users/:id/password-reset',
    {
      config: { access: { permission: 'signedIn' } },
      schema: {
        tags: [tag],
        operationId: 'resetUserPassword',
        summary: 'Set a new password for a user; their sessions end',
        params: IdParams,
        body: PasswordReset,
        response: {
          204: z.undefined().describe('Password reset'),
          ...problems(404),
          ...authProblems(401, 403),
        },
      },
    },
    async (request, reply) => {
      await resetPassword(app, requireAccount(request), request.params.id, request.body.newPassword);
      return reply.code(204).send();
    },
  );

  r.get(
    '/users/:id/roles',
    {
      config: { access: { permission: 'signedIn' } },
      schema: {
        tags: [tag],
        operationId: 'listUserRoles',
        summary: 'The roles a user holds',
        params: IdParams,
        response: { 200: z.array(RoleAssignment), ...problems(404), ...authProblems(401, 403) },
      },
    },
    async (request) => userRoles(app, requireAccount(request), request.params.id),
  );

  r.post(
    '/users/:id/roles',
    {
      config: { access: { permission: 'signedIn' } },
      schema: {
        tags: [tag],
        operationId: 'assignUserRole',
        summary: 'Give a user a role (in a region, and an OPD for participants)',
        params: IdParams,
        body: RoleAssignmentCreate,
        response: { 201: RoleAssignment, ...problems(404, 409), ...authProblems(401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addRole(app, requireAccount(request), request.params.id, request.body)),
  );

  r.delete(
    '/role-assignments/:id',
    {
      config: { access: { permission: 'signedIn' } },
      schema: {
        tags: [tag],
        operationId: 'removeRoleAssignment',
        summary: 'Take a role away from a user',
        params: IdParams,
        response: {
          204: z.undefined().describe('Role removed'),
          ...problems(404),
          ...authProblems(401, 403),
        },
      },
    },
    async (request, reply) => {
      await removeRole(app, requireAccount(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
