import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../features/transfer/backup-tables.ts';
import { exportPlan } from '../features/transfer/plan-export.ts';
import { type PlanDocument, serializePlanDocument } from '../features/transfer/plan-parts.ts';
import { seedOrganisation, seedPlan } from '../features/transfer/rich-plan-fixture.ts';
import { MIGRATIONS } from '../features/transfer/schema-version.ts';
import { createTestDatabase } from '../testing/database.ts';
import { cliDatabase, rancang } from './cli-harness.ts';

/** The newest migration: what a freshly migrated database and its backups report. */
const latestMigration = MIGRATIONS.at(-1)?.tag;

describe('the rancang command', () => {
  let dir: string;
  let first: Awaited<ReturnType<typeof cliDatabase>>;
  let second: Awaited<ReturnType<typeof cliDatabase>>;
  let doc: PlanDocument;
  let planId: string;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rancang-cli-'));
    const source = await createTestDatabase();
    planId = await seedPlan(source.db, await seedOrganisation(source.db), 3);
    doc = await exportPlan(source.db, planId);
    await source.close();
    writeFileSync(file('plan.json'), serializePlanDocument(doc));
    first = await cliDatabase(file('first'));
    second = await cliDatabase(file('second'));
  });
  afterAll(async () => {
    await first?.drop();
    await second?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists its commands', async () => {
    const help = await rancang(first.env, '--help');
    expect(help.code).toBe(0);
    for (const command of [
      'serve',
      'migrate',
      'create-admin',
      'demo',
      'export',
      'import',
      'backup',
      'restore',
    ])
      expect(help.stdout).toContain(command);
  });

  it('migrates a new database and says where it stands', async () => {
    const run = await rancang(first.env, 'migrate');
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith(`Database is up to date at migration ${latestMigration}`)).toBe(true);
    expect(run.code).toBe(0);
  }, 60_000);

  it('imports a plan with progress lines, and refuses it a second time unless --replace', async () => {
    const run = await rancang(first.env, 'import', file('plan.json'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Imported plan ${planId}: 3 programmes, \\d+ rows\\n$`));
    expect(run.stderr).toMatch(/Importing: 100% \(/);
    const again = await rancang(first.env, 'import', file('plan.json'));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^Error: plan already exists/);
    const replaced = await rancang(first.env, 'import', file('plan.json'), '--replace');
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(/replacing the existing one/);
  }, 60_000);

  it('exports the plan to a file and to stdout, byte-identical to the document imported', async () => {
    const toFile = await rancang(first.env, 'export', planId, '-o', file('out.json'));
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toMatch(/^Exported plan "Masterplan Smart City" \(3 programmes, \d+ bytes\) to /);
    expect(readFileSync(file('out.json'), 'utf8')).toBe(serializePlanDocument(doc));
    const toStdout = await rancang(first.env, 'export', planId);
    expect(toStdout.code).toBe(0);
    expect(toStdout.stdout).toBe(serializePlanDocument(doc));
  }, 60_000);

  it('names the bad fields of a document and exits with 1', async () => {
    const bad = JSON.parse(serializePlanDocument(doc));
    bad.programs[1].budgets[0].amount = 'sepuluh juta';
    bad.plan.periodStart = 1900;
    writeFileSync(file('bad.json'), JSON.stringify(bad));
    const run = await rancang(first.env, 'import', file('bad.json'), '--replace');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Error: Invalid input:');
    expect(run.stderr).toContain('  programs.1.budgets.0.amount: must be a decimal number in a string');
    expect(run.stderr).toContain('  plan.periodStart:');
    writeFileSync(file('broken.json'), '{"format": ');
    const broken = await rancang(first.env, 'import', file('broken.json'));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/file: is not valid JSON/);
    const unknown = await rancang(first.env, 'export', '00000000-0000-4000-8000-000000000000');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('Error: No plan with id 00000000-0000-4000-8000-000000000000\n');
  }, 60_000);

  it('refuses to load the demo into a database that has regions', async () => {
    const run = await rancang(first.env, 'demo');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/already has 1 region\(s\); the demo loads only into an empty database/);
  }, 60_000);

  it('serve stops with an error, instead of staying up, when its port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const run = await rancang({ ...first.env, PORT: String(port), HOST: '127.0.0.1' }, 'serve');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`EADDRINUSE: address already in use 127.0.0.1:${port}`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 60_000);

  it('backs up and restores into another database, which then exports the same plan', async () => {
    const backup = await rancang(first.env, 'backup', file('all.jsonl.gz'));
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(
      new RegExp(
        `^Backed up \\d+ rows of ${BACKUP_TABLES.length} tables \\(schema ${latestMigration}\\) to `,
      ),
    );
    expect(statSync(file('all.jsonl.gz')).size).toBeGreaterThan(0);

    await rancang(second.env, 'migrate');
    const unconfirmed = await rancang(second.env, 'restore', file('all.jsonl.gz'));
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toMatch(/run it with --yes/);
    expect((await rancang(second.env, 'export', planId)).code).toBe(1);

    const restore = await rancang(second.env, 'restore', file('all.jsonl.gz'), '--yes');
    expect(restore).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        new RegExp(`^Restored \\d+ rows of ${BACKUP_TABLES.length} tables from `),
      ),
    });
    expect(restore.stderr).toMatch(/Restoring: 100%/);
    const exported = await rancang(second.env, 'export', planId);
    expect(exported.stdout).toBe(serializePlanDocument(doc));
  }, 120_000);

  it('refuses a damaged backup and leaves the database as it was', async () => {
    const bytes = readFileSync(file('all.jsonl.gz'));
    writeFileSync(file('cut.gz'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const cut = await rancang(second.env, 'restore', file('cut.gz'), '--yes');
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/file: is truncated, damaged or not gzip'd/);
    const lines = gunzipSync(bytes).toString('utf8').split('\n');
    writeFileSync(file('short.gz'), gzipSync(lines.slice(0, -3).join('\n')));
    const short = await rancang(second.env, 'restore', file('short.gz'), '--yes');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/is incomplete/);
    const missing = await rancang(second.env, 'restore', file('nothing.gz'), '--yes');
    expect(missing.stderr).toMatch(/file not found/);
    expect((await rancang(second.env, 'export', planId)).stdout).toBe(serializePlanDocument(doc));
  }, 120_000);
});
