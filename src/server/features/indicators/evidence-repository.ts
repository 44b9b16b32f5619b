import { asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { presentRow } from '../../db/records.ts';
import { indicatorEvidence } from '../../db/schema/indicator.ts';
import type { EvidenceFileOut } from './evidence-schema.ts';

/** The queries on evidence files; the content column is read only for a download. */

type Executor = Db | Tx;
export const EVIDENCE_ENTITY = 'indicatorEvidence';

const { content: _content, ...metaColumns } = getTableColumns(indicatorEvidence);

export const evidenceUrl = (id: string) => `/api/evidence/${id}`;

type Meta = Omit<typeof indicatorEvidence.$inferSelect, 'content'>;
const present = (row: Meta): EvidenceFileOut => ({
  ...(presentRow(indicatorEvidence, row) as Meta),
  downloadUrl: evidenceUrl(row.id),
});

/** The files of these measurements, oldest first, by measurement id. */
export async function evidenceOf(db: Executor, measurementIds: string[]) {
  const byMeasurement = new Map<string, EvidenceFileOut[]>();
  if (measurementIds.length === 0) return byMeasurement;
  const rows = await db
    .select(metaColumns)
    .from(indicatorEvidence)
    .where(inArray(indicatorEvidence.measurementId, measurementIds))
    .orderBy(asc(indicatorEvidence.createdAt), asc(indicatorEvidence.id));
  for (const row of rows) {
    const list = byMeasurement.get(row.measurementId) ?? [];
    list.push(present(row));
    byMeasurement.set(row.measurementId, list);
  }
  return byMeasurement;
}

/** Attach its files to each measurement of a list. */
export async function withEvidence<T extends { id: string }>(db: Executor, measurements: T[]) {
  const files = await evidenceOf(
    db,
    measurements.map((m) => m.id),
  );
  return measurements.map((m) => ({ ...m, evidenceFiles: files.get(m.id) ?? [] }));
}

export async function countEvidence(db: Executor, measurementId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(indicatorEvidence)
    .where(eq(indicatorEvidence.measurementId, measurementId));
  return Number(row?.n ?? 0);
}

export async function insertEvidence(tx: Tx, values: typeof indicatorEvidence.$inferInsert) {
  const [row] = await tx.insert(indicatorEvidence).values(values).returning(metaColumns);
  if (!row) throw new Error('insert into indicator_evidence returned nothing');
  return present(row);
}

export async function findEvidenceMeta(db: Executor, id: string, lock = false) {
  const query = db.select(metaColumns).from(indicatorEvidence).where(eq(indicatorEvidence.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ? present(row) : undefined;
}

/** A file with its bytes, for a download. */
export async function findEvidenceContent(db: Executor, id: string) {
  const [row] = await db
    .select({
      fileName: indicatorEvidence.fileName,
      contentType: indicatorEvidence.contentType,
      content: indicatorEvidence.content,
    })
    .from(indicatorEvidence)
    .where(eq(indicatorEvidence.id, id));
  return row;
}

export async function deleteEvidenceRow(tx: Tx, id: string) {
  await tx.delete(indicatorEvidence).where(eq(indicatorEvidence.id, id));
}
