import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './health/routes.ts';
import { planRoutes } from './plans/routes.ts';
import { regionRoutes } from './regions/routes.ts';

/** Every feature's routes, mounted under /api. */
export async function featureRoutes(app: FastifyInstance) {
  await app.register(healthRoutes);
  await app.register(regionRoutes);
  await app.register(planRoutes);
}
