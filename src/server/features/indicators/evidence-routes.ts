import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EVIDENCE_MAX_BYTES } from '../../../shared/evidence.ts';
import { IdParams, problems } from '../../http/schemas.ts';
import { acceptSingleFile, multipartValidator, readSingleFile } from '../../http/upload.ts';
import { attachmentHeader } from './evidence-kind.ts';
import { EvidenceFile, EvidenceUpload } from './evidence-schema.ts';
import { addEvidence, deleteEvidence, getEvidenceFile } from './evidence-service.ts';

const tags = ['Indicators'];
const megabytes = EVIDENCE_MAX_BYTES / 1024 / 1024;

export async function evidenceRoutes(app: FastifyInstance) {
  await acceptSingleFile(app, EVIDENCE_MAX_BYTES);
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/measurements/:id/evidence',
    {
      config: { access: { permission: 'contribute', at: 'measurement' } },
      validatorCompiler: multipartValidator,
      schema: {
        tags,
        operationId: 'uploadIndicatorEvidence',
        summary: 'Attach a file to a measurement as evidence',
        description: `multipart/form-data with one field \`file\`: PDF, PNG, JPEG, XLSX or CSV, at most ${megabytes} MB, its content matching its extension. A file of another kind or size is refused (400 or 413, naming \`file\`) before anything is stored. A verified or rejected value goes back to submitted.`,
        consumes: ['multipart/form-data'],
        params: IdParams,
        body: EvidenceUpload,
        response: { 201: EvidenceFile, ...problems(404, 409, 413) },
      },
    },
    async (request, reply) => {
      const upload = await readSingleFile(request, EVIDENCE_MAX_BYTES);
      return reply.code(201).send(await addEvidence(app.db, request.actor, request.params.id, upload));
    },
  );

  api.get(
    '/evidence/:id',
    {
      config: { access: { permission: 'read', at: 'evidence' } },
      schema: {
        tags,
        operationId: 'downloadIndicatorEvidence',
        summary: 'Download an evidence file',
        description: 'Served with its stored content type as an attachment, never displayed inline.',
        params: IdParams,
        response: {
          200: z.string().meta({ format: 'binary' }).describe('The file'),
          ...problems(404),
        },
      },
    },
    async (request, reply) => {
      const file = await getEvidenceFile(app.db, request.params.id);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachmentHeader(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content as unknown as string);
    },
  );

  api.delete(
    '/evidence/:id',
    {
      config: { access: { permission: 'contribute', at: 'evidence' } },
      schema: {
        tags,
        operationId: 'deleteIndicatorEvidence',
        summary: 'Delete an evidence file',
        description: 'A verified or rejected value goes back to submitted.',
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted'), ...problems(404) },
      },
    },
    async (request, reply) => {
      await deleteEvidence(app.db, request.actor, request.params.id);
      return reply.code(204).send();
    },
  );
}
