import { DEFAULT_PILLARS, PLAN_STATUSES, type PlanStatus } from '../../../shared/domain.ts';
import type { Tx } from '../../db/client.ts';
import { insertRecord, type Row } from '../../db/records.ts';
import { elements, pillars } from '../../db/schema/plan.ts';
import type { FieldError } from '../../errors.ts';

/**
 * A plan moves draft → review → adopted → implementing, one step at a time; a plan under review can go
 * back to draft for revision. Adoption needs the date of the regulation that adopted it.
 */
export function planTransitionErrors(candidate: Row, existing?: Row): FieldError[] {
  const errors: FieldError[] = [];
  const to = candidate.status as PlanStatus;
  const from = (existing?.status as PlanStatus | undefined) ?? 'draft';
  if (existing && to !== from) {
    const step = PLAN_STATUSES.indexOf(to) - PLAN_STATUSES.indexOf(from);
    const allowed = step === 1 || (from === 'review' && to === 'draft');
    if (!allowed) errors.push({ field: 'status', in: 'body', message: `cannot go from ${from} to ${to}` });
  }
  if ((to === 'adopted' || to === 'implementing') && !candidate.adoptedOn)
    errors.push({ field: 'adoptedOn', in: 'body', message: `is required when the plan is ${to}` });
  return errors;
}

/** Give a new plan the default pillars and elements, audited with it. */
export async function createDefaultPillars(tx: Tx, plan: Row, actor: string) {
  for (const [i, pillar] of DEFAULT_PILLARS.entries()) {
    const scope = { planId: plan.id as string, regionId: plan.regionId as string };
    const pillarRow = await insertRecord({ tx, actor, entity: 'pillar', scope }, pillars, {
      planId: plan.id,
      key: pillar.key,
      ordinal: i + 1,
      nameId: pillar.nameId,
      nameEn: pillar.nameEn,
    });
    for (const [j, element] of pillar.elements.entries()) {
      await insertRecord({ tx, actor, entity: 'element', scope }, elements, {
        planId: plan.id,
        pillarId: pillarRow.id,
        key: element.key,
        ordinal: j + 1,
        nameId: element.nameId,
        nameEn: element.nameEn,
      });
    }
  }
}
