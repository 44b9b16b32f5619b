import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { readableRegions } from '../../../shared/access-rules.ts';
import { keptAnswer, viewerScope } from '../../http/aggregate-cache.ts';
import { RegionComparison } from './schema.ts';
import { compareRegions } from './service.ts';

/** The ministry's cross-regency view (PRODUCT.md capability 11). */
export async function compareRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/compare',
    {
      // Open to anyone: the answer is narrowed to what the caller may read, as the plan list is.
      config: { access: { permission: 'public' } },
      schema: {
        tags: ['Compare'],
        operationId: 'getCompare',
        summary: 'Compare regions: current plan, programmes, budget and readiness per pillar',
        description:
          'Anonymous callers and regions where the caller holds no role: regions with a published (adopted or implementing) plan, showing the newest published one. A regional role adds its own regions with their newest plan of any status, or none. The platform admin and the ministry reviewer see every region.',
        response: { 200: RegionComparison },
      },
    },
    // Kept per view (docs/decisions/013): callers who may read the same regions share one answer.
    async (request, reply) =>
      keptAnswer(app, `compare:${viewerScope(request)}`, reply, () =>
        compareRegions(app.db, readableRegions(request.account?.roles ?? null)),
      ),
  );
}
