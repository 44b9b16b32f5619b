import type { FastifyInstance } from 'fastify';
import { catalogRoutes } from './catalog-routes.ts';
import { catalogTransferRoutes } from './catalog-transfer-routes.ts';
import { evidenceRoutes } from './evidence-routes.ts';
import { measurementRoutes } from './measurement-routes.ts';
import { overviewRoutes } from './overview-routes.ts';
import { planIndicatorRoutes } from './plan-indicator-routes.ts';

/** The indicator catalogue (with import and export), the indicators each plan selects, their measured values and evidence, and the plan-wide views. */
export async function indicatorsRoutes(app: FastifyInstance) {
  await app.register(catalogRoutes);
  await app.register(catalogTransferRoutes);
  await app.register(planIndicatorRoutes);
  await app.register(overviewRoutes);
  await app.register(measurementRoutes);
  await app.register(evidenceRoutes);
}
