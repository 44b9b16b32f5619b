import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USER_ROLES } from '../../../shared/domain.ts';
import { PageQuery, Timestamp } from '../../http/schemas.ts';

const Email = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());
const NewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);
/** Any typed password is checked, not judged: an old short one must still be able to sign in. */
const GivenPassword = z.string().min(1).max(PASSWORD_MAX_LENGTH);

export const RoleAssignment = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    role: z.enum(USER_ROLES),
    regionId: z.uuid().nullable(),
    opdId: z.uuid().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({
    id: 'RoleAssignment',
    description: 'A role a user holds, in a region (and an OPD) where it applies',
  });

export const RoleAssignmentCreate = z.strictObject({
  role: z.enum(USER_ROLES),
  regionId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Required for every role but the national ones (platform_admin, ministry_reviewer)'),
  opdId: z.uuid().nullable().optional().describe('Required for opd_participant: an OPD of the region'),
});

export const UserSummary = z
  .object({ id: z.uuid(), email: z.string(), name: z.string() })
  .meta({ id: 'UserSummary' });

export const User = UserSummary.extend({
  createdAt: Timestamp,
  roles: z.array(RoleAssignment),
}).meta({ id: 'User', description: 'An account and the roles it holds' });

export const SessionInfo = z
  .object({
    user: UserSummary,
    roles: z.array(RoleAssignment),
    expiresAt: Timestamp.describe('When the session ends unless it is used again'),
  })
  .meta({ id: 'Session', description: 'Who is signed in' });

export const SignIn = z.strictObject({ email: Email, password: GivenPassword });

export const PasswordChange = z.strictObject({ currentPassword: GivenPassword, newPassword: NewPassword });

export const PasswordReset = z.strictObject({ newPassword: NewPassword });

export const UserCreate = z.strictObject({
  email: Email,
  name: z.string().trim().min(1).max(200),
  password: NewPassword,
  roles: z.array(RoleAssignmentCreate).max(50).default([]),
});

export const UserFilters = PageQuery.extend({
  region: z.uuid().optional().describe('Only users holding a role in this region'),
  role: z.enum(USER_ROLES).optional(),
  q: z.string().min(1).max(200).optional().describe('Part of the name or email'),
});
export type UserFilters = z.infer<typeof UserFilters>;
