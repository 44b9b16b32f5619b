import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EVIDENCE_MAX_BYTES } from '../../../shared/evidence.ts';
import { invalidField, ProblemError } from '../../errors.ts';
import { IdParams, problems } from '../../http/schemas.ts';
import { attachmentHeader } from './evidence-kind.ts';
import { EvidenceFile, EvidenceUpload } from './evidence-schema.ts';
import { addEvidence, deleteEvidence, getEvidenceFile } from './evidence-service.ts';

const tags = ['Indicators'];
const megabytes = EVIDENCE_MAX_BYTES / 1024 / 1024;

const tooLarge = () =>
  new ProblemError(413, 'payload-too-large', 'Request too large', `file: must be at most ${megabytes} MB`, {
    errors: [{ field: 'file', in: 'body', message: `must be at most ${megabytes} MB` }],
  });

/**
 * The one file of a multipart request, read into memory up to the size limit. The stream stops at the
 * limit, so an oversized file is refused without ever being held whole, let alone stored.
 */
async function readUpload(request: FastifyRequest) {
  if (!request.isMultipart())
    throw invalidField('file', 'send the file as multipart/form-data, in a field named file');
  let upload: { fileName: string; content: Buffer } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'file') throw invalidField('file', 'is required (a form field named file)');
      upload = { fileName: part.filename, content: await part.toBuffer() };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_FILES_LIMIT') throw invalidField('file', 'send one file at a time');
    throw error;
  }
  if (!upload) throw invalidField('file', 'is required (a form field named file)');
  return upload;
}

export async function evidenceRoutes(app: FastifyInstance) {
  await app.register(multipart, {
    limits: {
      fileSize: EVIDENCE_MAX_BYTES,
      files: 1,
      fields: 5,
      parts: 6,
      fieldSize: 1000,
      headerPairs: 100,
    },
  });
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/measurements/:id/evidence',
    {
      config: { access: { permission: 'contribute', at: 'measurement' } },
      // The body is a multipart stream the handler reads; its schema is there for the documentation.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? (data: unknown) => ({ value: data })
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
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
      const upload = await readUpload(request);
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
