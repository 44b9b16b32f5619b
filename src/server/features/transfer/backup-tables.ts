import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { getTableConfig, type PgColumn, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema/index.ts';

/** A table of ours as backup and restore see it. */
export interface BackupTable {
  name: string;
  table: PgTable;
  /** Primary key columns: rows are read in this order, page by page. */
  key: PgColumn[];
  keyNames: string[];
  /** Property names of the serial columns whose sequences follow the restored rows. */
  serials: string[];
}

function describe(table: PgTable): BackupTable {
  const config = getTableConfig(table);
  const columns = Object.entries(getTableColumns(table));
  const single = columns.filter(([, c]) => c.primary);
  const composite = (config.primaryKeys[0]?.columns ?? []).map((c) => c.name);
  const keyEntries = single.length > 0 ? single : columns.filter(([, c]) => composite.includes(c.name));
  return {
    name: config.name,
    table,
    key: keyEntries.map(([, c]) => c),
    keyNames: keyEntries.map(([k]) => k),
    serials: columns.filter(([, c]) => /Serial/.test(c.columnType)).map(([k]) => k),
  };
}

/** Parents before children (Kahn's algorithm, ties by name), so that rows insert in file order. */
function foreignKeySafe(tables: PgTable[]): PgTable[] {
  const byName = new Map(tables.map((t) => [getTableName(t), t]));
  const parents = new Map(
    tables.map((t) => [
      getTableName(t),
      new Set(
        getTableConfig(t)
          .foreignKeys.map((fk) => getTableName(fk.reference().foreignTable))
          .filter((p) => p !== getTableName(t)),
      ),
    ]),
  );
  const ordered: PgTable[] = [];
  while (parents.size > 0) {
    const ready = [...parents].filter(([, ps]) => ps.size === 0).map(([n]) => n);
    if (ready.length === 0) throw new Error(`foreign key cycle among ${[...parents.keys()].join(', ')}`);
    for (const name of ready.sort()) {
      ordered.push(byName.get(name) as PgTable);
      parents.delete(name);
      for (const ps of parents.values()) ps.delete(name);
    }
  }
  return ordered;
}

/** Every table of the schema, in foreign-key-safe order. New tables join the backup by themselves. */
export const BACKUP_TABLES: BackupTable[] = foreignKeySafe(
  Object.values(schema).filter((v: unknown): v is PgTable => is(v, PgTable)),
).map(describe);
