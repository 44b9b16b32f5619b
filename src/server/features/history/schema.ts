import { z } from 'zod';
import { auditLog } from '../../db/schema/audit.ts';
import { PageQuery, Timestamp } from '../../http/schemas.ts';

export const HistoryEntry = z
  .object({
    auditId: z.number().int().describe('The audit entry of this version; give it to restore the version'),
    at: Timestamp,
    actor: z.string(),
    action: z.enum(auditLog.action.enumValues),
    entity: z.string().describe('The kind of record, e.g. program or planIndicator'),
    entityId: z.string(),
    version: z.number().int().nullable().describe('The version the snapshot records'),
    snapshot: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe('The record as this write left it; for a deletion, as it was when deleted'),
    changedFields: z
      .array(z.string())
      .describe('Fields that differ from the version before (bookkeeping fields left out)'),
  })
  .meta({ id: 'HistoryEntry', description: 'One version of a record, from the audit log' });

export const HistoryQuery = PageQuery;

export const PlanHistoryQuery = PageQuery.extend({
  scope: z
    .enum(['record', 'all'])
    .default('record')
    .describe('`record`: the plan row only; `all`: every audit entry of the plan and its records'),
});

export const RestoreBody = z.strictObject({
  auditId: z
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .describe('An audit entry of this record: its version is brought back'),
  version: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The version you are looking at; a stale one is refused with 409 and the current record'),
});
export type RestoreBody = z.output<typeof RestoreBody>;
