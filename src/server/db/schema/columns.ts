import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, check, integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Primary key shared by every table: UUIDs keep exported plans importable into any installation. */
export const id = () => uuid('id').primaryKey().defaultRandom();

/** Timestamps and the optimistic-concurrency version every editable record carries. */
export const tracked = () => ({
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/**
 * A CHECK constraint named `<table>_<column>_check`, so that a violation can be reported against the
 * field it concerns (see errors/database.ts).
 */
export const checkOf = (table: string, column: string, condition: SQL) =>
  check(`${table}_${column}_check`, condition);

/** CHECK that a text column holds one of a fixed list of values declared in src/shared/domain.ts. */
export const oneOf = (
  table: string,
  column: string,
  col: AnyPgColumn,
  values: readonly (string | number)[],
) =>
  checkOf(
    table,
    column,
    sql`${col} in (${sql.raw(values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', '))})`,
  );

export const between = (table: string, column: string, col: AnyPgColumn, min: number, max: number) =>
  checkOf(table, column, sql`${col} between ${sql.raw(String(min))} and ${sql.raw(String(max))}`);
