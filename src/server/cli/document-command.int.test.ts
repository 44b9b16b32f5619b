import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { masterPlanHeadings } from '../features/documents/outline.ts';
import { docxParts, paragraphsInStyle, pdfText } from '../features/documents/test-readers.ts';
import { en } from '../features/documents/words-en.ts';
import { id } from '../features/documents/words-id.ts';
import { seedOrganisation, seedPlan } from '../features/transfer/rich-plan-fixture.ts';
import { cliDatabase, rancang } from './cli-harness.ts';

describe('rancang document', () => {
  let dir: string;
  let db: Awaited<ReturnType<typeof cliDatabase>>;
  let planId: string;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rancang-document-'));
    db = await cliDatabase(file('data'));
    expect((await rancang(db.env, 'migrate')).code).toBe(0);
    // A plan written while no command has the database open.
    const database = db.env.DATABASE_URL
      ? await openDatabase({ kind: 'postgres', url: db.env.DATABASE_URL })
      : await openDatabase({ kind: 'pglite', dataDir: join(file('data'), 'pg') });
    planId = await seedPlan(database.db, await seedOrganisation(database.db), 12);
    await database.close();
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the master plan as DOCX, telling its progress', async () => {
    const run = await rancang(db.env, 'document', planId, '--format', 'docx', '--out', file('plan.docx'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*plan\.docx \(DOCX, 12 programmes, \d+ bytes\)\n$/);
    expect(run.stderr).toMatch(/Writing the master plan: 100% \(done\)/);
    const docx = readFileSync(file('plan.docx'));
    expect(paragraphsInStyle(docxParts(docx).text('word/document.xml'), 'Heading1')).toEqual(
      masterPlanHeadings(id),
    );
  }, 60_000);

  it('writes it as a PDF in English', async () => {
    const run = await rancang(
      db.env,
      'document',
      planId,
      '--format',
      'pdf',
      '--out',
      file('plan.pdf'),
      '--lang',
      'en',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/converting to PDF with LibreOffice/);
    const pdf = readFileSync(file('plan.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    for (const heading of masterPlanHeadings(en)) expect(text).toContain(heading);
  }, 120_000);

  it('writes the executive summary with --summary', async () => {
    const run = await rancang(db.env, 'document', planId, '--summary', '--out', file('summary.docx'));
    expect(run.code).toBe(0);
    const xml = docxParts(readFileSync(file('summary.docx'))).text('word/document.xml');
    expect(paragraphsInStyle(xml, 'Heading1')[0]).toBe(id.summary.keyFigures);
  }, 60_000);

  it('refuses an unknown plan, format or language and writes nothing', async () => {
    const unknown = await rancang(
      db.env,
      'document',
      '00000000-0000-4000-8000-000000000000',
      '--out',
      file('none.docx'),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Error: No plan with id 00000000-0000-4000-8000-000000000000/);
    const format = await rancang(db.env, 'document', planId, '--format', 'odt', '--out', file('none.odt'));
    expect(format.code).not.toBe(0);
    expect(format.stderr).toMatch(/option '-f, --format <format>' argument 'odt' is invalid/);
    const lang = await rancang(db.env, 'document', planId, '--lang', 'fr', '--out', file('none.docx'));
    expect(lang.code).not.toBe(0);
    expect(lang.stderr).toMatch(/argument 'fr' is invalid. Allowed choices are id, en/);
    const summaryPdf = await rancang(
      db.env,
      'document',
      planId,
      '--summary',
      '--format',
      'pdf',
      '--out',
      file('none.pdf'),
    );
    expect(summaryPdf.code).toBe(1);
    expect(summaryPdf.stderr).toMatch(/executive summary is written as DOCX only/);
    for (const name of ['none.docx', 'none.odt', 'none.pdf'])
      expect(() => readFileSync(file(name))).toThrow(/ENOENT/);
  }, 60_000);
});
