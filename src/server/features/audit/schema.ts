import { z } from 'zod';
import { auditLog } from '../../db/schema/audit.ts';
import { PageQuery, Timestamp } from '../../http/schemas.ts';

const AuditAction = z.enum(auditLog.action.enumValues);

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: Timestamp,
    actor: z.string(),
    action: AuditAction,
    entity: z.string().describe('The kind of record, e.g. mission or readinessScore'),
    entityId: z.string(),
    regionId: z.uuid().nullable(),
    planId: z.uuid().nullable(),
    before: z.unknown().describe('The record before the write; null for a creation'),
    after: z.unknown().describe('The record after the write; null for a deletion'),
  })
  .meta({ id: 'AuditEntry' });

const DateTime = z.iso.datetime({ offset: true });

export const AuditQuery = PageQuery.extend({
  entity: z.string().min(1).optional(),
  entityId: z.string().min(1).optional(),
  planId: z.uuid().optional(),
  regionId: z.uuid().optional(),
  actor: z.string().min(1).optional(),
  action: AuditAction.optional(),
  from: DateTime.optional().describe('Entries at or after this ISO 8601 date-time'),
  to: DateTime.optional().describe('Entries at or before this ISO 8601 date-time'),
}).refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), {
  path: ['to'],
  message: 'must not be before from',
});

/** Audit entries are numbered in the order they were written, not identified by a UUID. */
export const AuditIdParams = z.object({
  id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});
