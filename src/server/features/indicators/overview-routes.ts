import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, problems } from '../../http/schemas.ts';
import { PROGRESS_RULES } from './judgement-schema.ts';
import { AvailabilityMatrix, ProgressSummary, QualityIssues } from './overview-schema.ts';
import { availabilityMatrix, progressSummary, qualityIssues } from './overview-service.ts';

const tags = ['Indicators'];
export async function overviewRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/plans/:id/indicators/availability',
    {
      config: { access: { permission: 'read', at: 'plan' } },
      schema: {
        tags,
        operationId: 'getIndicatorAvailabilityMatrix',
        summary: "A plan's data-availability matrix: OPD × indicator",
        description:
          'Each indicator with the OPDs holding its data (produced / partial / not_available), and per OPD the indicators it produces for the plan but does not fully collect yet (its own cell is partial, not available or missing).',
        params: IdParams,
        response: { 200: AvailabilityMatrix, ...problems(404) },
      },
    },
    async (request) => availabilityMatrix(app.db, request.params.id),
  );

  api.get(
    '/plans/:id/indicators/issues',
    {
      config: { access: { permission: 'read', at: 'plan' } },
      schema: {
        tags,
        operationId: 'listIndicatorQualityIssues',
        summary: 'The indicators that fail verifiability or data availability, with what would fix them',
        description:
          'Verifiability fails when scored 2 or lower. Data availability fails when scored 2 or lower, when no OPD is named to produce the data, or when the producing OPD does not (fully) produce it in the availability matrix.',
        params: IdParams,
        response: { 200: QualityIssues, ...problems(404) },
      },
    },
    async (request) => qualityIssues(app.db, request.params.id),
  );

  api.get(
    '/plans/:id/indicators/progress',
    {
      config: { access: { permission: 'read', at: 'plan' } },
      schema: {
        tags,
        operationId: 'getIndicatorProgressSummary',
        summary: "How a plan's indicators stand against their targets, per plan, pillar and year",
        description: PROGRESS_RULES,
        params: IdParams,
        response: { 200: ProgressSummary, ...problems(404) },
      },
    },
    async (request) => progressSummary(app.db, request.params.id),
  );
}
