import type { Tx } from './client.ts';
import { auditLog } from './schema/audit.ts';

export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'import';

export interface AuditEntry {
  actor: string;
  action: AuditAction;
  entity: string;
  entityId: string;
  regionId?: string | null;
  planId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Record a write in the same transaction as the write itself, so that neither exists without the other. */
export async function recordAudit(tx: Tx, entry: AuditEntry) {
  await tx.insert(auditLog).values({
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    regionId: entry.regionId ?? null,
    planId: entry.planId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
