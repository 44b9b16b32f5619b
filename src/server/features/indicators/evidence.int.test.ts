import { PassThrough } from 'node:stream';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES } from '../../../shared/evidence.ts';
import * as fixture from '../../access/matrix-fixtures.ts';
import type { Db } from '../../db/client.ts';
import { indicatorEvidence } from '../../db/schema/indicator.ts';
import { createTargetDatabase, type TargetDatabase } from '../../durability/target-database.ts';
import { useTestApp } from '../../testing/app.ts';
import { seedRegion } from '../auth/test-fixtures.ts';
import { restoreBackup, writeBackup } from '../transfer/backup.ts';
import { multipart, type Part, SAMPLE_FILES } from './evidence-fixtures.ts';
import { addEvidence, getEvidenceFile } from './evidence-service.ts';
import {
  auditEntries,
  createCatalogEntry,
  createPlan,
  createRegion,
  fieldsOf,
  secondPerson,
  UNKNOWN_ID,
} from './test-fixtures.ts';

describe('measurement evidence files', () => {
  const t = useTestApp();
  let indicator: string;
  /** Another account than the file's admin, who submits and uploads: the submitter may not judge. */
  let other: Record<string, string>;

  beforeAll(async () => {
    other = await secondPerson(t, 'verifier.evidence@test.rancang.id');
    const plan = await createPlan(t, await createRegion(t, '12.02'));
    const entry = await createCatalogEntry(t);
    const res = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/indicators`,
      payload: { catalogId: entry.id, pillarId: plan.pillars.governance },
    });
    indicator = res.body.id;
  });

  const newMeasurement = async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/plan-indicators/${indicator}/measurements`,
      payload: { periodYear: 2023, value: 42, submittedBy: 'Operator Diskominfo' },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const upload = (measurementId: string, ...parts: Part[]) =>
    t.request({ method: 'POST', url: `/api/measurements/${measurementId}/evidence`, ...multipart(...parts) });
  const file = (
    fileName: string,
    content: Buffer | string,
    contentType = 'application/octet-stream',
  ): Part => ({
    name: 'file',
    fileName,
    contentType,
    content,
  });
  const storedFiles = async () =>
    Number((await t.database.db.select({ n: count() }).from(indicatorEvidence))[0]?.n);

  it('takes a PDF, PNG, JPEG, XLSX and CSV, lists them on the measurement and serves each back as an attachment', async () => {
    const m = await newMeasurement();
    const names = {
      pdf: 'Rekap layanan daring 2023.pdf',
      png: 'tangkapan-layar.PNG',
      jpeg: 'foto.jpeg',
      xlsx: 'rekap.xlsx',
      csv: 'data.csv',
    };
    const types = {
      pdf: 'application/pdf',
      png: 'image/png',
      jpeg: 'image/jpeg',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      csv: 'text/csv',
    };
    for (const kind of Object.keys(names) as (keyof typeof names)[]) {
      // The browser's claimed type does not matter: the stored type follows the checked content.
      const res = await upload(m, file(names[kind], SAMPLE_FILES[kind], 'application/x-anything'));
      expect(res.status, kind).toBe(201);
      expect(res.body).toMatchObject({
        measurementId: m,
        fileName: names[kind],
        contentType: types[kind],
        sizeBytes: SAMPLE_FILES[kind].length,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        downloadUrl: `/api/evidence/${res.body.id}`,
      });
      const download = await t.app.inject({
        method: 'GET',
        url: res.body.downloadUrl,
        headers: { cookie: t.adminCookie },
      });
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe(types[kind]);
      expect(download.headers['content-disposition']).toMatch(/^attachment; filename="/);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.rawPayload.equals(SAMPLE_FILES[kind])).toBe(true);
    }
    const measurement = await t.request({ method: 'GET', url: `/api/measurements/${m}` });
    expect(measurement.body.evidenceFiles.map((f: { fileName: string }) => f.fileName)).toEqual(
      Object.values(names),
    );
    const listed = await t.request({ method: 'GET', url: `/api/plan-indicators/${indicator}/measurements` });
    expect(listed.body.items.find((x: { id: string }) => x.id === m).evidenceFiles).toHaveLength(5);
    const pdf = measurement.body.evidenceFiles[0];
    const download = await t.app.inject({
      method: 'GET',
      url: pdf.downloadUrl,
      headers: { cookie: t.adminCookie },
    });
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Rekap layanan daring 2023.pdf"; filename*=UTF-8''Rekap%20layanan%20daring%202023.pdf`,
    );
    const audit = await auditEntries(t, 'indicatorEvidence', pdf.id);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'create',
        after: expect.objectContaining({ fileName: pdf.fileName }),
      }),
    ]);
    expect(audit[0]?.after).not.toHaveProperty('content');
  });

  it('refuses a file of the wrong kind or size before storing anything, naming the field', async () => {
    const m = await newMeasurement();
    const before = await storedFiles();
    const refused = async (status: number, ...parts: Part[]) => {
      const res = await upload(m, ...parts);
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(fieldsOf(res.body)).toEqual(['file']);
      return res.body.errors[0].message as string;
    };
    expect(await refused(400, file('program.exe', 'MZ\x90\x00'))).toMatch(/PDF, PNG, JPEG, XLSX or CSV/);
    expect(await refused(400, file('laporan', SAMPLE_FILES.pdf))).toMatch(/PDF, PNG/);
    expect(await refused(400, file('laporan.pdf', SAMPLE_FILES.png, 'application/pdf'))).toBe(
      'is named .pdf but its content is not PDF',
    );
    expect(await refused(400, file('foto.jpg', SAMPLE_FILES.pdf))).toMatch(/not JPEG/);
    expect(await refused(400, file('rekap.xlsx', SAMPLE_FILES.pdf))).toMatch(/not Excel/);
    expect(await refused(400, file('data.csv', SAMPLE_FILES.png))).toMatch(/not CSV/);
    expect(await refused(400, file('kosong.pdf', Buffer.alloc(0)))).toBe('is empty');
    const big = Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(EVIDENCE_MAX_BYTES)]);
    expect(await refused(413, file('besar.pdf', big))).toBe('must be at most 10 MB');
    expect(await refused(400, { ...file('a.pdf', SAMPLE_FILES.pdf), name: 'document' })).toMatch(
      /field named file/,
    );
    expect(await refused(400, file('a.pdf', SAMPLE_FILES.pdf), file('b.pdf', SAMPLE_FILES.pdf))).toBe(
      'send one file at a time',
    );
    const json = await t.request({
      method: 'POST',
      url: `/api/measurements/${m}/evidence`,
      payload: { file: 'x' },
    });
    expect(json.status).toBe(400);
    expect(fieldsOf(json.body)).toEqual(['file']);
    expect(await storedFiles()).toBe(before);
    expect((await t.request({ method: 'GET', url: `/api/measurements/${m}` })).body.evidenceFiles).toEqual(
      [],
    );
  });

  it('keeps at most the allowed number of files on one measurement', async () => {
    const m = await newMeasurement();
    for (let i = 0; i < EVIDENCE_MAX_FILES; i++)
      expect((await upload(m, file(`bagian-${i}.csv`, SAMPLE_FILES.csv))).status).toBe(201);
    const extra = await upload(m, file('satu-lagi.csv', SAMPLE_FILES.csv));
    expect(extra.status).toBe(409);
  });

  it('sends a verified value back for verification when its evidence changes', async () => {
    const m = await newMeasurement();
    const verify = (headers = other) =>
      t.request({
        method: 'POST',
        url: `/api/measurements/${m}/verify`,
        headers,
        payload: { verifiedBy: 'Kabid Statistik' },
      });
    expect((await verify()).body.status).toBe('verified');
    const added = await upload(m, file('bukti.pdf', SAMPLE_FILES.pdf));
    expect(added.status).toBe(201);
    const after = await t.request({ method: 'GET', url: `/api/measurements/${m}` });
    expect(after.body).toMatchObject({ status: 'submitted', verifiedBy: null });
    // Who changed the evidence is now its submitter, and may not judge it.
    expect((await verify({})).status).toBe(403);
    expect((await verify()).body.status).toBe('verified');
    const removed = await t.request({ method: 'DELETE', url: `/api/evidence/${added.body.id}` });
    expect(removed.status).toBe(204);
    const final = await t.request({ method: 'GET', url: `/api/measurements/${m}` });
    expect(final.body).toMatchObject({ status: 'submitted', evidenceFiles: [] });
    expect((await t.request({ method: 'GET', url: `/api/evidence/${added.body.id}` })).status).toBe(404);
    expect((await auditEntries(t, 'indicatorEvidence', added.body.id)).map((a) => a.action)).toEqual([
      'create',
      'delete',
    ]);
  });

  it('answers 404 for an unknown measurement or file, and removes the files with their measurement', async () => {
    expect((await upload(UNKNOWN_ID, file('a.pdf', SAMPLE_FILES.pdf))).status).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/evidence/${UNKNOWN_ID}` })).status).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/api/evidence/${UNKNOWN_ID}` })).status).toBe(404);
    const m = await newMeasurement();
    const added = await upload(m, file('a.pdf', SAMPLE_FILES.pdf));
    expect((await t.request({ method: 'DELETE', url: `/api/measurements/${m}` })).status).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/evidence/${added.body.id}` })).status).toBe(404);
  });
});

describe('evidence files over a restart and a backup', () => {
  let target: TargetDatabase;
  let restored: TargetDatabase;
  afterAll(async () => {
    await target?.drop();
    await restored?.drop();
  });

  async function measurementIn(db: Db) {
    const { regionId, opdId } = await seedRegion(db, '12.02', 'Kabupaten Tapanuli Utara');
    const planId = await fixture.plan(db, regionId);
    const pillarId = await fixture.pillar(db, planId);
    const planIndicatorId = await fixture.planIndicator(db, { plan: planId, pillar: pillarId }, opdId);
    return fixture.measurement(db, planIndicatorId);
  }

  it('keeps the bytes when the database is closed and opened again, and through backup and restore', async () => {
    target = await createTargetDatabase();
    let database = await target.open();
    const measurementId = await measurementIn(database.db);
    const stored = await addEvidence(database.db, 'test', measurementId, {
      fileName: 'bukti.png',
      content: SAMPLE_FILES.png,
    });
    await database.close();

    database = await target.open();
    const reopened = await getEvidenceFile(database.db, stored.id);
    expect(reopened).toMatchObject({ fileName: 'bukti.png', contentType: 'image/png' });
    expect(reopened.content.equals(SAMPLE_FILES.png)).toBe(true);

    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeBackup(database.db, out);
    await database.close();
    restored = await createTargetDatabase();
    const copy = await restored.open();
    await restoreBackup(copy.db, PassThrough.from(Buffer.concat(chunks)));
    const back = await getEvidenceFile(copy.db, stored.id);
    expect(back.content.equals(SAMPLE_FILES.png)).toBe(true);
    const [row] = await copy.db
      .select({ sha: indicatorEvidence.sha256 })
      .from(indicatorEvidence)
      .where(eq(indicatorEvidence.id, stored.id));
    expect(row?.sha).toBe(stored.sha256);
    await copy.close();
  }, 60_000);
});
