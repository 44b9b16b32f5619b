import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { NATIONAL_ROLES, OPD_ROLE, USER_ROLES } from '../../../shared/domain.ts';
import { checkOf, id, oneOf, tracked } from './columns.ts';
import { opdUnits } from './organisation.ts';
import { regions } from './region.ts';

/*
 * Accounts. users, sessions, accounts and verifications are the tables better-auth reads and writes
 * through its Drizzle adapter (features/auth/better-auth.ts maps them); their timestamps are Date
 * objects because that is what the library hands over. role_assignments is ours.
 */

/**
 * A timestamptz that reads as a Date (what better-auth compares against `new Date()`) and also accepts
 * the ISO text a JSON backup carries back on restore.
 */
const at = customType<{ data: Date; driverData: string | Date }>({
  dataType: () => 'timestamp with time zone',
  toDriver: (value) => (value instanceof Date ? value.toISOString() : value),
  fromDriver: (value) =>
    value instanceof Date ? value : new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    name: text('name').notNull(),
    /** Stored lower-case: sign-in looks the address up lower-cased. */
    email: text('email').notNull(),
    emailVerified: boolean('email_verified').notNull().default(false),
    image: text('image'),
    createdAt: at('created_at').notNull().default(sql`now()`),
    updatedAt: at('updated_at').notNull().default(sql`now()`),
  },
  (t) => [
    unique('users_email_unique').on(t.email),
    checkOf('users', 'email', sql`${t.email} = lower(${t.email})`),
  ],
);

/** A signed-in browser: the cookie carries the token; deleting the row signs that browser out. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    token: text('token').notNull(),
    expiresAt: at('expires_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: at('created_at').notNull().default(sql`now()`),
    updatedAt: at('updated_at').notNull().default(sql`now()`),
  },
  (t) => [unique('sessions_token_unique').on(t.token), index('sessions_user_idx').on(t.userId)],
);

/** How a user proves who they are; the `credential` provider holds the argon2id password hash. */
export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: at('access_token_expires_at'),
    refreshTokenExpiresAt: at('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    createdAt: at('created_at').notNull().default(sql`now()`),
    updatedAt: at('updated_at').notNull().default(sql`now()`),
  },
  (t) => [
    unique('accounts_provider_account_unique').on(t.providerId, t.accountId),
    index('accounts_user_idx').on(t.userId),
  ],
);

/** One-time tokens better-auth issues (email verification, password-reset links). */
export const verifications = pgTable(
  'verifications',
  {
    id: id(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: at('expires_at').notNull(),
    createdAt: at('created_at').notNull().default(sql`now()`),
    updatedAt: at('updated_at').notNull().default(sql`now()`),
  },
  (t) => [index('verifications_identifier_idx').on(t.identifier)],
);

/**
 * What a user may do where. A user holds several (a facilitator for several regencies). The platform
 * admin and the ministry reviewer are national (no region); every other role belongs to one region; an
 * OPD participant also names the OPD, which must be of that region (the composite key below).
 */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: USER_ROLES }).notNull(),
    regionId: uuid('region_id').references(() => regions.id, { onDelete: 'restrict' }),
    opdId: uuid('opd_id'),
    ...tracked(),
  },
  (t) => [
    oneOf('role_assignments', 'role', t.role, USER_ROLES),
    checkOf(
      'role_assignments',
      'region_id',
      sql`(${t.role} in (${sql.raw(NATIONAL_ROLES.map((r) => `'${r}'`).join(', '))})) = (${t.regionId} is null)`,
    ),
    checkOf(
      'role_assignments',
      'opd_id',
      sql`(${t.role} = '${sql.raw(OPD_ROLE)}') = (${t.opdId} is not null)`,
    ),
    foreignKey({
      name: 'role_assignments_opd_region_fk',
      columns: [t.opdId, t.regionId],
      foreignColumns: [opdUnits.id, opdUnits.regionId],
    }).onDelete('restrict'),
    unique('role_assignments_unique').on(t.userId, t.role, t.regionId, t.opdId).nullsNotDistinct(),
    index('role_assignments_user_idx').on(t.userId),
    index('role_assignments_region_idx').on(t.regionId),
  ],
);

/**
 * Failed sign-ins counted per key (`email:<address>` or `ip:<address>`); a key that reaches the limit
 * is locked until `lockedUntil`. Kept in the database so that every server process sees the same lock.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: at('last_failure_at').notNull().default(sql`now()`),
  lockedUntil: at('locked_until'),
});
