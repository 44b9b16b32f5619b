import { decide, type Place, type RoleHeld } from '../../../shared/access-rules.ts';

/**
 * Whether the caller may import a worksheet into the plan, as the import route decides: `contribute` at
 * the plan with the OPDs the caller takes part for in its region. The regency admin imports every row,
 * an OPD participant the rows of their own OPD (the import reports the others); anonymous readers,
 * leaders, facilitators and reviewers import nothing.
 */
export function mayImportWorksheet(roles: readonly RoleHeld[] | null, plan: Place): boolean {
  if (plan.regionId === null) return false;
  const own = (roles ?? [])
    .filter((r) => r.role === 'opd_participant' && r.regionId === plan.regionId && r.opdId)
    .map((r) => r.opdId as string);
  return decide(roles ? [...roles] : null, 'contribute', { ...plan, opdIds: own }).allowed;
}
