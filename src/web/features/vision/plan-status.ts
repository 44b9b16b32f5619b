import { PLAN_STATUSES, type PlanStatus } from '../../../shared/domain.ts';

/**
 * The statuses a plan may take next, its own first: one step forward at a time, and back from review
 * to draft for revision (the server's rule, src/server/features/plans/service.ts).
 */
export function statusChoices(current: PlanStatus): PlanStatus[] {
  const at = PLAN_STATUSES.indexOf(current);
  const next = PLAN_STATUSES[at + 1];
  return [current, ...(current === 'review' ? (['draft'] as const) : []), ...(next ? [next] : [])];
}

/** An adopted plan names the regulation that adopted it, and its date. */
export const isAdopted = (status: PlanStatus) => status === 'adopted' || status === 'implementing';
