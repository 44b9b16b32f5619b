import { inArray, or, type SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { readableRegions } from '../../shared/access-rules.ts';
import { PUBLIC_PLAN_STATUSES } from '../../shared/domain.ts';
import { plans } from '../db/schema/plan.ts';

const callerRoles = (request: FastifyRequest) => request.account?.roles ?? null;

/** Plans a caller may list: published ones, and every plan of the regions they hold a role in. */
export function visiblePlans(request: FastifyRequest): SQL | undefined {
  const regions = readableRegions(callerRoles(request));
  if (regions === null) return undefined;
  const published = inArray(plans.status, [...PUBLIC_PLAN_STATUSES]);
  return regions.length === 0 ? published : or(published, inArray(plans.regionId, regions));
}

/** The regions whose audit entries a caller may list; null: every region. */
export const auditRegions = (request: FastifyRequest) => readableRegions(callerRoles(request));
