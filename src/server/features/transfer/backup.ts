import { pipeline as pipe, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { getTableColumns } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Row } from '../../db/records.ts';
import { readSnapshot } from '../../db/snapshot.ts';
import { conflict, ProblemError } from '../../errors.ts';
import { countRows, insertChunk, pageAfter, resetSequences, truncateAll } from './backup-repository.ts';
import { BACKUP_TABLES, type BackupTable } from './backup-tables.ts';
import type { Progress } from './progress.ts';
import { appliedMigration, MIGRATIONS } from './schema-version.ts';

export const BACKUP_FORMAT = 'rancang-backup';
export const BACKUP_VERSION = 1;
const PAGE = 1000;

const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  schemaMigration: z.string(),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().min(0) })),
});
type BackupHeader = z.infer<typeof BackupHeader>;

export interface BackupSummary {
  schemaMigration: string;
  tables: number;
  rows: number;
}

const badFile = (message: string) =>
  new ProblemError(400, 'invalid-backup', 'Invalid backup', message, {
    errors: [{ field: 'file', in: 'body', message }],
  });

/**
 * Write every row of every table as gzip'd JSON lines: a header line, then one `{table, row}` line per
 * row, tables in foreign-key-safe order. Read in one repeatable-read transaction: a consistent snapshot
 * page by page, never the whole database in memory.
 */
export async function writeBackup(
  db: Db,
  output: Writable,
  options: { onProgress?: Progress } = {},
): Promise<BackupSummary> {
  const migration = await appliedMigration(db);
  if (!migration) throw new Error('the database has no migrations applied');
  return readSnapshot(db, async (tx) => {
    const tables: BackupHeader['tables'] = [];
    for (const t of BACKUP_TABLES) tables.push({ name: t.name, rows: await countRows(tx, t) });
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaMigration: migration.tag,
      tables,
    };
    const total = tables.reduce((n, t) => n + t.rows, 0);
    let done = 0;
    async function* lines() {
      yield `${JSON.stringify(header)}\n`;
      for (const t of BACKUP_TABLES) {
        let after: Row | undefined;
        for (;;) {
          const page = await pageAfter(tx, t, after, PAGE);
          if (page.length > 0)
            yield page.map((row) => `${JSON.stringify({ table: t.name, row })}\n`).join('');
          done += page.length;
          options.onProgress?.(done, total, t.name);
          if (page.length < PAGE) break;
          after = page.at(-1);
        }
      }
    }
    await pipeline(lines, createGzip(), output);
    return { schemaMigration: migration.tag, tables: tables.length, rows: total };
  });
}

/** The lines of a gzip'd stream; a truncated or damaged stream throws while reading. */
async function* gunzipLines(input: Readable): AsyncGenerator<string> {
  const stream = pipe(input, createGunzip(), () => {});
  stream.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of stream) {
      rest += chunk as string;
      let end = rest.indexOf('\n');
      while (end >= 0) {
        yield rest.slice(0, end);
        rest = rest.slice(end + 1);
        end = rest.indexOf('\n');
      }
    }
    if (rest !== '') yield rest;
  } catch (error) {
    throw badFile(`is truncated, damaged or not gzip'd (${(error as Error).message})`);
  } finally {
    stream.destroy();
  }
}

async function checkHeader(db: Db, first: IteratorResult<string>) {
  let header: BackupHeader;
  try {
    header = BackupHeader.parse(JSON.parse(first.done ? '' : first.value));
  } catch {
    throw badFile('is not a Rancang backup (its first line is not a rancang-backup header)');
  }
  const current = await appliedMigration(db);
  const made = MIGRATIONS.find((m) => m.tag === header.schemaMigration);
  if (!current || !made || made.idx > current.idx)
    throw conflict(
      `the backup was made with a newer database schema (${header.schemaMigration}) than this one (${
        current?.tag ?? 'none'
      }); upgrade Rancang before restoring it`,
    );
  for (const t of header.tables)
    if (!BACKUP_TABLES.some((b) => b.name === t.name))
      throw badFile(`names a table this version does not have: ${t.name}`);
  return header;
}

const databaseMessage = (error: unknown) => {
  let e = error as { message?: string; cause?: unknown };
  while (e.cause) e = e.cause as typeof e;
  return e.message ?? String(error);
};

/**
 * Replace every row of every table by the backup's, in one transaction: a backup that is damaged,
 * truncated or refused by the database leaves the database as it was.
 */
export async function restoreBackup(
  db: Db,
  input: Readable,
  options: { onProgress?: Progress } = {},
): Promise<BackupSummary> {
  const lines = gunzipLines(input);
  try {
    const header = await checkHeader(db, await lines.next());
    const expected = new Map(header.tables.map((t) => [t.name, t.rows]));
    const total = header.tables.reduce((n, t) => n + t.rows, 0);
    const order = new Map(BACKUP_TABLES.map((t, i) => [t.name, i]));
    return await db.transaction(async (tx) => {
      await truncateAll(tx, BACKUP_TABLES);
      const received = new Map<string, number>();
      let current: BackupTable | undefined;
      let columns = new Set<string>();
      let buffer: Row[] = [];
      let lineNo = 1;
      let done = 0;
      const flush = async () => {
        if (!current || buffer.length === 0) return;
        try {
          await insertChunk(tx, current, buffer);
        } catch (error) {
          throw badFile(
            `has ${current.name} rows the database refuses (up to line ${lineNo}): ${databaseMessage(error)}`,
          );
        }
        done += buffer.length;
        buffer = [];
        options.onProgress?.(done, total, current.name);
      };
      for await (const text of lines) {
        lineNo++;
        let line: { table?: unknown; row?: unknown };
        try {
          line = JSON.parse(text);
        } catch {
          throw badFile(`line ${lineNo} is not JSON`);
        }
        const t = BACKUP_TABLES[order.get(String(line.table)) ?? -1];
        const row = line.row as Row;
        if (!t || !expected.has(t.name) || typeof row !== 'object' || row === null || Array.isArray(row))
          throw badFile(`line ${lineNo} is not a row of a table the header lists`);
        if (t !== current) {
          await flush();
          if (current && (order.get(t.name) ?? 0) < (order.get(current.name) ?? 0))
            throw badFile(`line ${lineNo}: ${t.name} rows after ${current.name} rows`);
          current = t;
          columns = new Set(Object.keys(getTableColumns(t.table)));
        }
        const unknown = Object.keys(row).find((k) => !columns.has(k));
        if (unknown) throw badFile(`line ${lineNo}: ${t.name} has no column ${unknown}`);
        const count = (received.get(t.name) ?? 0) + 1;
        if (count > (expected.get(t.name) ?? 0))
          throw badFile(`has more ${t.name} rows than its header says`);
        received.set(t.name, count);
        buffer.push(row);
        if (buffer.length >= Math.min(PAGE, Math.floor(30_000 / columns.size))) await flush();
      }
      await flush();
      for (const [name, rows] of expected)
        if ((received.get(name) ?? 0) !== rows)
          throw badFile(`is incomplete: ${name} has ${received.get(name) ?? 0} of ${rows} rows`);
      for (const t of BACKUP_TABLES) await resetSequences(tx, t);
      return { schemaMigration: header.schemaMigration, tables: header.tables.length, rows: total };
    });
  } finally {
    await lines.return(undefined);
  }
}
