import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditRegions } from '../../access/visibility.ts';
import { notFound } from '../../errors.ts';
import { page, problems } from '../../http/schemas.ts';
import { findAuditEntry, listAudit } from './repository.ts';
import { AuditEntry, AuditIdParams, AuditQuery } from './schema.ts';

/** The audit log, read-only: every write with who, when, and the record before and after. */
export async function auditRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Audit'];

  api.get(
    '/audit',
    {
      config: { access: { permission: 'signedIn' } },
      schema: {
        tags,
        operationId: 'listAuditEntries',
        summary: 'List audit entries, newest first',
        description: 'A regional role sees the entries of its regions; a national role sees all.',
        querystring: AuditQuery,
        response: { 200: page(AuditEntry), ...problems() },
      },
    },
    async (request) => listAudit(app.db, request.query, auditRegions(request)),
  );

  api.get(
    '/audit/:id',
    {
      config: { access: { permission: 'readInternal', at: 'auditEntry' } },
      schema: {
        tags,
        operationId: 'getAuditEntry',
        summary: 'Get one audit entry with the record before and after',
        params: AuditIdParams,
        response: { 200: AuditEntry, ...problems(404) },
      },
    },
    async (request) => {
      const entry = await findAuditEntry(app.db, request.params.id);
      if (!entry) throw notFound('audit entry', String(request.params.id));
      return entry;
    },
  );
}
