import type { InferInsertModel, InferSelectModel } from 'drizzle-orm';
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../src/server/db/client.ts';
import { presentRow, type Row, type Scope } from '../src/server/db/records.ts';
import { auditLog } from '../src/server/db/schema/audit.ts';

export const DEMO_ACTOR = 'demo';

// PostgreSQL takes at most 65,535 parameters a statement; 400 rows of the widest table stay well under.
const CHUNK = 400;

const chunks = <T>(items: T[]) => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};

export interface AuditOptions<R> {
  /** Region and plan of the record, for the audit log. */
  scope?: Scope | ((row: R) => Scope);
  /** Child rows written with the record (budgets, targets…), added to its audit snapshot. */
  lists?: (row: R) => Row;
}

/**
 * Multi-row inserts for the demo, audited like any other write: every inserted record that has an id
 * gets its `create` entry (in bulk too), so history and restore see the demo as they see user edits.
 * Child rows without an id of their own (budgets, targets, links) get no entry of their own: they appear
 * in their parent's snapshot (`lists`), as the programme and indicator services record them.
 */
export class DemoWriter {
  constructor(
    readonly tx: Tx,
    readonly actor = DEMO_ACTOR,
  ) {}

  async insert<T extends PgTable>(
    table: T,
    entity: string | null,
    rows: InferInsertModel<T>[],
    options: AuditOptions<InferSelectModel<T>> = {},
  ): Promise<InferSelectModel<T>[]> {
    const { scope = {}, lists } = options;
    const written: InferSelectModel<T>[] = [];
    const audited = entity !== null && 'id' in getTableColumns(table);
    for (const part of chunks(rows)) {
      const query = this.tx.insert(table).values(part as never);
      if (!audited) {
        await query;
        continue;
      }
      const inserted = (await query.returning()) as InferSelectModel<T>[];
      written.push(...inserted);
      await this.tx.insert(auditLog).values(
        inserted.map((row) => {
          const s = typeof scope === 'function' ? scope(row) : scope;
          return {
            actor: this.actor,
            action: 'create' as const,
            entity,
            entityId: String((row as Row).id),
            regionId: s.regionId ?? null,
            planId: s.planId ?? null,
            after: { ...presentRow(table, row as Row), ...lists?.(row) },
          };
        }),
      );
    }
    return written;
  }
}
