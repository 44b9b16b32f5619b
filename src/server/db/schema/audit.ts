import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every write, with who, when, what, and the record before and after: the base of history and restore. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action', { enum: ['create', 'update', 'delete', 'restore', 'import'] }).notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    regionId: uuid('region_id'),
    planId: uuid('plan_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_plan_idx').on(t.planId),
    index('audit_log_region_idx').on(t.regionId),
  ],
);
