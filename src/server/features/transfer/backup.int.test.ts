import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../db/audit.ts';
import type { Database, Db } from '../../db/client.ts';
import type { Row } from '../../db/records.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { ProblemError } from '../../errors.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { restoreBackup, writeBackup } from './backup.ts';
import { BACKUP_TABLES } from './backup-tables.ts';
import { seedOrganisation, seedPlan } from './rich-plan-fixture.ts';
import { MIGRATIONS } from './schema-version.ts';

/** Every table's rows in primary-key order: two databases with equal dumps hold the same data. */
async function dump(db: Db) {
  const out: Record<string, Row[]> = {};
  for (const t of BACKUP_TABLES)
    out[t.name] = (await db
      .select()
      .from(t.table)
      .orderBy(...t.key)) as Row[];
  return out;
}

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return error as ProblemError;
}

describe('whole-database backup and restore', () => {
  let source: Database;
  let target: Database;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const org = await seedOrganisation(source.db);
    await seedPlan(source.db, org, 1200);
    await seedPlan(source.db, await seedOrganisation(source.db, '12.03'), 2, 'Second');
    dir = mkdtempSync(join(tmpdir(), 'rancang-backup-'));
    file = join(dir, 'backup.jsonl.gz');
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a header and one line per row, tables in foreign-key-safe order', async () => {
    const progress: number[] = [];
    const summary = await writeBackup(source.db, createWriteStream(file), {
      onProgress: (done) => progress.push(done),
    });
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0] as string);
    expect(header).toMatchObject({
      format: 'rancang-backup',
      version: 1,
      schemaMigration: MIGRATIONS.at(-1)?.tag,
    });
    expect(header.tables).toHaveLength(BACKUP_TABLES.length);
    expect(lines).toHaveLength(summary.rows + 1);
    expect(progress.at(-1)).toBe(summary.rows);
    const order = lines.slice(1).map((l) => JSON.parse(l).table as string);
    expect(order.indexOf('regions')).toBeLessThan(order.indexOf('plans'));
    expect(order.lastIndexOf('plans')).toBeLessThan(order.indexOf('programs'));
    expect(order.lastIndexOf('programs')).toBeLessThan(order.indexOf('program_budgets'));
  });

  it('restores into an empty database with every table identical, and the audit sequence past the rows', async () => {
    const summary = await restoreBackup(target.db, createReadStream(file));
    expect(summary.rows).toBeGreaterThan(10_000);
    expect(await dump(target.db)).toEqual(await dump(source.db));
    const maxId = Math.max(...(await target.db.select().from(auditLog)).map((r) => r.id));
    const next = await target.db.transaction(async (tx) => {
      await recordAudit(tx, { actor: 't', action: 'create', entity: 'x', entityId: 'y' });
      return tx.select().from(auditLog);
    });
    expect(Math.max(...next.map((r) => r.id))).toBe(maxId + 1);
  });

  it('restores over a database that has data, replacing it', async () => {
    await restoreBackup(target.db, createReadStream(file));
    expect(await dump(target.db)).toEqual(await dump(source.db));
  });

  it('refuses a truncated or damaged file and leaves the target unchanged', async () => {
    await seedOrganisation(target.db, '99.99');
    const before = await dump(target.db);
    const bytes = readFileSync(file);
    const truncated = await refusal(
      restoreBackup(target.db, Readable.from([bytes.subarray(0, bytes.length - 200)])),
    );
    expect(truncated.message).toMatch(/truncated/);
    const lines = gunzipSync(bytes).toString('utf8').split('\n');
    const cutAtLine = gzipSync(lines.slice(0, 5000).join('\n'));
    expect((await refusal(restoreBackup(target.db, Readable.from([cutAtLine])))).message).toMatch(
      /incomplete/,
    );
    const badRow = [...lines];
    badRow[3000] = badRow[3000]?.replace(/"amount":"[^"]+"/, '"amount":"-5.00"') ?? '';
    expect(badRow[3000]).toMatch(/-5\.00/);
    expect(
      (await refusal(restoreBackup(target.db, Readable.from([gzipSync(badRow.join('\n'))])))).message,
    ).toMatch(/program_budgets rows the database refuses/);
    const notJson = [...lines];
    notJson[10] = '{"table":"regions",';
    expect(
      (await refusal(restoreBackup(target.db, Readable.from([gzipSync(notJson.join('\n'))])))).message,
    ).toMatch(/line 11 is not JSON/);
    expect((await refusal(restoreBackup(target.db, Readable.from([Buffer.from('hello')])))).message).toMatch(
      /gzip/,
    );
    expect(await dump(target.db)).toEqual(before);
  });

  it('refuses a backup from a newer schema or of another kind', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0] as string);
    const newer = [JSON.stringify({ ...header, schemaMigration: '0042_future' }), ...lines.slice(1)];
    const refused = await refusal(restoreBackup(target.db, Readable.from([gzipSync(newer.join('\n'))])));
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/newer database schema \(0042_future\)/);
    const other = gzipSync(JSON.stringify({ format: 'rancang-plan', version: 1 }));
    expect((await refusal(restoreBackup(target.db, Readable.from([other])))).message).toMatch(
      /not a Rancang backup/,
    );
  });
});
