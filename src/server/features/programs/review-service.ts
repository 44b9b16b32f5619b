import { recordAudit } from '../../db/audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { readSnapshot } from '../../db/snapshot.ts';
import { staleVersion } from '../../errors.ts';
import { insertReview, listReviews } from './review-repository.ts';
import type { ProgramReviewCreate } from './review-schema.ts';
import { getProgram, lockedProgram, setReviewStatus } from './service.ts';

export function listProgramReviews(db: Db, programId: string, limit: number, offset: number) {
  return readSnapshot(db, async (tx) => {
    await getProgram(tx, programId);
    return listReviews(tx, programId, limit, offset);
  });
}

/**
 * Record a facilitator's verdict and make it the programme's review status, in the caller's transaction:
 * the review and the programme change are audited each as their own record.
 */
export async function addReview(
  ctx: { tx: Tx; actor: string },
  programId: string,
  body: ProgramReviewCreate,
) {
  const before = await lockedProgram(ctx.tx, programId);
  if (body.programVersion !== undefined && body.programVersion !== before.version)
    throw staleVersion('program', before);
  const review = await insertReview(ctx.tx, {
    programId,
    verdict: body.verdict,
    comment: body.comment ?? null,
    author: body.author ?? ctx.actor,
  });
  const { plan, after } = await setReviewStatus(ctx, before, body.verdict);
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    action: 'create',
    entity: 'programReview',
    entityId: review.id,
    regionId: plan.regionId,
    planId: plan.id,
    after: review,
  });
  return { review, program: after };
}
