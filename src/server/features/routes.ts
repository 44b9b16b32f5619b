import type { FastifyInstance } from 'fastify';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { compareRoutes } from './compare/routes.ts';
import { documentsRoutes } from './documents/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { historyRoutes } from './history/routes.ts';
import { indicatorsRoutes } from './indicators/routes.ts';
import { openDataRoutes } from './open-data/routes.ts';
import { organisationRoutes } from './organisation/routes.ts';
import { planContentRoutes } from './plan-content/routes.ts';
import { planRoutes } from './plans/routes.ts';
import { programsRoutes } from './programs/routes.ts';
import { regionRoutes } from './regions/routes.ts';
import { transferRoutes } from './transfer/routes.ts';
import { worksheetsRoutes } from './worksheets/routes.ts';
import { workshopsRoutes } from './workshops/routes.ts';

/** Every feature's routes, mounted under /api. */
export async function featureRoutes(app: FastifyInstance) {
  for (const routes of [
    healthRoutes,
    regionRoutes,
    organisationRoutes,
    planRoutes,
    planContentRoutes,
    programsRoutes,
    indicatorsRoutes,
    workshopsRoutes,
    transferRoutes,
    auditRoutes,
    authRoutes,
    historyRoutes,
    documentsRoutes,
    openDataRoutes,
    worksheetsRoutes,
    compareRoutes,
  ]) {
    await app.register(routes);
  }
}
