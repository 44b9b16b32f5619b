import type { FastifyInstance } from 'fastify';
import { catalogRoutes } from './catalog-routes.ts';
import { measurementRoutes } from './measurement-routes.ts';
import { planIndicatorRoutes } from './plan-indicator-routes.ts';

/** The indicator catalogue, the indicators each plan selects, and their measured values. */
export async function indicatorsRoutes(app: FastifyInstance) {
  await app.register(catalogRoutes);
  await app.register(planIndicatorRoutes);
  await app.register(measurementRoutes);
}
