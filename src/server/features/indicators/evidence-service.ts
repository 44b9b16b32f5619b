import { createHash } from 'node:crypto';
import { EVIDENCE_MAX_FILES } from '../../../shared/evidence.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { getOrThrow, updateRecord } from '../../db/records.ts';
import { indicatorMeasurements } from '../../db/schema/indicator.ts';
import { conflict, invalidField, notFound } from '../../errors.ts';
import { checkEvidenceFile, cleanFileName } from './evidence-kind.ts';
import {
  countEvidence,
  deleteEvidenceRow,
  EVIDENCE_ENTITY,
  findEvidenceContent,
  findEvidenceMeta,
  insertEvidence,
} from './evidence-repository.ts';
import { contextOf, resubmittedBy } from './measurement-service.ts';
import { MEASUREMENT_ENTITY } from './repository.ts';

export interface Upload {
  fileName: string;
  content: Buffer;
}

/**
 * Evidence changes what a verifier checked: a verified or rejected value goes back to "submitted" and
 * needs a new verdict, not by the account that changed it (the same rule as for an edited value).
 */
async function resubmit(
  tx: Tx,
  actor: string,
  measurement: Record<string, unknown>,
  scope: { planId: string; regionId: string },
) {
  if (measurement.status === 'submitted' && measurement.submittedAccount === actor) return;
  await updateRecord(
    { tx, actor, entity: MEASUREMENT_ENTITY, scope },
    indicatorMeasurements,
    measurement,
    resubmittedBy(actor),
  );
}

/** Store a file as evidence of a measurement, once its kind and content are checked. */
export async function addEvidence(db: Db, actor: string, measurementId: string, upload: Upload) {
  const fileName = cleanFileName(upload.fileName);
  if (fileName === '') throw invalidField('file', 'has no file name');
  const checked = checkEvidenceFile(fileName, upload.content);
  if ('error' in checked) throw invalidField('file', checked.error);
  return db.transaction(async (tx) => {
    const measurement = await getOrThrow(tx, indicatorMeasurements, 'measurement', measurementId, true);
    const held = await countEvidence(tx, measurementId);
    if (held >= EVIDENCE_MAX_FILES)
      throw conflict(`This measurement already has ${held} files, the most it may carry; delete one first`);
    const ctx = await contextOf(tx, measurement.planIndicatorId as string);
    const file = await insertEvidence(tx, {
      measurementId,
      fileName,
      contentType: checked.contentType,
      sizeBytes: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      content: upload.content.toString('base64'),
      uploadedBy: actor,
    });
    // The audit keeps what was uploaded, never the bytes.
    await recordAudit(tx, {
      ...ctx.scope,
      actor,
      action: 'create',
      entity: EVIDENCE_ENTITY,
      entityId: file.id,
      after: file,
    });
    await resubmit(tx, actor, measurement, ctx.scope);
    return file;
  });
}

export async function getEvidenceFile(db: Db, id: string) {
  const file = await findEvidenceContent(db, id);
  if (!file) throw notFound('evidence file', id);
  return { ...file, content: Buffer.from(file.content, 'base64') };
}

export function deleteEvidence(db: Db, actor: string, id: string) {
  return db.transaction(async (tx) => {
    const file = await findEvidenceMeta(tx, id, true);
    if (!file) throw notFound('evidence file', id);
    const measurement = await getOrThrow(tx, indicatorMeasurements, 'measurement', file.measurementId, true);
    const ctx = await contextOf(tx, measurement.planIndicatorId as string);
    await deleteEvidenceRow(tx, id);
    await recordAudit(tx, {
      ...ctx.scope,
      actor,
      action: 'delete',
      entity: EVIDENCE_ENTITY,
      entityId: id,
      before: file,
    });
    await resubmit(tx, actor, measurement, ctx.scope);
  });
}
